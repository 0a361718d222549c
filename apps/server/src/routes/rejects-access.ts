// What both rejects downloads share: who may fetch a batch's rejects, the delivered
// file's columns, and the guard against cells that a spreadsheet would run as formulas.
import { appendAudit } from '@zhijian/auth';
import type { DbHandle } from '@zhijian/db';
import { departmentScope } from '@zhijian/feeds';
import { batchRejects, type FeedFormat, getBatch, openFeed, storedFilePath } from '@zhijian/ingest';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionUserOf } from './session';

/** A cell starting with = + - @ (or a tab/CR) would run as a formula in Excel: prefix `'`. */
export function neutralizeFormula(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type VisibleBatch = NonNullable<Awaited<ReturnType<typeof getBatch>>>;

/** The batch when the caller may see it (same department scoping as feeds.batch); otherwise replies 401/400/404 and returns null. */
export async function rejectsBatchFor(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, database: DbHandle): Promise<VisibleBatch | null> {
  const user = await sessionUserOf(request, database.db);
  if (!user) {
    await reply.code(401).send({ error: '请先登录 / please log in' });
    return null;
  }
  if (!/^[0-9a-f-]{36}$/i.test(request.params.id)) {
    await reply.code(400).send({ error: 'bad batch id' });
    return null;
  }
  const batch = await getBatch(database.db, request.params.id);
  const scope = departmentScope(user);
  if (!batch || (scope && batch.departmentId !== scope)) {
    await reply.code(404).send({ error: '批次不存在 / batch not found' });
    return null;
  }
  // A download of rejects is an export of raw delivered values: audit-logged like every export.
  await appendAudit(database.db, { action: 'batch.rejects_export', actorUserId: user.id, actorUsername: user.username, target: batch.id, detail: { format: request.url.endsWith('.xlsx') ? 'xlsx' : 'csv' }, ip: request.ip });
  return batch;
}

/**
 * The delivered file's columns in file order, read from the stored file's header (a
 * reject's raw values are jsonb, which keeps no key order); the reject's own keys when
 * the file is gone.
 */
export async function rejectHeaders(database: DbHandle, dataDir: string, batch: VisibleBatch): Promise<string[]> {
  const [first] = await batchRejects(database.db, batch.id, { limit: 1 });
  if (!first) return [];
  const recorded = Object.keys(first.raw);
  try {
    const feed = await openFeed(storedFilePath(dataDir, batch.fileSha256), { format: (batch.format ?? undefined) as FeedFormat | undefined, sheet: batch.sheet ?? undefined, fileName: batch.fileName });
    await feed.close();
    return feed.headers.filter((h) => recorded.includes(h)).concat(recorded.filter((h) => !feed.headers.includes(h)));
  } catch {
    return recorded;
  }
}

export function attachmentName(batch: VisibleBatch, extension: 'csv' | 'xlsx'): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(`rejects-${batch.datasetCode}-${batch.id.slice(0, 8)}.${extension}`)}`;
}

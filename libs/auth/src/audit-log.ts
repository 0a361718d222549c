// The append-only, hash-chained audit log. Each row's hash covers its own content and the
// previous row's hash, so changing or removing any row breaks the chain from there on.
import { createHash } from 'node:crypto';
import { type Db, schema } from '@zhijian/db';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  actorUserId?: string | null;
  actorUsername?: string | null;
  target?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

type AuditRow = typeof schema.auditLog.$inferSelect;

export function auditRowHash(row: Omit<AuditRow, 'hash'>): string {
  const content = canonicalJson([
    row.seq,
    row.at.toISOString(),
    row.actorUserId,
    row.actorUsername,
    row.action,
    row.target,
    row.detail,
    row.ip,
    row.prevHash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

/** Appends one entry. Appends are serialized by a transaction-scoped advisory lock. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(724203)`);
    const [last] = await tx
      .select({ hash: schema.auditLog.hash })
      .from(schema.auditLog)
      .orderBy(desc(schema.auditLog.seq))
      .limit(1);
    const seqResult = await tx.execute<{ seq: string }>(sql`select nextval('audit_log_seq_seq') as seq`);
    const row = {
      seq: Number(seqResult.rows[0]?.seq),
      at: new Date(),
      actorUserId: entry.actorUserId ?? null,
      actorUsername: entry.actorUsername ?? null,
      action: entry.action,
      target: entry.target ?? null,
      detail: JSON.parse(canonicalJson(entry.detail ?? {})) as Record<string, unknown>,
      ip: entry.ip ?? null,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await tx.insert(schema.auditLog).values({ ...row, hash: auditRowHash(row) });
  });
}

export type AuditVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; firstBadSeq: number; reason: 'hash' | 'chain' };

/** Walks the whole log in order, in pages, and names the first row whose hash or link is wrong. */
export async function verifyAuditChain(db: Db, pageSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(schema.auditLog)
      .where(gt(schema.auditLog.seq, afterSeq))
      .orderBy(asc(schema.auditLog.seq))
      .limit(pageSize);
    for (const row of rows) {
      if (row.prevHash !== prevHash) return { ok: false, checked, firstBadSeq: row.seq, reason: 'chain' };
      if (auditRowHash(row) !== row.hash) return { ok: false, checked, firstBadSeq: row.seq, reason: 'hash' };
      prevHash = row.hash;
      afterSeq = row.seq;
      checked++;
    }
    if (rows.length < pageSize) return { ok: true, checked };
  }
}

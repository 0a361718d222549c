// Rejected rows of a batch as a CSV a steward can open in Excel (UTF-8 with BOM), with
// the reasons beside the raw values. Cells that would start a formula are neutralized.
import type { DbHandle } from '@zhijian/db';
import { departmentScope } from '@zhijian/feeds';
import { batchRejects, getBatch, iterateRejects } from '@zhijian/ingest';
import type { FastifyInstance } from 'fastify';
import { sessionUserOf } from './session';

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A cell starting with = + - @ (or a tab/CR) would run as a formula in Excel.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function registerRejectsDownload(app: FastifyInstance, deps: { database: DbHandle }) {
  app.get<{ Params: { id: string } }>('/api/batches/:id/rejects.csv', async (request, reply) => {
    const user = await sessionUserOf(request, deps.database.db);
    if (!user) return reply.code(401).send({ error: '请先登录 / please log in' });
    if (!/^[0-9a-f-]{36}$/i.test(request.params.id)) return reply.code(400).send({ error: 'bad batch id' });
    const batch = await getBatch(deps.database.db, request.params.id);
    const scope = departmentScope(user);
    if (!batch || (scope && batch.departmentId !== scope)) return reply.code(404).send({ error: '批次不存在 / batch not found' });

    // The delivered file's columns, in file order, as the first reject recorded them.
    const [first] = await batchRejects(deps.database.db, batch.id, { limit: 1 });
    const headers = Object.keys(first?.raw ?? {});
    const lines: string[] = [['行号 row', ...headers, '错误 errors'].map(csvCell).join(',')];
    for await (const reject of iterateRejects(deps.database.db, batch.id)) {
      const reasons = reject.errors.map((e) => `${e.field}: ${e.message} (${e.code})`).join('; ');
      lines.push([reject.rowNumber, ...headers.map((h) => reject.raw[h] ?? ''), reasons].map(csvCell).join(','));
    }
    const fileName = encodeURIComponent(`rejects-${batch.datasetCode}-${batch.id.slice(0, 8)}.csv`);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename*=UTF-8''${fileName}`)
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  });
}

// Rejected rows of a batch as a CSV a steward can open in Excel (UTF-8 with BOM), or as
// an XLSX, with the reasons beside the raw values. Cells that would start a formula are neutralized.
import type { DbHandle } from '@zhijian/db';
import { iterateRejects } from '@zhijian/ingest';
import type { FastifyInstance } from 'fastify';
import { attachmentName, neutralizeFormula, rejectHeaders, rejectsBatchFor } from './rejects-access';
import { streamRejectsXlsx } from './rejects-xlsx';

export function csvCell(value: unknown): string {
  const text = neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function registerRejectsDownload(app: FastifyInstance, deps: { database: DbHandle; dataDir: string }) {
  app.get<{ Params: { id: string } }>('/api/batches/:id/rejects.csv', async (request, reply) => {
    const batch = await rejectsBatchFor(request, reply, deps.database);
    if (!batch) return reply;
    const headers = await rejectHeaders(deps.database, deps.dataDir, batch);
    const lines: string[] = [['行号 row', ...headers, '错误 errors'].map(csvCell).join(',')];
    for await (const reject of iterateRejects(deps.database.db, batch.id)) {
      const reasons = reject.errors.map((e) => `${e.field}: ${e.message} (${e.code})`).join('; ');
      lines.push([reject.rowNumber, ...headers.map((h) => reject.raw[h] ?? ''), reasons].map(csvCell).join(','));
    }
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', attachmentName(batch, 'csv'))
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  });

  app.get<{ Params: { id: string } }>('/api/batches/:id/rejects.xlsx', async (request, reply) => {
    const batch = await rejectsBatchFor(request, reply, deps.database);
    if (!batch) return reply;
    const headers = await rejectHeaders(deps.database, deps.dataDir, batch);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', attachmentName(batch, 'xlsx'))
      .send(streamRejectsXlsx(iterateRejects(deps.database.db, batch.id), headers));
  });
}

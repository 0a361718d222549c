// The preview a steward sees before confirming a delivery: the mapping that would be used
// and the first rows standardized (or their errors).
import { createRowStandardizer } from '@zhijian/catalog';
import type { DbHandle } from '@zhijian/db';
import { departmentByCode } from '../catalogue/responsibilities';
import { openFeed } from '../readers';
import { storedFilePath } from '../storage/feed-store';
import { settleMapping, type SubmitFeedInput } from './submit';

/** The same delivery a submit would make, plus how many rows to show. */
export type PreviewInput = Pick<SubmitFeedInput, 'dataDir' | 'sha256' | 'fileName' | 'datasetCode' | 'departmentCode' | 'mapping' | 'sheet' | 'format'> & {
  limit?: number;
};

export async function previewFeed(handle: DbHandle, input: PreviewInput) {
  const department = await departmentByCode(handle.db, input.departmentCode);
  const feed = await openFeed(storedFilePath(input.dataDir, input.sha256), { format: input.format, sheet: input.sheet, fileName: input.fileName });
  try {
    const settled = await settleMapping(handle, { departmentId: department.id, datasetCode: input.datasetCode, headers: feed.headers, mapping: input.mapping });
    const standardize = createRowStandardizer(settled.spec, settled.mapping, feed.headers);
    const rows = [];
    for await (const row of feed.rows) {
      const result = standardize(row.values, row.rowNumber);
      rows.push({
        rowNumber: row.rowNumber,
        raw: Object.fromEntries(feed.headers.map((header, i) => [header, row.values[i] ?? null])),
        ...(result.ok ? { ok: true as const, values: result.values } : { ok: false as const, errors: result.errors }),
      });
      if (rows.length >= (input.limit ?? 20)) break;
    }
    return {
      format: feed.format,
      encoding: feed.encoding ?? null,
      sheet: feed.sheet ?? null,
      headerRowNumber: feed.headerRowNumber,
      headers: feed.headers,
      mapping: settled.mapping,
      unmapped: settled.unmapped,
      missingRequired: settled.missingRequired,
      fields: settled.spec.fields.map((field) => ({ name: field.name, label: field.label, required: field.required, type: field.type })),
      rows,
    };
  } finally {
    await feed.close();
  }
}

// The preview a steward sees before confirming a delivery: the mapping that would be used
// and the first rows standardized (or their errors).
import { createRowStandardizer } from '@zhijian/catalog';
import type { DbHandle } from '@zhijian/db';
import { departmentByCode } from '../catalogue/responsibilities';
import { openFeed, resolveFeedLimits } from '../readers';
import { cellProblem, rowProblemError, withoutNul } from './row-problems';
import { storedFilePath } from '../storage/feed-store';
import { settleMapping, type SubmitFeedInput } from './submit';

/** The same delivery a submit would make, plus how many rows to show. */
export type PreviewInput = Pick<SubmitFeedInput, 'dataDir' | 'sha256' | 'fileName' | 'datasetCode' | 'departmentCode' | 'mapping' | 'sheet' | 'format' | 'limits'> & {
  limit?: number;
};

export async function previewFeed(handle: DbHandle, input: PreviewInput) {
  const department = await departmentByCode(handle.db, input.departmentCode);
  const limits = resolveFeedLimits(input.limits);
  const feed = await openFeed(storedFilePath(input.dataDir, input.sha256), { format: input.format, sheet: input.sheet, fileName: input.fileName, limits });
  try {
    const settled = await settleMapping(handle, { departmentId: department.id, datasetCode: input.datasetCode, headers: feed.headers, mapping: input.mapping });
    const standardize = createRowStandardizer(settled.spec, settled.mapping, feed.headers);
    const rows = [];
    for await (const row of feed.rows) {
      // The same verdict staging will give the row, a structural problem included.
      const problem = row.problem ?? cellProblem(row.values, limits.maxCellBytes);
      const result = problem
        ? { ok: false as const, errors: [{ ...rowProblemError(problem), column: null, row: row.rowNumber, input: null }] }
        : standardize(row.values, row.rowNumber);
      rows.push({
        rowNumber: row.rowNumber,
        raw: Object.fromEntries(feed.headers.map((header, i) => [header, shown(row.values[i] ?? null)])),
        ...(result.ok ? { ok: true as const, values: shownValues(result.values) } : { ok: false as const, errors: result.errors }),
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

/** A preview shows the start of a long cell: a 10 MB cell must not travel to the browser twenty times. */
const PREVIEW_CELL_CHARS = 500;

function shown(value: string | null): string | null {
  if (value === null) return null;
  const text = withoutNul(value);
  return text.length <= PREVIEW_CELL_CHARS ? text : `${text.slice(0, PREVIEW_CELL_CHARS)}… (${text.length} 字符 / characters)`;
}

function shownValues<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) out[key] = typeof value === 'string' ? shown(value) : value;
  return out as T;
}

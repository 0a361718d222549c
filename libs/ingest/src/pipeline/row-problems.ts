// Structural problems a reader finds in a row (it still yields the row, so that just
// that row is rejected with a reason instead of the whole file failing).
import { cellExceeds, type FeedRowProblem } from '../readers';

const MESSAGES: Record<string, string> = {
  too_many_fields: '该行的列数多于表头 / the row has more fields than the header',
  too_few_fields: '该行的列数少于表头 / the row has fewer fields than the header',
  invalid_json: '该行不是有效的 JSON / the line is not valid JSON',
  not_an_object: '该行不是 JSON 对象 / the element is not a JSON object',
  cell_too_large: '该行有单元格超过大小上限 / a cell of the row is larger than the limit (FEED_MAX_CELL_BYTES)',
  nul_character: '该行含有 NUL 空字符，无法保存 / a cell of the row holds a NUL character, which cannot be stored',
};

/** A row whose cells cannot go into the library as they are: rejected, the file goes on. */
export function cellProblem(values: ReadonlyArray<string | null>, maxCellBytes: number): FeedRowProblem | undefined {
  for (const value of values) {
    if (value === null) continue;
    if (cellExceeds(value, maxCellBytes)) return 'cell_too_large';
    if (value.includes('\0')) return 'nul_character';
  }
  return undefined;
}

/** PostgreSQL text cannot hold NUL: it is shown and kept as U+FFFD (the replacement character). */
export const withoutNul = (value: string): string => (value.includes('\0') ? value.replace(/\0/g, '\uFFFD') : value);

/** What a reject keeps of a raw cell: PostgreSQL cannot store NUL, and a huge cell is cut. */
export function rawCell(value: string | null, maxCellBytes: number): string | null {
  if (value === null) return null;
  const storable = withoutNul(value);
  if (!cellExceeds(storable, maxCellBytes)) return storable;
  return `${storable.slice(0, 1000)}… (${storable.length} characters, cut)`;
}

export function rowProblemError(problem: string) {
  return { field: '_row', code: `row.${problem}`, message: MESSAGES[problem] ?? problem };
}

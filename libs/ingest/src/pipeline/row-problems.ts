// Structural problems a reader finds in a row (it still yields the row, so that just
// that row is rejected with a reason instead of the whole file failing).
const MESSAGES: Record<string, string> = {
  too_many_fields: '该行的列数多于表头 / the row has more fields than the header',
  too_few_fields: '该行的列数少于表头 / the row has fewer fields than the header',
  invalid_json: '该行不是有效的 JSON / the line is not valid JSON',
  not_an_object: '该行不是 JSON 对象 / the element is not a JSON object',
};

export function rowProblemError(problem: string) {
  return { field: '_row', code: `row.${problem}`, message: MESSAGES[problem] ?? problem };
}

import { type ErrorCode } from '@zhijian/standard';

// Codes this library adds to those of @zhijian/standard. Like those, they are stored in
// quality reports: add new ones, never rename.
export const catalogErrorCodes = [
  'field.required',
  'field.one_of_required',
  'field.enum',
  'field.number',
  'field.boolean',
  'mapping.unknown_field',
  'mapping.unknown_header',
] as const;

export type CatalogErrorCode = (typeof catalogErrorCodes)[number];

/** A row error carries either a standard code (`id.checksum` …) or a catalog code. */
export type FieldErrorCode = ErrorCode | CatalogErrorCode;

const quoted = (text: string) => `“${text}”`;

/** zh-CN messages, built once per field when a standardizer is compiled. */
export const catalogMessages = {
  required: (label: string) => `必填字段${quoted(label)}为空`,
  oneOfRequired: (labels: readonly string[]) => `${labels.map(quoted).join('、')}至少须填写一项`,
  enum: (label: string, allowed: readonly string[]) => `${quoted(label)}的取值不在允许范围内（${allowed.join('、')}）`,
  integer: (label: string) => `${quoted(label)}不是有效的整数`,
  decimal: (label: string) => `${quoted(label)}不是有效的数字`,
  fraction: (label: string) => `${quoted(label)}应为0至1之间的比例或不超过100%的百分数`,
  boolean: (label: string) => `${quoted(label)}应为“是”或“否”`,
  unknownField: (field: string, dataset: string) => `字段${quoted(field)}不在数据集 ${dataset} 中`,
  unknownHeader: (header: string) => `表头中没有列${quoted(header)}`,
};

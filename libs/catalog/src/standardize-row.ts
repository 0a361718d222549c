import { catalogMessages, type FieldErrorCode } from './errors';
import { type DatasetSpec, type FieldSpec, type StandardRecord, type StandardValue } from './spec/types';
import { compileFieldNormalizer } from './values/compile-field';
import { FieldFailure, type FieldNormalizer } from './values/field-failure';
import { type StandardizeOptions } from './values/standardize-options';

export { type StandardizeOptions } from './values/standardize-options';

export interface FieldError {
  readonly row: number;
  readonly field: string;
  /** The source header, or null when the field has no column. */
  readonly column: string | null;
  readonly code: FieldErrorCode;
  /** zh-CN. */
  readonly message: string;
  /** The cell as read, or null when it was empty. */
  readonly input: string | null;
}

export type RowResult =
  | { readonly ok: true; readonly values: StandardRecord }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export type RowStandardizer = (values: ReadonlyArray<string | null | undefined>, rowNumber: number) => RowResult;

interface Column {
  readonly index: number;
  readonly header: string;
  readonly field: FieldSpec;
  readonly normalize: FieldNormalizer;
}

/**
 * Compiles a dataset's mapping for one file into a row function. Everything that does
 * not depend on the row — which column feeds which field, each field's normalizer, the
 * required checks — is decided here, so the per-row work is one loop over the mapped
 * columns. Every field error of a row is reported, not just the first.
 *
 * Throws only on a programming error: a mapping that names a field the dataset lacks.
 */
export function createRowStandardizer(
  spec: DatasetSpec,
  mapping: Readonly<Record<string, string>>,
  headers: readonly string[],
  options: StandardizeOptions = {},
): RowStandardizer {
  const fields = new Map(spec.fields.map((field) => [field.name, field]));
  const columns: Column[] = [];
  const mappedFields = new Set<string>();
  headers.forEach((header, index) => {
    if (!Object.hasOwn(mapping, header)) return;
    const name = mapping[header] as string;
    const field = fields.get(name);
    if (field === undefined) throw new Error(`Dataset ${spec.code} has no field "${name}" (mapped from "${header}")`);
    // Two columns for one field: the first wins, as autoMapHeaders reports it.
    if (mappedFields.has(name)) return;
    mappedFields.add(name);
    const normalize = compileFieldNormalizer(field, options, header);
    // A list's value is an array, which rows must not share.
    columns.push({ index, header, field, normalize: field.type === 'id_number_list' ? normalize : remembering(normalize) });
  });

  const count = columns.length;
  const indexes = columns.map((c) => c.index);
  const names = columns.map((c) => c.field.name);
  const normalizers = columns.map((c) => c.normalize);
  const requiredMessages = columns.map((c) => (c.field.required ? catalogMessages.required(c.field.label.zh) : null));
  // Required fields with no column fail every row in the same way.
  const unmappedRequired = spec.fields
    .filter((field) => field.required && !mappedFields.has(field.name))
    .map((field) => ({ field: field.name, message: catalogMessages.required(field.label.zh) }));
  const oneOfGroups = (spec.requireOneOf ?? []).map((group) => ({
    fields: group,
    message: catalogMessages.oneOfRequired(group.map((name) => fields.get(name)?.label.zh ?? name)),
    column: columns.find((c) => c.field.name === group[0])?.header ?? null,
  }));
  // Every record has every field, null when absent: one object shape for the whole file.
  const template: Record<string, StandardValue> = {};
  for (const field of spec.fields) template[field.name] = null;

  return (row, rowNumber) => {
    const values: Record<string, StandardValue> = { ...template };
    let errors: FieldError[] | undefined;
    for (let i = 0; i < count; i++) {
      const raw = row[indexes[i] as number];
      if (raw == null || isBlank(raw)) {
        const message = requiredMessages[i];
        if (message != null) {
          (errors ??= []).push(fieldError(rowNumber, columns[i] as Column, 'field.required', message, null));
        }
        continue;
      }
      const value = (normalizers[i] as FieldNormalizer)(raw);
      if (value instanceof FieldFailure) {
        (errors ??= []).push(fieldError(rowNumber, columns[i] as Column, value.code, value.message, raw));
      } else {
        values[names[i] as string] = value;
      }
    }
    for (const missing of unmappedRequired) {
      (errors ??= []).push({ row: rowNumber, field: missing.field, column: null, code: 'field.required', message: missing.message, input: null });
    }
    for (const group of oneOfGroups) {
      if (group.fields.some((name) => values[name] !== null)) continue;
      // A present but malformed member has its own error; "fill one in" would mislead.
      if (errors?.some((error) => group.fields.includes(error.field))) continue;
      (errors ??= []).push({
        row: rowNumber,
        field: group.fields[0] as string,
        column: group.column,
        code: 'field.one_of_required',
        message: group.message,
        input: null,
      });
    }
    return errors === undefined ? { ok: true, values } : { ok: false, errors };
  };
}

/** Distinct cells remembered per column; enough for every month, amount tier and common name of a ledger. */
const REMEMBERED_CELLS = 4096;
/** How often a column's hit rate is checked, and the rate below which it stops remembering. */
const HIT_CHECK_EVERY = 8192;
const MIN_HIT_RATE = 0.25;

/**
 * A normalizer that remembers its results. Feeds repeat themselves — a subsidy ledger
 * has a dozen months, a few hundred amounts, one person's ID on twelve rows running —
 * and normalizers are pure for a given file, so a repeated cell costs a lookup instead
 * of a parse. A column of mostly distinct values (IDs) soon stops filling the cache and
 * keeps only the last cell.
 */
function remembering(normalize: FieldNormalizer): FieldNormalizer {
  let lastRaw: string | undefined;
  let lastValue: StandardValue | FieldFailure = null;
  let cache: Map<string, StandardValue | FieldFailure> | null = new Map();
  let lookups = 0;
  let hits = 0;
  return (raw) => {
    if (raw === lastRaw) return lastValue;
    let value: StandardValue | FieldFailure | undefined;
    if (cache !== null) {
      value = cache.get(raw);
      if (value !== undefined) hits++;
      else if (cache.size < REMEMBERED_CELLS) cache.set(raw, (value = normalize(raw)));
      if (++lookups % HIT_CHECK_EVERY === 0 && hits < lookups * MIN_HIT_RATE) cache = null;
    }
    if (value === undefined) value = normalize(raw);
    lastRaw = raw;
    lastValue = value;
    return value;
  };
}

function fieldError(row: number, column: Column, code: FieldErrorCode, message: string, input: string | null): FieldError {
  return { row, field: column.field.name, column: column.header, code, message, input };
}

/** True for '' and whitespace only; checks the ends first so a normal cell costs two reads. */
function isBlank(raw: string): boolean {
  if (raw.length === 0) return true;
  if (!isSpace(raw.charCodeAt(0)) && !isSpace(raw.charCodeAt(raw.length - 1))) return false;
  return raw.trim() === '';
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

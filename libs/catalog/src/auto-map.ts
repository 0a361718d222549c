import { catalogMessages, type CatalogErrorCode } from './errors';
import { headerIndexOf } from './header-index';
import { type DatasetSpec } from './spec/types';

export interface AmbiguousMapping {
  readonly field: string;
  /** Every header that matched the field, in file order. */
  readonly headers: readonly string[];
  /** The header kept: an override, else the first. */
  readonly kept: string;
}

export interface MappingError {
  readonly code: Extract<CatalogErrorCode, 'mapping.unknown_field' | 'mapping.unknown_header'>;
  readonly header: string;
  readonly field: string;
  readonly message: string;
}

export interface HeaderMapping {
  /** Source header → standard field name. */
  readonly mapping: Readonly<Record<string, string>>;
  /** Headers mapped to no field (kept in the raw record, ignored by the standard). */
  readonly unmapped: readonly string[];
  readonly missingRequired: readonly string[];
  /** `requireOneOf` groups of which no field is mapped. */
  readonly missingOneOf: readonly (readonly string[])[];
  readonly ambiguous: readonly AmbiguousMapping[];
  /** Overrides that could not be applied. */
  readonly errors: readonly MappingError[];
}

/**
 * Maps a file's headers to a dataset's fields: an override first, then the folded
 * header against field names, then against labels and synonyms. An override of `''`
 * leaves a header unmapped on purpose. Never throws.
 */
export function autoMapHeaders(
  spec: DatasetSpec,
  headers: readonly string[],
  override: Readonly<Record<string, string>> = {},
): HeaderMapping {
  const index = headerIndexOf(spec);
  const headerSet = new Set(headers);
  const errors: MappingError[] = [];
  const headersOfField = new Map<string, string[]>();
  const keptOfField = new Map<string, string>();
  // By position, so a header repeated in the file is listed once per column.
  const unmappedAt = new Set<number>();
  const claim = (at: number, field: string) => {
    const header = headers[at] as string;
    const all = headersOfField.get(field) ?? [];
    all.push(header);
    headersOfField.set(field, all);
    if (keptOfField.has(field)) unmappedAt.add(at);
    else keptOfField.set(field, header);
  };

  for (const [header, field] of Object.entries(override)) {
    if (!headerSet.has(header)) {
      errors.push({ code: 'mapping.unknown_header', header, field, message: catalogMessages.unknownHeader(header) });
    }
  }

  // Overrides first, so an override beats an automatic match wherever the header sits.
  const automatic: number[] = [];
  headers.forEach((header, at) => {
    if (!Object.hasOwn(override, header)) {
      automatic.push(at);
      return;
    }
    const field = override[header] as string;
    if (field === '') unmappedAt.add(at);
    else if (!index.fieldNames.has(field)) {
      errors.push({ code: 'mapping.unknown_field', header, field, message: catalogMessages.unknownField(field, spec.code) });
      unmappedAt.add(at);
    } else claim(at, field);
  });
  const overridden = new Set(keptOfField.keys());

  for (const at of automatic) {
    const field = index.match(headers[at] as string);
    if (field === undefined || overridden.has(field)) unmappedAt.add(at);
    else claim(at, field);
  }

  const mapping = Object.fromEntries([...keptOfField].map(([field, header]) => [header, field]));
  const ambiguous = [...headersOfField]
    .filter(([, all]) => all.length > 1)
    .map(([field, all]) => ({ field, headers: all, kept: keptOfField.get(field) as string }));

  return {
    mapping,
    unmapped: headers.filter((_, at) => unmappedAt.has(at)),
    missingRequired: spec.fields.filter((f) => f.required && !keptOfField.has(f.name)).map((f) => f.name),
    missingOneOf: (spec.requireOneOf ?? []).filter((group) => group.every((name) => !keptOfField.has(name))),
    ambiguous,
    errors,
  };
}

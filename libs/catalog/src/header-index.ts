import { foldHeader } from './spec/fold';
import { type DatasetSpec } from './spec/types';

export interface HeaderIndex {
  readonly fieldNames: ReadonlySet<string>;
  /** The field a header names, by field name first, then by label or synonym. */
  match(header: string): string | undefined;
  /** Folded keys that more than one field claims (a spec error; the first field keeps it). */
  readonly clashes: readonly { readonly key: string; readonly fields: readonly string[] }[];
}

// Specs are immutable, so each one's index is built once.
const cache = new WeakMap<DatasetSpec, HeaderIndex>();

export function headerIndexOf(spec: DatasetSpec): HeaderIndex {
  let index = cache.get(spec);
  if (index === undefined) {
    index = buildHeaderIndex(spec);
    cache.set(spec, index);
  }
  return index;
}

function buildHeaderIndex(spec: DatasetSpec): HeaderIndex {
  const byName = new Map<string, string>();
  const bySynonym = new Map<string, string>();
  const claims = new Map<string, Set<string>>();
  const note = (key: string, field: string) => {
    if (key === '') return;
    const fields = claims.get(key) ?? new Set<string>();
    fields.add(field);
    claims.set(key, fields);
  };

  for (const field of spec.fields) {
    const nameKey = foldHeader(field.name);
    note(nameKey, field.name);
    if (!byName.has(nameKey)) byName.set(nameKey, field.name);
  }
  for (const field of spec.fields) {
    for (const synonym of [field.label.zh, field.label.en, ...field.synonyms]) {
      const key = foldHeader(synonym);
      note(key, field.name);
      if (key !== '' && !bySynonym.has(key)) bySynonym.set(key, field.name);
    }
  }

  return {
    fieldNames: new Set(spec.fields.map((f) => f.name)),
    match(header) {
      const key = foldHeader(header);
      return byName.get(key) ?? bySynonym.get(key);
    },
    clashes: [...claims]
      .filter(([, fields]) => fields.size > 1)
      .map(([key, fields]) => ({ key, fields: [...fields] })),
  };
}

// What relational query needs to know about each dataset: its name, which attributes are
// identifiers to mask, and which hold phones and addresses to search by.
import type { DatasetSpec, LocalizedText } from '@zhijian/catalog';
import type { Db } from '@zhijian/db';
import { listDatasetSpecs } from '@zhijian/ingest';
import type { SensitiveFieldType } from './masking';

export interface DatasetInfo {
  code: string;
  name: LocalizedText;
  sensitive: ReadonlyMap<string, SensitiveFieldType>;
  phoneFields: readonly string[];
  addressFields: readonly string[];
}

const ADDRESS_FIELD = /(^|_)(address|location)$/;
const SENSITIVE_TYPES = new Set<string>(['id_number', 'phone', 'id_number_list']);

export function datasetInfo(spec: DatasetSpec): DatasetInfo {
  const sensitive = new Map<string, SensitiveFieldType>();
  for (const field of spec.fields) if (SENSITIVE_TYPES.has(field.type)) sensitive.set(field.name, field.type as SensitiveFieldType);
  return {
    code: spec.code,
    name: spec.name,
    sensitive,
    phoneFields: spec.fields.filter((f) => f.type === 'phone').map((f) => f.name),
    addressFields: spec.fields.filter((f) => f.type === 'string' && ADDRESS_FIELD.test(f.name)).map((f) => f.name),
  };
}

// Specs change only when an admin adds a dataset version; a short cache keeps them off
// every profile request.
const CACHE_MS = 30_000;
const cache = new WeakMap<Db, { at: number; infos: Promise<Map<string, DatasetInfo>> }>();

export function datasetInfos(db: Db): Promise<Map<string, DatasetInfo>> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.infos;
  const infos = listDatasetSpecs(db).then((specs) => new Map(specs.map((spec) => [spec.code, datasetInfo(spec)])));
  infos.catch(() => cache.delete(db));
  cache.set(db, { at: Date.now(), infos });
  return infos;
}

const NOTHING_SENSITIVE = new Map<string, SensitiveFieldType>();

/** Sensitive fields of a dataset; an unknown dataset's attributes are treated as holding none. */
export function sensitiveFields(infos: Map<string, DatasetInfo>, code: string): ReadonlyMap<string, SensitiveFieldType> {
  return infos.get(code)?.sensitive ?? NOTHING_SENSITIVE;
}

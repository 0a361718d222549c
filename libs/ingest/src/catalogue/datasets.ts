// Dataset specs come from the catalogue's built-ins, registered in the database so that
// admin-added datasets and new versions live beside them.
import { BUILT_IN_DATASETS, type DatasetSpec, datasetSpecSchema, parseDatasetSpec } from '@zhijian/catalog';
import { type Db, schema } from '@zhijian/db';
import { and, desc, eq } from 'drizzle-orm';

export class UnknownDatasetError extends Error {
  constructor(readonly code: string) {
    super(`未知数据集 / unknown dataset: ${code}`);
  }
}

export class DatasetSpecError extends Error {}

/**
 * Registers an admin-defined dataset, or a new version of one: the spec must pass the
 * catalogue's schema, and a version must be higher than the latest stored.
 */
export async function addDataset(db: Db, json: unknown, createdBy: string | null = null): Promise<{ code: string; version: number }> {
  const parsed = parseDatasetSpec(json);
  if (!parsed.ok) {
    throw new DatasetSpecError(`数据集定义无效 / invalid dataset spec: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  const spec = parsed.spec;
  const [latest] = await db
    .select({ version: schema.datasets.version })
    .from(schema.datasets)
    .where(eq(schema.datasets.code, spec.code))
    .orderBy(desc(schema.datasets.version))
    .limit(1);
  if (latest && spec.version <= latest.version) {
    throw new DatasetSpecError(`版本须高于 ${latest.version} / version must be higher than ${latest.version} for ${spec.code}`);
  }
  await db.insert(schema.datasets).values({ code: spec.code, version: spec.version, spec: spec as unknown as Record<string, unknown>, builtIn: false, createdBy });
  return { code: spec.code, version: spec.version };
}

/** Idempotent: inserts each built-in dataset version that is not yet registered. */
export async function registerBuiltInDatasets(db: Db): Promise<void> {
  await db
    .insert(schema.datasets)
    .values(BUILT_IN_DATASETS.map((spec) => ({ code: spec.code, version: spec.version, spec: spec as unknown as Record<string, unknown>, builtIn: true })))
    .onConflictDoNothing();
}

/** The given version of a dataset, or its latest. */
export async function loadDatasetSpec(db: Db, code: string, version?: number): Promise<DatasetSpec> {
  const [row] = await db
    .select({ spec: schema.datasets.spec })
    .from(schema.datasets)
    .where(version === undefined ? eq(schema.datasets.code, code) : and(eq(schema.datasets.code, code), eq(schema.datasets.version, version)))
    .orderBy(desc(schema.datasets.version))
    .limit(1);
  if (row) return datasetSpecSchema.parse(row.spec) as DatasetSpec;
  const builtIn = BUILT_IN_DATASETS.find((spec) => spec.code === code && (version === undefined || spec.version === version));
  if (builtIn) return builtIn;
  throw new UnknownDatasetError(code);
}

export async function listDatasetSpecs(db: Db): Promise<DatasetSpec[]> {
  const rows = await db
    .selectDistinctOn([schema.datasets.code], { spec: schema.datasets.spec })
    .from(schema.datasets)
    .orderBy(schema.datasets.code, desc(schema.datasets.version));
  const stored = rows.map((row) => datasetSpecSchema.parse(row.spec) as DatasetSpec);
  const storedCodes = new Set(stored.map((spec) => spec.code));
  return [...stored, ...BUILT_IN_DATASETS.filter((spec) => !storedCodes.has(spec.code))].sort((a, b) => a.code.localeCompare(b.code));
}

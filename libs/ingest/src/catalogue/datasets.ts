// Dataset specs come from the catalogue's built-ins, registered in the database so that
// admin-added datasets and new versions live beside them.
import { BUILT_IN_DATASETS, type DatasetSpec, datasetSpecSchema } from '@zhijian/catalog';
import { type Db, schema } from '@zhijian/db';
import { and, desc, eq } from 'drizzle-orm';

export class UnknownDatasetError extends Error {
  constructor(readonly code: string) {
    super(`未知数据集 / unknown dataset: ${code}`);
  }
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

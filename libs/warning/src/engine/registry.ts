// The models in the database: built-ins registered at start-up, admin versions beside them,
// the live version, on/off switch and parameter overrides. Changing a model never rewrites
// a stored version, so every warning can name the rule that raised it.
import { type Db, schema } from '@zhijian/db';
import { listDatasetSpecs } from '@zhijian/ingest';
import { and, asc, desc, eq } from 'drizzle-orm';
import { compileModel, datasetsRead } from '../compile';
import { BUILT_IN_MODELS } from '../models';
import { parseModelSpec } from '../spec/schema';
import type { ModelSpec } from '../spec/types';

export class ModelNotFoundError extends Error {
  constructor(readonly code: string) {
    super(`未知预警模型 / unknown warning model: ${code}`);
  }
}

export class ModelChangeError extends Error {}

export interface ModelState {
  code: string;
  version: number;
  enabled: boolean;
  builtIn: boolean;
  params: Record<string, number>;
  spec: ModelSpec;
  datasets: string[];
  updatedAt: Date;
}

/** Idempotent: registers each built-in model version not yet stored; never touches admin changes. */
export async function registerBuiltInModels(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const spec of BUILT_IN_MODELS) {
      await tx
        .insert(schema.warningModelVersions)
        .values({ code: spec.code, version: spec.version, spec: spec as unknown as Record<string, unknown>, note: 'built-in' })
        .onConflictDoNothing();
      await tx.insert(schema.warningModels).values({ code: spec.code, currentVersion: spec.version, builtIn: true }).onConflictDoNothing();
    }
  });
}

export async function listModels(db: Db): Promise<ModelState[]> {
  const rows = await db
    .select({ model: schema.warningModels, spec: schema.warningModelVersions.spec })
    .from(schema.warningModels)
    .innerJoin(
      schema.warningModelVersions,
      and(eq(schema.warningModelVersions.code, schema.warningModels.code), eq(schema.warningModelVersions.version, schema.warningModels.currentVersion)),
    )
    .orderBy(asc(schema.warningModels.code));
  return rows.map(({ model, spec }) => toState(model, spec));
}

export async function getModel(db: Db, code: string): Promise<ModelState> {
  const model = (await listModels(db)).find((m) => m.code === code);
  if (!model) throw new ModelNotFoundError(code);
  return model;
}

export async function listModelVersions(db: Db, code: string) {
  return db
    .select({ version: schema.warningModelVersions.version, note: schema.warningModelVersions.note, createdAt: schema.warningModelVersions.createdAt })
    .from(schema.warningModelVersions)
    .where(eq(schema.warningModelVersions.code, code))
    .orderBy(desc(schema.warningModelVersions.version));
}

export async function setModelEnabled(db: Db, code: string, enabled: boolean, userId: string | null): Promise<void> {
  const updated = await db
    .update(schema.warningModels)
    .set({ enabled, updatedBy: userId })
    .where(eq(schema.warningModels.code, code))
    .returning({ code: schema.warningModels.code });
  if (updated.length === 0) throw new ModelNotFoundError(code);
}

/** Sets parameter overrides after checking each against the live spec's declaration. */
export async function setModelParams(db: Db, code: string, params: Record<string, number>, userId: string | null): Promise<void> {
  const model = await getModel(db, code);
  const checked = checkParams(model.spec, params);
  await db.update(schema.warningModels).set({ params: checked, updatedBy: userId }).where(eq(schema.warningModels.code, code));
}

export function checkParams(spec: ModelSpec, params: Record<string, number>): Record<string, number> {
  const declared = spec.params ?? {};
  for (const [name, value] of Object.entries(params)) {
    const param = declared[name];
    if (!param) throw new ModelChangeError(`模型 ${spec.code} 没有参数 ${name} / no parameter "${name}"`);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new ModelChangeError(`参数 ${name} 须为数字 / "${name}" must be a number`);
    if (param.type === 'integer' && !Number.isInteger(value)) throw new ModelChangeError(`参数 ${name} 须为整数 / "${name}" must be an integer`);
    if (param.min !== undefined && value < param.min) throw new ModelChangeError(`参数 ${name} 不得小于 ${param.min} / "${name}" must be ≥ ${param.min}`);
    if (param.max !== undefined && value > param.max) throw new ModelChangeError(`参数 ${name} 不得大于 ${param.max} / "${name}" must be ≤ ${param.max}`);
  }
  return params;
}

/**
 * Stores a new version of a model (or a new model) from an admin's JSON and makes it live.
 * The spec must parse, compile against the catalogue, and carry a higher version.
 */
export async function addModelVersion(db: Db, json: unknown, options: { userId: string | null; note?: string; activate?: boolean }): Promise<{ code: string; version: number }> {
  let spec: ModelSpec;
  try {
    spec = parseModelSpec(json);
  } catch (error) {
    throw new ModelChangeError(`模型定义无效 / ${(error as Error).message}`);
  }
  await assertCompiles(db, spec);
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select({ version: schema.warningModelVersions.version })
      .from(schema.warningModelVersions)
      .where(eq(schema.warningModelVersions.code, spec.code))
      .orderBy(desc(schema.warningModelVersions.version))
      .limit(1);
    if (latest && spec.version <= latest.version) {
      throw new ModelChangeError(`版本须高于 ${latest.version} / version must be higher than ${latest.version}`);
    }
    await tx.insert(schema.warningModelVersions).values({
      code: spec.code,
      version: spec.version,
      spec: spec as unknown as Record<string, unknown>,
      note: options.note ?? null,
      createdBy: options.userId,
    });
    if (options.activate !== false) {
      await tx
        .insert(schema.warningModels)
        .values({ code: spec.code, currentVersion: spec.version, updatedBy: options.userId })
        .onConflictDoUpdate({ target: schema.warningModels.code, set: { currentVersion: spec.version, updatedBy: options.userId, params: {} } });
    }
    return { code: spec.code, version: spec.version };
  });
}

/** Compiles the spec against today's catalogue, so a broken model never goes live. */
export async function assertCompiles(db: Db, spec: ModelSpec): Promise<void> {
  const datasets = new Map((await listDatasetSpecs(db)).map((d) => [d.code, d]));
  try {
    compileModel(spec, { datasets, params: {}, asOf: '2000-01-01' });
  } catch (error) {
    throw new ModelChangeError(`模型无法编译 / the model does not compile: ${(error as Error).message}`);
  }
}

function toState(model: typeof schema.warningModels.$inferSelect, specJson: Record<string, unknown>): ModelState {
  const spec = specJson as unknown as ModelSpec;
  return {
    code: model.code,
    version: model.currentVersion,
    enabled: model.enabled,
    builtIn: model.builtIn,
    params: model.params as Record<string, number>,
    spec,
    datasets: datasetsRead(spec),
    updatedAt: model.updatedAt,
  };
}

/** What lists of models show (CLI, API): the live version's identity, state and parameter values. */
export function modelSummary(model: ModelState) {
  return {
    code: model.code,
    version: model.version,
    enabled: model.enabled,
    builtIn: model.builtIn,
    kind: model.spec.kind,
    severity: model.spec.severity,
    name: model.spec.name,
    description: model.spec.description,
    params: Object.entries(model.spec.params ?? {}).map(([name, param]) => ({ name, ...param, value: model.params[name] ?? param.default })),
    datasets: model.datasets,
    updatedAt: model.updatedAt.toISOString(),
  };
}

// Running a model: compile the live version with its parameters, execute the one
// upserting statement under a per-model lock (two runs of a model never interleave), and
// record the run — version, parameters, duration, rows compared, hits.
import type { DatasetSpec } from '@zhijian/catalog';
import { type DbHandle, type RunTrigger, withTransaction } from '@zhijian/db';
import { listDatasetSpecs } from '@zhijian/ingest';
import { randomUUID } from 'node:crypto';
import { compileModel, SqlBuilder } from '../compile';
import type { ModelSpec } from '../spec/types';
import { getModel, listModels, type ModelState } from './registry';
import { runStatement } from './run-statement';
import { prepareCollisionSession } from './session';

export interface RunOptions {
  trigger: RunTrigger;
  batchId?: string;
  /** `YYYY-MM-DD`; defaults to today in China Standard Time. */
  asOf?: string;
}

export interface RunSummary {
  runId: string;
  model: string;
  version: number;
  status: 'succeeded' | 'failed' | 'skipped';
  asOf: string;
  rowsCompared: number;
  hits: number;
  newWarnings: number;
  updatedWarnings: number;
  durationMs: number;
  error?: string;
}

export class ModelDisabledError extends Error {
  constructor(readonly code: string) {
    super(`预警模型已停用 / warning model is disabled: ${code}`);
  }
}

export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export async function loadDatasets(handle: DbHandle): Promise<Map<string, DatasetSpec>> {
  return new Map((await listDatasetSpecs(handle.db)).map((spec) => [spec.code, spec]));
}

export async function runModel(handle: DbHandle, code: string, options: RunOptions): Promise<RunSummary> {
  const model = await getModel(handle.db, code);
  if (!model.enabled) throw new ModelDisabledError(code);
  return runModelState(handle, model, await loadDatasets(handle), options);
}

/** Runs every enabled model; with `datasetCode`, only those that read it (a delivery's models). */
export async function runEnabledModels(handle: DbHandle, options: RunOptions & { datasetCode?: string }): Promise<RunSummary[]> {
  const models = (await listModels(handle.db)).filter((m) => m.enabled && (!options.datasetCode || m.datasets.includes(options.datasetCode)));
  const datasets = await loadDatasets(handle);
  const summaries: RunSummary[] = [];
  for (const model of models) summaries.push(await runModelState(handle, model, datasets, options));
  return summaries;
}

async function runModelState(handle: DbHandle, model: ModelState, datasets: Map<string, DatasetSpec>, options: RunOptions): Promise<RunSummary> {
  const asOf = options.asOf ?? todayInChina();
  const runId = randomUUID();
  const started = performance.now();
  const base = { runId, model: model.code, version: model.version, asOf };
  await handle.pool.query(
    `insert into model_runs (id, model_code, model_version, params, trigger, batch_id, as_of) values ($1, $2, $3, $4, $5, $6, $7)`,
    [runId, model.code, model.version, JSON.stringify(model.params), options.trigger, options.batchId ?? null, asOf],
  );
  try {
    const { figures, rowsCompared } = await withTransaction(handle.pool, async (client) => {
      // Held while this run lives: a later run tells a dead run (worker killed) from a waiting one.
      await client.query('select pg_advisory_xact_lock(hashtext($1))', [`warning-run:${runId}`]);
      // One run of a model at a time: a second waits, then sees the first one's warnings.
      await client.query('select pg_advisory_xact_lock(hashtext($1))', [`warning-model:${model.code}`]);
      await markAbandonedRuns(client, model.code, runId);
      await prepareCollisionSession(client);
      const sql = new SqlBuilder();
      const { text } = compileModel(model.spec, { datasets, params: model.params, asOf }, sql);
      const statement = runStatement({
        hitsSql: text,
        sql,
        modelCode: model.code,
        modelVersion: model.version,
        severity: model.spec.severity,
        baseDataset: model.spec.base.dataset,
        route: model.spec.route,
        runId,
        params: effectiveParams(model.spec, model.params),
      });
      const { rows } = await client.query<{ hits: number; new_warnings: number; updated_warnings: number }>(statement, sql.values);
      return {
        figures: { hits: rows[0]?.hits ?? 0, newWarnings: rows[0]?.new_warnings ?? 0, updatedWarnings: rows[0]?.updated_warnings ?? 0 },
        rowsCompared: await countCompared(client, model.spec.base.dataset, asOf),
      };
    });
    const durationMs = Math.round(performance.now() - started);
    await handle.pool.query(
      `update model_runs set status = 'succeeded', rows_compared = $2, hits = $3, new_warnings = $4, updated_warnings = $5, duration_ms = $6 where id = $1`,
      [runId, rowsCompared, figures.hits, figures.newWarnings, figures.updatedWarnings, durationMs],
    );
    return { ...base, status: 'succeeded', rowsCompared, ...figures, durationMs };
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    const message = (error as Error).message;
    await handle.pool.query(`update model_runs set status = 'failed', error = $2, duration_ms = $3 where id = $1`, [runId, message, durationMs]);
    return { ...base, status: 'failed', rowsCompared: 0, hits: 0, newWarnings: 0, updatedWarnings: 0, durationMs, error: message };
  }
}

/**
 * Runs of this model still 'running' whose transaction is gone (their worker was killed or lost
 * the database) are recorded as failed: their warnings went with their transaction, and the
 * retried job's run is the one that counts. A run waiting for the model lock holds its own run
 * lock, so it is left alone; the probe locks end with this transaction.
 */
async function markAbandonedRuns(client: { query: DbHandle['pool']['query'] }, modelCode: string, runId: string): Promise<void> {
  await client.query(
    `update model_runs set status = 'failed', error = $3
     where model_code = $1 and status = 'running' and id <> $2
       and pg_try_advisory_xact_lock(hashtext('warning-run:' || id::text))`,
    [modelCode, runId, '运行中断（进程退出），已由后续运行接替 / abandoned: the run stopped with its process'],
  );
}

/** The parameter values a run applied: the spec's defaults under the admin's overrides. */
export function effectiveParams(spec: ModelSpec, overrides: Record<string, number>): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [name, param] of Object.entries(spec.params ?? {})) values[name] = overrides[name] ?? param.default;
  return values;
}

async function countCompared(client: { query: DbHandle['pool']['query'] }, datasetCode: string, asOf: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `select count(*) as n from records r join batches b on b.id = r.batch_id and b.status = 'published'
     where r.dataset_code = $1 and (r.valid_from is null or r.valid_from <= $2::date)`,
    [datasetCode, asOf],
  );
  return Number(rows[0]?.n ?? 0);
}

// Backtest: run a draft spec, or the live model with other parameters, as of a past date
// without raising anything — and see how its hits compare with what the closed loop has
// already judged (confirmed or closed = true positive, dismissed = false positive).
import { type DbHandle, withTransaction } from '@zhijian/db';
import { randomUUID } from 'node:crypto';
import { compileModel, SqlBuilder } from '../compile';
import { parseModelSpec } from '../spec/schema';
import type { ModelSpec } from '../spec/types';
import { candidatesSql } from './run-statement';
import { prepareCollisionSession } from './session';
import { checkParams, getModel, ModelChangeError } from './registry';
import { effectiveParams, loadDatasets } from './run';

export interface BacktestInput {
  code: string;
  asOf: string;
  params?: Record<string, number>;
  /** A draft spec (JSON) to try instead of the live version. */
  draft?: unknown;
}

export interface BacktestResult {
  runId: string;
  model: string;
  asOf: string;
  params: Record<string, number>;
  hits: number;
  amount: number;
  previouslyConfirmed: number;
  previouslyDismissed: number;
  /** Hits the loop has not judged (never warned, or still open). */
  unjudged: number;
  /** Confirmed ÷ (confirmed + dismissed) among the hits the loop has judged; null when none. */
  precision: number | null;
  sample: Array<{ subjectType: string; subjectKey: string; subjectName: string | null; amount: number | null; evidenceRecords: number }>;
  durationMs: number;
}

export async function backtestModel(handle: DbHandle, input: BacktestInput): Promise<BacktestResult> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.asOf)) throw new ModelChangeError('回测日期须为 YYYY-MM-DD / asOf must be YYYY-MM-DD');
  const live = await getModel(handle.db, input.code);
  let spec: ModelSpec = live.spec;
  if (input.draft !== undefined) {
    try {
      spec = parseModelSpec(input.draft);
    } catch (error) {
      throw new ModelChangeError(`模型定义无效 / ${(error as Error).message}`);
    }
  }
  const params = checkParams(spec, { ...live.params, ...input.params });
  const applied = effectiveParams(spec, params);
  const started = performance.now();
  const sql = new SqlBuilder();
  let text: string;
  try {
    text = compileModel(spec, { datasets: await loadDatasets(handle), params, asOf: input.asOf }, sql).text;
  } catch (error) {
    throw new ModelChangeError(`模型无法编译 / the model does not compile: ${(error as Error).message}`);
  }
  const model = sql.bind(input.code, 'text');
  type Candidate = { subject_type: string; subject_key: string; subject_name: string | null; amount: string | null; evidence: number; judged: 'confirmed' | 'dismissed' | null };
  const rows = await withTransaction(handle.pool, async (client) => {
    await prepareCollisionSession(client);
    const result = await client.query<Candidate>(
      `with ${candidatesSql(text)}
       select c.subject_type, c.subject_key, c.subject_name, c.amount, cardinality(c.evidence_ids) as evidence,
         (select case when bool_or(w.status in ('confirmed', 'closed')) then 'confirmed' when bool_or(w.status = 'dismissed') then 'dismissed' end
            from warnings w where w.model_code = ${model} and w.subject_type = c.subject_type and w.subject_key = c.subject_key
              and w.fingerprint = c.fingerprint) as judged
       from candidates c order by c.amount desc nulls last, c.subject_key`,
      sql.values,
    );
    return result.rows;
  });
  const durationMs = Math.round(performance.now() - started);
  const confirmed = rows.filter((r) => r.judged === 'confirmed').length;
  const dismissed = rows.filter((r) => r.judged === 'dismissed').length;
  const result: BacktestResult = {
    runId: randomUUID(),
    model: input.code,
    asOf: input.asOf,
    params: applied,
    hits: rows.length,
    amount: rows.reduce((sum, r) => sum + Number(r.amount ?? 0), 0),
    previouslyConfirmed: confirmed,
    previouslyDismissed: dismissed,
    unjudged: rows.length - confirmed - dismissed,
    precision: confirmed + dismissed > 0 ? confirmed / (confirmed + dismissed) : null,
    sample: rows.slice(0, 50).map((r) => ({
      subjectType: r.subject_type,
      subjectKey: r.subject_key,
      subjectName: r.subject_name,
      amount: r.amount === null ? null : Number(r.amount),
      evidenceRecords: r.evidence,
    })),
    durationMs,
  };
  const { sample: _sample, runId, ...outcome } = result;
  await handle.pool.query(
    `insert into model_runs (id, model_code, model_version, params, trigger, as_of, status, hits, new_warnings, updated_warnings, outcome, duration_ms)
     values ($1, $2, $3, $4, 'backtest', $5, 'succeeded', $6, 0, 0, $7, $8)`,
    [runId, input.code, spec.version, JSON.stringify(applied), input.asOf, result.hits, JSON.stringify(outcome), durationMs],
  );
  return result;
}

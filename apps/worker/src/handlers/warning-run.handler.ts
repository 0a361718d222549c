import { runEnabledModels, runModel, type RunSummary } from '@zhijian/warning';
import type { JobHandler } from './types';

/**
 * Runs warning models ("比对—预警—推送"): after a published batch, every enabled model that
 * reads its dataset; on the schedule or by hand, every enabled model or the named ones.
 * Runs upsert warnings, so a retried job raises nothing twice.
 */
export const warningRun: JobHandler<'warning.run'> = async (payload, ctx) => {
  const options = { trigger: payload.trigger, batchId: payload.batchId, asOf: payload.asOf };
  let summaries: RunSummary[];
  if (payload.models?.length) {
    summaries = [];
    for (const [index, code] of payload.models.entries()) {
      await ctx.job.updateProgress({ stage: 'running', model: code, done: index, total: payload.models.length });
      summaries.push(await runModel(ctx.database, code, options));
    }
  } else {
    summaries = await runEnabledModels(ctx.database, { ...options, datasetCode: payload.datasetCode });
  }
  for (const run of summaries) {
    const log = run.status === 'succeeded' ? ctx.log.info.bind(ctx.log) : ctx.log.error.bind(ctx.log);
    log({ model: run.model, hits: run.hits, newWarnings: run.newWarnings, ms: run.durationMs, error: run.error }, 'model run');
  }
  return { runs: summaries };
};

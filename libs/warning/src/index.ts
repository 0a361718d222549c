export { compileModel, datasetsRead, HIT_COLUMNS, ModelSpecError, SqlBuilder, type CompiledModel } from './compile';
export { BUILT_IN_MODELS } from './models';
export { modelSpecSchema, parseModelSpec } from './spec/schema';
export type * from './spec/types';
export { backtestModel, type BacktestInput, type BacktestResult } from './engine/backtest';
export {
  addModelVersion,
  getModel,
  listModels,
  listModelVersions,
  ModelChangeError,
  ModelNotFoundError,
  modelSummary,
  registerBuiltInModels,
  setModelEnabled,
  setModelParams,
  type ModelState,
} from './engine/registry';
export { effectiveParams, ModelDisabledError, runEnabledModels, runModel, todayInChina, type RunOptions, type RunSummary } from './engine/run';
export { safeCell, warningDossier } from './engine/dossier';
export { getWarning, listRuns, listWarnings, type EvidenceItem, type WarningFilter, type WarningView } from './engine/warnings';
// For the benchmark: the built-in spec and the grouping a run applies to its hits.
export { housingOwnsProperty as housingOwnsPropertySpec } from './models/housing';
export { candidatesSql as candidatesSqlForBench } from './engine/run-statement';
export { prepareCollisionSession } from './engine/session';

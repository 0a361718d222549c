export * from './readers';
export { addDataset, DatasetSpecError, listDatasetSpecs, loadDatasetSpec, registerBuiltInDatasets, UnknownDatasetError } from './catalogue/datasets';
export { DEMO_RESPONSIBILITIES, ensureDemoResponsibilities } from './catalogue/demo-responsibilities';
export { nextDueDate } from './catalogue/due-dates';
export {
  addResponsibility,
  assertResponsible,
  departmentByCode,
  listResponsibilities,
  punctualityByDepartment,
  ResponsibilityError,
  type DepartmentPunctuality,
  type ResponsibilityStatus,
} from './catalogue/responsibilities';
export { batchRejects, getBatch, iterateRejects, listBatches, type BatchSummary } from './pipeline/batches';
export { previewFeed, type PreviewInput } from './pipeline/preview';
export { stagingEstimate, type StagingEstimate } from './pipeline/progress';
export { publishBatch, type PublishOutcome } from './pipeline/publish';
export type { QualityReport } from './pipeline/quality-report';
export { BatchStateError, rollbackBatch } from './pipeline/rollback';
export { stageBatch, StagingTakenOverError, type StageOptions, type StageOutcome, type StageProgress } from './pipeline/stage';
export { DEFAULT_CHUNK_ROWS, readBatchChunks, type ReadChunksOptions, type ReadOutcome } from './pipeline/batch-reader';
export { removeBatchChunks, writeChunkRows, type ChunkRef, type RawChunk } from './pipeline/chunk-files';
export type { ChunkOutcome } from './pipeline/chunk-commit';
export { stageChunkFile, stagingStalledAt, type StageChunkOptions } from './pipeline/chunk-job';
export { MappingError, settleMapping, submitFeed, type SubmitFeedInput, type SubmitFeedResult } from './pipeline/submit';
export { storedFileExists, storedFilePath, storeFeedFile, storeFeedStream, UploadTooLargeError, type StoredFile } from './storage/feed-store';
export {
  decideMatchReview,
  listMatchReviews,
  MatchReviewError,
  type ListMatchReviewsOptions,
  type MatchDecision,
  type MatchDecisionResult,
  type MatchReview,
} from './matching/match-reviews';
export { LINK_THRESHOLD, MATCH_POINTS, REVIEW_FLOOR } from './matching/match-scores';
export { resolveByNameAndBirth, type NameMatchOutcome } from './matching/resolve-by-name';

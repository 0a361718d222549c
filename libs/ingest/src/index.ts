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
export { publishBatch, type PublishOutcome } from './pipeline/publish';
export type { QualityReport } from './pipeline/quality-report';
export { BatchStateError, rollbackBatch } from './pipeline/rollback';
export { stageBatch, type StageOptions, type StageOutcome, type StageProgress } from './pipeline/stage';
export { MappingError, settleMapping, submitFeed, type SubmitFeedInput, type SubmitFeedResult } from './pipeline/submit';
export { storedFileExists, storedFilePath, storeFeedFile, storeFeedStream, UploadTooLargeError, type StoredFile } from './storage/feed-store';

import { type DeliverState } from './deliver-state';

/** What `feeds.preview` and `feeds.submit` need to read the uploaded file. */
export interface FeedRequest {
  sha256: string;
  fileName: string;
  datasetCode: string;
  departmentCode?: string;
  mapping?: Record<string, string>;
  sheet?: string;
}

/** The request for the current choices, or undefined until a dataset and an uploaded file are there. */
export function feedRequest(state: DeliverState): FeedRequest | undefined {
  if (state.upload.kind !== 'uploaded' || !state.datasetCode) return undefined;
  return {
    sha256: state.upload.file.sha256,
    fileName: state.upload.file.fileName,
    datasetCode: state.datasetCode,
    ...(state.departmentCode ? { departmentCode: state.departmentCode } : {}),
    ...(state.mapping ? { mapping: state.mapping } : {}),
    ...(state.sheet ? { sheet: state.sheet } : {}),
  };
}

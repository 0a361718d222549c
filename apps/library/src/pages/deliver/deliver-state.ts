// The delivery wizard as a reducer: the steps depend on each other (a new file or dataset
// invalidates the mapping; the preview opens once both are there, in whichever order).
import { type UploadedFile } from '../../api/upload';

export type UploadState =
  | { kind: 'none' }
  | { kind: 'uploading'; fileName: string; loaded: number; total: number }
  | { kind: 'uploaded'; file: UploadedFile }
  | { kind: 'failed'; fileName: string; message: string };

export type DeliverStage = 'choose' | 'preview' | 'progress';

export interface DeliverState {
  stage: DeliverStage;
  datasetCode?: string;
  /** Only admins choose; a steward always delivers for their own department. */
  departmentCode?: string;
  upload: UploadState;
  /** The user's mapping override; undefined means "as the server suggests". */
  mapping?: Record<string, string>;
  sheet?: string;
  submission?: { batchId: string; duplicate: boolean };
}

export type DeliverAction =
  | { type: 'chooseDataset'; datasetCode: string; departmentCode?: string }
  | { type: 'chooseDepartment'; departmentCode: string }
  | { type: 'uploadStarted'; fileName: string; total: number }
  | { type: 'uploadProgress'; loaded: number; total: number }
  | { type: 'uploaded'; file: UploadedFile }
  | { type: 'uploadFailed'; fileName: string; message: string }
  | { type: 'showPreview' }
  | { type: 'back' }
  | { type: 'remap'; mapping: Record<string, string> }
  | { type: 'chooseSheet'; sheet: string | undefined }
  | { type: 'submitted'; batchId: string; duplicate: boolean }
  | { type: 'restart' };

export const initialDeliverState: DeliverState = { stage: 'choose', upload: { kind: 'none' } };

export function uploadedFile(state: DeliverState): UploadedFile | undefined {
  return state.upload.kind === 'uploaded' ? state.upload.file : undefined;
}

export function readyToPreview(state: DeliverState): boolean {
  return state.datasetCode !== undefined && state.upload.kind === 'uploaded';
}

export function deliverReducer(state: DeliverState, action: DeliverAction): DeliverState {
  switch (action.type) {
    case 'chooseDataset': {
      const next = { ...state, datasetCode: action.datasetCode, departmentCode: action.departmentCode, mapping: undefined };
      return { ...next, stage: readyToPreview(next) ? 'preview' : 'choose' };
    }
    case 'chooseDepartment':
      // Each department has its own saved mapping, so the suggestion starts over.
      return { ...state, departmentCode: action.departmentCode, mapping: undefined };
    case 'uploadStarted':
      return { ...state, stage: 'choose', upload: { kind: 'uploading', fileName: action.fileName, loaded: 0, total: action.total }, mapping: undefined, sheet: undefined };
    case 'uploadProgress':
      return state.upload.kind === 'uploading' ? { ...state, upload: { ...state.upload, loaded: action.loaded, total: action.total } } : state;
    case 'uploaded': {
      const next: DeliverState = { ...state, upload: { kind: 'uploaded', file: action.file } };
      return { ...next, stage: readyToPreview(next) ? 'preview' : 'choose' };
    }
    case 'uploadFailed':
      return { ...state, stage: 'choose', upload: { kind: 'failed', fileName: action.fileName, message: action.message } };
    case 'showPreview':
      return readyToPreview(state) ? { ...state, stage: 'preview' } : state;
    case 'back':
      return { ...state, stage: 'choose' };
    case 'remap':
      return { ...state, mapping: action.mapping };
    case 'chooseSheet':
      // Another sheet has other headers: the old override would name headers it lacks.
      return { ...state, sheet: action.sheet, mapping: undefined };
    case 'submitted':
      return { ...state, stage: 'progress', submission: { batchId: action.batchId, duplicate: action.duplicate } };
    case 'restart':
      return { ...initialDeliverState, datasetCode: state.datasetCode, departmentCode: state.departmentCode };
  }
}

// Delivery files go to `POST /api/uploads` as the raw body, not through tRPC: they can be
// hundreds of MB, and XMLHttpRequest (unlike fetch) reports upload progress.

export interface UploadedFile {
  sha256: string;
  size: number;
  fileName: string;
}

export class UploadError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(message);
  }
}

export interface UploadHandle {
  done: Promise<UploadedFile>;
  abort: () => void;
}

export const UPLOAD_URL = '/api/uploads';

export function uploadFeedFile(file: File, onProgress: (loaded: number, total: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadedFile>((resolve, reject) => {
    xhr.open('POST', UPLOAD_URL);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    // Headers are ASCII-only; the server decodes the name again.
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && isUploadedFile(body)) resolve(body);
      else reject(new UploadError(errorText(body) ?? `HTTP ${xhr.status}`, xhr.status));
    };
    xhr.onerror = () => reject(new UploadError('network error', 0));
    xhr.onabort = () => reject(new UploadError('aborted', 0));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isUploadedFile(body: unknown): body is UploadedFile {
  return typeof body === 'object' && body !== null && typeof (body as UploadedFile).sha256 === 'string' && typeof (body as UploadedFile).size === 'number';
}

function errorText(body: unknown): string | undefined {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  return typeof error === 'string' && error ? error : undefined;
}

/** The file types the readers understand (see libs/ingest readers). */
export const ACCEPTED_FILE_TYPES = '.csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl';

export function isSpreadsheet(fileName: string): boolean {
  return /\.xlsx$/i.test(fileName);
}

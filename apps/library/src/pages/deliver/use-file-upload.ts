import { type Dispatch, useCallback, useEffect, useRef } from 'react';
import { UploadError, type UploadHandle, uploadFeedFile } from '../../api/upload';
import { type LibraryTranslate } from '../../i18n/translate';
import { type DeliverAction } from './deliver-state';

/** Starts an upload, replacing any still running; leaving the page cancels it. */
export function useFileUpload(dispatch: Dispatch<DeliverAction>, t: LibraryTranslate) {
  const running = useRef<UploadHandle | null>(null);

  useEffect(
    () => () => {
      const handle = running.current;
      running.current = null;
      handle?.abort();
    },
    [],
  );

  return useCallback(
    (file: File) => {
      running.current?.abort();
      dispatch({ type: 'uploadStarted', fileName: file.name, total: file.size });
      const handle = uploadFeedFile(file, (loaded, total) => {
        if (running.current === handle) dispatch({ type: 'uploadProgress', loaded, total });
      });
      running.current = handle;
      handle.done.then(
        (uploaded) => {
          if (running.current === handle) dispatch({ type: 'uploaded', file: uploaded });
        },
        (error: unknown) => {
          // A replaced or cancelled upload has nothing left to report.
          if (running.current !== handle) return;
          const message = error instanceof UploadError && error.status > 0 ? error.message : t('upload.networkError');
          dispatch({ type: 'uploadFailed', fileName: file.name, message });
        },
      );
    },
    [dispatch, t],
  );
}

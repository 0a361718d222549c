import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Progress, Typography, Upload } from 'antd';
import { ACCEPTED_FILE_TYPES } from '../../api/upload';
import { formatFileSize } from '../../format/file-size';
import { useText } from '../../i18n/use-text';
import { type UploadState } from './deliver-state';

/** Drag-and-drop file choice; the upload itself is ours (XMLHttpRequest with progress), not antd's. */
export function UploadBox({ upload, onFile }: { upload: UploadState; onFile: (file: File) => void }) {
  const { t } = useText();
  return (
    <Flex vertical gap="small">
      <div data-testid="deliver-file">
        <Upload.Dragger
          accept={ACCEPTED_FILE_TYPES}
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            onFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('upload.drop')}</p>
          <p className="ant-upload-hint">{t('upload.hint')}</p>
        </Upload.Dragger>
      </div>
      <UploadProgress upload={upload} />
    </Flex>
  );
}

/** The file being (or just) uploaded, with a progress bar. */
export function UploadProgress({ upload }: { upload: UploadState }) {
  const { t } = useText();
  if (upload.kind === 'none') return null;
  const fileName = upload.kind === 'uploaded' ? upload.file.fileName : upload.fileName;
  const percent = upload.kind === 'uploading' ? (upload.total > 0 ? Math.floor((upload.loaded / upload.total) * 100) : 0) : upload.kind === 'uploaded' ? 100 : 0;
  return (
    <div data-testid="upload-progress" data-state={upload.kind}>
      <Flex justify="space-between" gap="small">
        <Typography.Text ellipsis strong>
          {fileName}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {upload.kind === 'uploading' && t('upload.uploading', { loaded: formatFileSize(upload.loaded), total: formatFileSize(upload.total) })}
          {upload.kind === 'uploaded' && t('upload.done', { size: formatFileSize(upload.file.size) })}
        </Typography.Text>
      </Flex>
      <Progress percent={percent} status={upload.kind === 'uploading' ? 'active' : upload.kind === 'failed' ? 'exception' : 'success'} />
      {upload.kind === 'failed' && <Alert type="error" showIcon title={t('upload.failed', { reason: upload.message })} data-testid="upload-error" />}
    </div>
  );
}

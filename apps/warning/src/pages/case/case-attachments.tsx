import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { App, Button, Card, Empty, List, Typography, Upload } from 'antd';
import { type CaseAttachment, type CaseDetail } from '../../api/types';
import { formatDateTime } from '../../format/date-time';
import { downloadBase64, fileToBase64 } from '../../format/download';
import { useText } from '../../i18n/use-text';
import { useCaseChanged } from './use-case-changed';

/** The API's limit on one evidence file. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Evidence files: upload (read in the browser, sent as base64) and download. */
export function CaseAttachments({ item }: { item: CaseDetail }) {
  const { t } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const changed = useCaseChanged();
  const send = useMutation(trpc.casework.attach.mutationOptions());
  const attach = useMutation({
    mutationFn: async (file: File) => send.mutateAsync({ id: item.id, fileName: file.name, contentType: file.type || undefined, base64: await fileToBase64(file) }),
    onSuccess: (_, file) => {
      void message.success(t('case.uploaded', { name: file.name }));
      changed();
    },
    onError: (error) => void message.error(t('case.uploadFailed', { reason: serverErrorMessage(error, t('common.unreachable')) })),
  });
  const download = useMutation({
    mutationFn: (attachment: CaseAttachment) => queryClient.fetchQuery(trpc.casework.attachment.queryOptions({ attachmentId: attachment.id }, { staleTime: 0 })),
    onSuccess: (file) => downloadBase64(file),
    onError: (error) => void message.error(serverErrorMessage(error, t('common.unreachable'))),
  });

  return (
    <Card
      title={t('case.attachments')}
      extra={
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MAX_BYTES) void message.error(t('case.tooLarge'));
            else attach.mutate(file);
            // The file goes through tRPC, not antd's own upload request.
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={attach.isPending} data-testid="case-upload">
            {t('case.upload')}
          </Button>
        </Upload>
      }
      data-testid="case-attachments"
    >
      {item.attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.noAttachments')} />
      ) : (
        <List
          size="small"
          dataSource={item.attachments}
          renderItem={(attachment) => (
            <List.Item
              data-testid="case-attachment"
              actions={[
                <Typography.Link key="download" onClick={() => download.mutate(attachment)} data-testid={`attachment-download-${attachment.fileName}`}>
                  {t('case.download')}
                </Typography.Link>,
              ]}
            >
              <PaperClipOutlined /> <span data-testid="attachment-name">{attachment.fileName}</span>{' '}
              <Typography.Text type="secondary">
                {(attachment.size / 1024).toFixed(1)} KB · {formatDateTime(attachment.createdAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

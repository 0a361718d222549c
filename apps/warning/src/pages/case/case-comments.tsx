import { useMutation } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { App, Button, Card, Empty, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { type CaseDetail } from '../../api/types';
import { formatDateTime } from '../../format/date-time';
import { useText } from '../../i18n/use-text';
import { useCaseChanged } from './use-case-changed';

/** 评论: the case's discussion — comment events — and a box to add one. */
export function CaseComments({ item }: { item: CaseDetail }) {
  const { t } = useText();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const changed = useCaseChanged();
  const [text, setText] = useState('');
  const comment = useMutation(
    trpc.casework.comment.mutationOptions({
      onSuccess: () => {
        setText('');
        changed();
      },
      onError: (error) => void message.error(t('case.commentFailed', { reason: serverErrorMessage(error, t('common.unreachable')) })),
    }),
  );
  const comments = item.events.filter((event) => event.type === 'comment');
  return (
    <Card title={t('case.comments')} data-testid="case-comments">
      {comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.noComments')} />
      ) : (
        <List
          size="small"
          dataSource={comments}
          renderItem={(event) => (
            <List.Item data-testid="case-comment">
              <Flex vertical>
                <Typography.Text type="secondary">
                  {event.actor} · {formatDateTime(event.at)}
                </Typography.Text>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{event.reason}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <Flex vertical gap="small" style={{ marginTop: 12 }}>
        <Input.TextArea rows={2} maxLength={5000} value={text} placeholder={t('case.commentPlaceholder')} onChange={(e) => setText(e.target.value)} data-testid="comment-text" />
        <Button disabled={!text.trim()} loading={comment.isPending} onClick={() => comment.mutate({ id: item.id, text: text.trim() })} style={{ alignSelf: 'flex-end' }} data-testid="comment-submit">
          {t('case.commentSubmit')}
        </Button>
      </Flex>
    </Card>
  );
}

import { Tag } from 'antd';
import { type BatchStatus } from '../api/types';
import { BATCH_STATUS_COLORS } from '../format/batch-status';
import { useText } from '../i18n/use-text';

/** The status in words; the code itself is in `data-status` for tests and scripts. */
export function BatchStatusTag({ status, testId }: { status: BatchStatus; testId?: string }) {
  const { t } = useText();
  return (
    <Tag color={BATCH_STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`batchStatus.${status}`)}
    </Tag>
  );
}

import { Tag } from 'antd';
import { type CaseStatus } from '../api/types';
import { CASE_STATUS_COLORS } from '../format/case-status';
import { useText } from '../i18n/use-text';

/** The case's status in words; the code is in `data-status` for tests and scripts. */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useText();
  return (
    <Tag color={CASE_STATUS_COLORS[status]} data-testid="case-status" data-status={status}>
      {t(`caseStatus.${status}`)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useText();
  return (
    <Tag color="red" data-testid="case-overdue">
      {t('case.overdue')}
    </Tag>
  );
}

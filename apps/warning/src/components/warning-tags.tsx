import { Tag } from 'antd';
import { type WarningStatus } from '../api/types';
import { SEVERITY_COLORS, STATUS_COLORS } from '../format/warning-status';
import { labelOr } from '../i18n/translate';
import { useText } from '../i18n/use-text';

/** The status in words; the code itself is in `data-status` for tests and scripts. */
export function WarningStatusTag({ status }: { status: WarningStatus }) {
  const { t } = useText();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="warning-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

export function SeverityTag({ severity }: { severity: string }) {
  const { t } = useText();
  return (
    <Tag color={SEVERITY_COLORS[severity] ?? 'default'} data-severity={severity}>
      {labelOr(t, `severity.${severity}`, severity)}
    </Tag>
  );
}

import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import { type WarningDetail, type WarningModel } from '../../api/types';
import { SubjectView } from '../../components/subject-view';
import { SeverityTag, WarningStatusTag } from '../../components/warning-tags';
import { formatFen } from '../../format/amount';
import { formatDateTime, formatPeriod } from '../../format/date-time';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

/** Who is warned, by which rule, for how much, over which period, and who must act. */
export function WarningHeader({ warning, model }: { warning: WarningDetail; model: WarningModel | undefined }) {
  const { t, locale } = useText();
  const details = warning.details as { periodFrom?: unknown; periodTo?: unknown; baseRecords?: unknown; evidenceRecords?: unknown };
  const items: DescriptionsProps['items'] = [
    {
      key: 'model',
      label: t('warning.model'),
      span: 2,
      children: (
        <span data-testid="warning-detail-model">
          {model ? localized(model.name, locale) : warning.model}{' '}
          <Typography.Text type="secondary">
            {warning.model} · v{warning.modelVersion}
          </Typography.Text>
        </span>
      ),
    },
    { key: 'severity', label: t('warning.severity'), children: <SeverityTag severity={warning.severity} /> },
    { key: 'subject', label: t('warning.subject'), span: 2, children: <SubjectView subject={warning.subject} /> },
    { key: 'status', label: t('warning.status'), children: <WarningStatusTag status={warning.status} /> },
    { key: 'amount', label: t('warning.amount'), children: <span data-testid="warning-detail-amount">{formatFen(warning.amount)}</span> },
    { key: 'period', label: t('warning.period'), children: formatPeriod(details.periodFrom, details.periodTo) },
    {
      key: 'records',
      label: t('warning.baseRecords'),
      children: `${String(details.baseRecords ?? '—')} · ${t('warning.evidenceRecords')} ${String(details.evidenceRecords ?? warning.evidence.length)}`,
    },
    {
      key: 'department',
      label: warning.routedOrganization ? t('warning.routedOrganization') : t('warning.department'),
      span: 2,
      children: (
        <span data-testid="warning-detail-department">
          {warning.routedOrganization ? `${warning.routedOrganization.name ?? warning.routedOrganization.key}` : ''}
          {warning.routedOrganization && warning.department ? ' · ' : ''}
          {warning.department ? warning.department.name : ''}
          {!warning.routedOrganization && !warning.department ? t('common.none') : ''}
        </span>
      ),
    },
    { key: 'seen', label: t('warning.firstSeen'), children: `${formatDateTime(warning.firstSeenAt)} / ${t('warning.lastSeen')} ${formatDateTime(warning.lastSeenAt)}` },
  ];
  if (model) items.push({ key: 'description', label: '', span: 3, children: <Typography.Text type="secondary">{localized(model.description, locale)}</Typography.Text> });
  return <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} data-testid="warning-header" />;
}

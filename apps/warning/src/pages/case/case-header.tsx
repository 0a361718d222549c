import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { type CaseDetail } from '../../api/types';
import { CaseStatusTag, OverdueTag } from '../../components/case-tags';
import { formatFen } from '../../format/amount';
import { formatDateTime } from '../../format/date-time';
import { labelOr } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

/** 案件编号, where it came from, who must act by when, and what came of it. */
export function CaseHeader({ item }: { item: CaseDetail }) {
  const { t } = useText();
  const items: DescriptionsProps['items'] = [
    { key: 'caseNo', label: t('case.caseNo'), children: <span data-testid="case-no">{item.caseNo}</span> },
    { key: 'title', label: t('case.title'), span: 2, children: <span data-testid="case-title">{item.title}</span> },
    {
      key: 'source',
      label: t('case.source'),
      children: (
        <span data-testid="case-source">
          {t(`source.${item.source}`)}
          {item.ticketNo ? ` ${item.ticketNo}` : ''}
          {item.warningId && (
            <>
              {' · '}
              <Link to={`/warnings/${item.warningId}`} data-testid="case-warning-link">
                {t('case.warning')}
              </Link>
            </>
          )}
        </span>
      ),
    },
    { key: 'status', label: t('case.status'), children: <CaseStatusTag status={item.status} /> },
    { key: 'department', label: t('case.department'), children: <span data-testid="case-department">{item.departmentName ?? t('common.none')}</span> },
    {
      key: 'dueAt',
      label: t('case.dueAt'),
      children: (
        <span data-testid="case-due-at">
          {item.dueAt ? formatDateTime(item.dueAt) : '—'} {item.overdue && <OverdueTag />}
        </span>
      ),
    },
    { key: 'funds', label: t('case.funds'), children: <span data-testid="case-funds">{formatFen(item.fundsRecovered)}</span> },
    {
      key: 'satisfaction',
      label: t('case.satisfaction'),
      children: <span data-testid="case-satisfaction">{item.satisfaction ? labelOr(t, `satisfaction.${item.satisfaction}`, item.satisfaction) : '—'}</span>,
    },
    { key: 'subject', label: t('case.subject'), children: item.subjectKey ? `${item.subjectName ?? ''} ${item.subjectKey}`.trim() : '—' },
    { key: 'createdAt', label: t('case.createdAt'), children: formatDateTime(item.createdAt) },
  ];
  if (item.description) items.push({ key: 'description', label: t('case.description'), span: 3, children: <Typography.Text type="secondary">{item.description}</Typography.Text> });
  return <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} data-testid="case-header" />;
}

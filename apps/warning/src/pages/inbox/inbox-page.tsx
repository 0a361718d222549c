import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Card, Flex, Select, Table, type TableColumnsType, Typography } from 'antd';
import { type HTMLAttributes } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { type WarningListItem, type WarningStatus } from '../../api/types';
import { useModels } from '../../api/use-catalogues';
import { LoadError } from '../../components/load-error';
import { SubjectView } from '../../components/subject-view';
import { SeverityTag, WarningStatusTag } from '../../components/warning-tags';
import { formatFen } from '../../format/amount';
import { formatDateTime } from '../../format/date-time';
import { WARNING_STATUSES } from '../../format/warning-status';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';
import { InboxSummary } from './inbox-summary';

const PAGE_SIZE = 20;

/**
 * 预警收件箱: the warnings the user may see (a handler only their department's), newest
 * first. Filters and page live in the URL so the back button returns to the same list.
 */
export function InboxPage() {
  const { t, locale } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const models = useModels();
  const [search, setSearch] = useSearchParams();
  const model = search.get('model') ?? undefined;
  const status = (search.get('status') ?? undefined) as WarningStatus | undefined;
  const page = Math.max(Number(search.get('page') ?? 1) || 1, 1);
  const warnings = useQuery(trpc.warning.list.queryOptions({ model, status, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData }));

  const setFilter = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    setSearch(next, { replace: true });
  };
  const modelName = (code: string) => {
    const found = models.data?.find((m) => m.code === code);
    return found ? localized(found.name, locale) : code;
  };

  const columns: TableColumnsType<WarningListItem> = [
    { key: 'severity', title: t('inbox.severity'), render: (_, w) => <SeverityTag severity={w.severity} />, width: 70 },
    {
      key: 'model',
      title: t('inbox.model'),
      render: (_, w) => (
        <Flex vertical>
          <span data-testid="warning-model-name">{modelName(w.model)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {w.model}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'subject', title: t('inbox.subject'), render: (_, w) => <SubjectView subject={w.subject} /> },
    { key: 'amount', title: t('inbox.amount'), align: 'right', render: (_, w) => <span data-testid="warning-amount">{formatFen(w.amount)}</span> },
    { key: 'status', title: t('inbox.status'), render: (_, w) => <WarningStatusTag status={w.status} />, width: 90 },
    { key: 'firstSeen', title: t('inbox.firstSeen'), render: (_, w) => formatDateTime(w.firstSeenAt), width: 150 },
    { key: 'lastSeen', title: t('inbox.lastSeen'), render: (_, w) => formatDateTime(w.lastSeenAt), width: 150 },
  ];

  return (
    <Flex vertical gap="middle">
      <InboxSummary models={models.data} selectedModel={model} onSelectModel={(code) => setFilter({ model: code, page: undefined })} />
      <Card
        title={t('inbox.title')}
        extra={
          <Flex gap="small" wrap>
            <Select
              allowClear
              style={{ width: 300 }}
              placeholder={t('inbox.filterModel')}
              value={model}
              onChange={(code?: string) => setFilter({ model: code, page: undefined })}
              showSearch={{ optionFilterProp: 'label' }}
              options={(models.data ?? []).map((m) => ({ value: m.code, label: `${localized(m.name, locale)} (${m.code})` }))}
              data-testid="inbox-model-filter"
            />
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('inbox.filterStatus')}
              value={status}
              onChange={(value?: string) => setFilter({ status: value, page: undefined })}
              options={WARNING_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              data-testid="inbox-status-filter"
            />
          </Flex>
        }
      >
        {warnings.isError ? (
          <LoadError error={warnings.error} onRetry={() => void warnings.refetch()} />
        ) : (
          <div data-testid="warnings-table" data-total={warnings.data?.total}>
            <Table<WarningListItem>
              size="middle"
              rowKey="id"
              loading={warnings.isFetching}
              columns={columns}
              dataSource={warnings.data?.items}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('inbox.empty') }}
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: warnings.data?.total ?? 0,
                showSizeChanger: false,
                hideOnSinglePage: true,
                showTotal: (total) => t('inbox.total', { total }),
                onChange: (next) => setFilter({ page: next === 1 ? undefined : String(next) }),
              }}
              onRow={(w) =>
                ({
                  'data-testid': `warning-row-${w.id}`,
                  'data-model': w.model,
                  onClick: () => void navigate(`/warnings/${w.id}`),
                  style: { cursor: 'pointer' },
                }) as HTMLAttributes<HTMLElement>
              }
            />
          </div>
        )}
      </Card>
    </Flex>
  );
}

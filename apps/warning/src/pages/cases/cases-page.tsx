import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Card, Checkbox, Flex, Input, Select, Table, type TableColumnsType, type TableProps } from 'antd';
import { type HTMLAttributes } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { type CaseListItem, type CaseSource, type CaseStatus } from '../../api/types';
import { CaseStatusTag, OverdueTag } from '../../components/case-tags';
import { LoadError } from '../../components/load-error';
import { CASE_SOURCES, CASE_STATUSES } from '../../format/case-status';
import { formatDateTime } from '../../format/date-time';
import { useText } from '../../i18n/use-text';

const PAGE_SIZE = 20;
type SortKey = 'createdAt' | 'dueAt' | 'updatedAt';
const SORT_KEYS: readonly SortKey[] = ['createdAt', 'dueAt', 'updatedAt'];

/**
 * 案件: the cases the user may see (the server gives a handler only their department's),
 * filtered and sorted on the server; filters, sort and page live in the URL.
 */
export function CasesPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const status = (search.get('status') ?? undefined) as CaseStatus | undefined;
  const source = (search.get('source') ?? undefined) as CaseSource | undefined;
  const overdue = search.get('overdue') === '1';
  const text = search.get('q') ?? '';
  const sort = SORT_KEYS.find((key) => key === search.get('sort')) ?? 'createdAt';
  const order = search.get('order') === 'asc' ? 'asc' : 'desc';
  const page = Math.max(Number(search.get('page') ?? 1) || 1, 1);
  const cases = useQuery(
    trpc.casework.list.queryOptions(
      { status, source, overdue: overdue || undefined, search: text || undefined, sort, order, page, pageSize: PAGE_SIZE },
      { placeholderData: keepPreviousData },
    ),
  );

  const setFilter = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    setSearch(next, { replace: true });
  };
  const sortOrder = (key: SortKey) => (sort === key ? (order === 'asc' ? 'ascend' : 'descend') : null);

  const columns: TableColumnsType<CaseListItem> = [
    { key: 'caseNo', title: t('case.caseNo'), dataIndex: 'caseNo', width: 140, render: (no: string) => <span data-testid="case-row-no">{no}</span> },
    { key: 'title', title: t('case.title'), dataIndex: 'title' },
    { key: 'source', title: t('case.source'), render: (_, c) => t(`source.${c.source}`), width: 110 },
    { key: 'status', title: t('case.status'), render: (_, c) => <CaseStatusTag status={c.status} />, width: 100 },
    { key: 'department', title: t('case.department'), render: (_, c) => c.departmentName ?? '—' },
    {
      key: 'dueAt',
      title: t('case.dueAt'),
      sorter: true,
      sortOrder: sortOrder('dueAt'),
      width: 200,
      render: (_, c) => (
        <span>
          {formatDateTime(c.dueAt)} {c.overdue && <OverdueTag />}
        </span>
      ),
    },
    { key: 'createdAt', title: t('case.createdAt'), sorter: true, sortOrder: sortOrder('createdAt'), render: (_, c) => formatDateTime(c.createdAt), width: 150 },
    { key: 'updatedAt', title: t('case.updatedAt'), sorter: true, sortOrder: sortOrder('updatedAt'), render: (_, c) => formatDateTime(c.updatedAt), width: 150 },
  ];
  const onChange: TableProps<CaseListItem>['onChange'] = (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = SORT_KEYS.find((k) => k === one?.columnKey);
    const nextPage = pagination.current ?? 1;
    setFilter({
      sort: one?.order && key ? key : undefined,
      order: one?.order === 'ascend' ? 'asc' : undefined,
      page: nextPage === 1 ? undefined : String(nextPage),
    });
  };

  return (
    <Card
      title={t('cases.title')}
      extra={
        <Flex gap="small" wrap align="center">
          <Input.Search
            allowClear
            style={{ width: 280 }}
            defaultValue={text}
            placeholder={t('cases.search')}
            onSearch={(value) => setFilter({ q: value.trim() || undefined, page: undefined })}
            data-testid="cases-search"
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('cases.filterStatus')}
            value={status}
            onChange={(value?: string) => setFilter({ status: value, page: undefined })}
            options={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
            data-testid="cases-status-filter"
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('cases.filterSource')}
            value={source}
            onChange={(value?: string) => setFilter({ source: value, page: undefined })}
            options={CASE_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
            data-testid="cases-source-filter"
          />
          <Checkbox checked={overdue} onChange={(e) => setFilter({ overdue: e.target.checked ? '1' : undefined, page: undefined })} data-testid="cases-overdue-filter">
            {t('cases.overdueOnly')}
          </Checkbox>
        </Flex>
      }
    >
      {cases.isError ? (
        <LoadError error={cases.error} onRetry={() => void cases.refetch()} />
      ) : (
        <div data-testid="cases-table" data-total={cases.data?.total}>
          <Table<CaseListItem>
            size="middle"
            rowKey="id"
            loading={cases.isFetching}
            columns={columns}
            dataSource={cases.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('cases.empty') }}
            onChange={onChange}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: cases.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (total) => t('cases.total', { total }),
            }}
            onRow={(c) =>
              ({
                'data-testid': `case-row-${c.id}`,
                'data-overdue': String(c.overdue),
                onClick: () => void navigate(`/cases/${c.id}`),
                // Overdue rows stand out in red, as 督办 lists are read.
                style: { cursor: 'pointer', ...(c.overdue ? { background: '#fff1f0', color: '#cf1322' } : {}) },
              }) as HTMLAttributes<HTMLElement>
            }
          />
        </div>
      )}
    </Card>
  );
}

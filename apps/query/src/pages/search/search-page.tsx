import { useQuery } from '@tanstack/react-query';
import { useSession, useTRPC } from '@zhijian/ui';
import { Alert, Card, Flex, Input, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useSearchParams, useNavigate } from 'react-router-dom';
import type { SearchHit } from '../../api-types';
import { LoadError } from '../../components/load-error';
import { SubjectTypeTag } from '../../components/subject-type-tag';
import { useText } from '../../i18n/use-text';
import { seesIdentifiers } from '../../roles';

/** 检索: one box for every kind of identifier, name or address; results ranked and typed. */
export function SearchPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const me = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const search = useQuery({ ...trpc.query.search.queryOptions({ text, limit: 50 }), enabled: text.trim() !== '' });

  const columns: TableColumnsType<SearchHit> = [
    { key: 'type', title: t('search.type'), width: 110, render: (_, hit) => <SubjectTypeTag type={hit.subject.type} /> },
    { key: 'name', title: t('search.name'), render: (_, hit) => <Typography.Link data-testid="search-hit-name">{hit.subject.name ?? '—'}</Typography.Link> },
    { key: 'key', title: t('search.key'), render: (_, hit) => <Typography.Text code data-testid="search-hit-key">{hit.subject.key}</Typography.Text> },
    { key: 'matchedBy', title: t('search.matchedBy'), render: (_, hit) => <Tag>{t(`match.${hit.matchedBy}`)}</Tag> },
    {
      key: 'departments',
      title: t('search.departments'),
      render: (_, hit) => (
        <Flex gap={4} wrap>
          {hit.departments.map((d) => <Tag key={d.code} color="geekblue">{d.name}</Tag>)}
        </Flex>
      ),
    },
  ];

  return (
    <Card title={t('nav.search')}>
      <Flex vertical gap="middle">
        <Input.Search
          data-testid="search-input"
          size="large"
          enterButton={t('search.button')}
          defaultValue={text}
          placeholder={t('search.placeholder')}
          onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
          allowClear
        />
        <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>
        {!seesIdentifiers(me) && <Alert type="warning" showIcon title={t('search.masked')} />}
        {search.isError ? (
          <LoadError error={search.error} onRetry={() => void search.refetch()} />
        ) : (
          text && (
            <Table<SearchHit>
              data-testid="search-results"
              rowKey={(hit) => hit.subject.id}
              loading={search.isFetching}
              dataSource={search.data ?? []}
              columns={columns}
              pagination={false}
              locale={{ emptyText: t('search.empty') }}
              onRow={(hit) => ({ onClick: () => navigate(`/subjects/${hit.subject.type}/${hit.subject.id}`), style: { cursor: 'pointer' } })}
            />
          )
        )}
      </Flex>
    </Card>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useSession, useTRPC } from '@zhijian/ui';
import { Alert, Card, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import type { LookupEntry } from '../../api-types';
import { LoadError } from '../../components/load-error';
import { useText } from '../../i18n/use-text';
import { seesIdentifiers } from '../../roles';

/** 查询记录审查: who looked up whom, when and why, for supervisors. */
export function LookupsPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const me = useSession();
  const [actor, setActor] = useState('');
  const allowed = seesIdentifiers(me);
  const lookups = useQuery({ ...trpc.query.lookups.queryOptions({ actor: actor || undefined, limit: 500 }), enabled: allowed });
  if (!allowed) return <Alert type="warning" showIcon title={t('lookups.onlySupervisors')} />;
  return (
    <Card title={t('lookups.title')} extra={<Input.Search allowClear placeholder={t('lookups.filterActor')} onSearch={setActor} style={{ width: 220 }} />}>
      {lookups.isError ? (
        <LoadError error={lookups.error} onRetry={() => void lookups.refetch()} />
      ) : (
        <Table<LookupEntry>
          data-testid="lookups-table"
          rowKey="seq"
          size="small"
          loading={lookups.isFetching}
          dataSource={lookups.data ?? []}
          columns={[
            { key: 'at', title: t('lookups.at'), render: (_, l) => new Date(l.at).toLocaleString(), width: 180 },
            { key: 'actor', title: t('lookups.actor'), dataIndex: 'actorUsername', width: 120 },
            { key: 'action', title: t('lookups.action'), render: (_, l) => <Tag>{l.action}</Tag>, width: 130 },
            { key: 'target', title: t('lookups.target'), render: (_, l) => `${l.subjectName ?? ''} ${l.target ?? ''}` },
            { key: 'purpose', title: t('lookups.purpose'), dataIndex: 'purpose' },
          ]}
        />
      )}
    </Card>
  );
}

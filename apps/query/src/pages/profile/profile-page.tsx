import { DownloadOutlined, ShareAltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Alert, Button, Card, Descriptions, Flex, Spin, Tabs, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { type SubjectType } from '../../api-types';
import { LoadError } from '../../components/load-error';
import { SubjectTypeTag } from '../../components/subject-type-tag';
import { downloadBase64 } from '../../format/download';
import { useText } from '../../i18n/use-text';
import { LineageTab } from './lineage-tab';
import { RecordsTab } from './records-tab';
import { RelationsTab } from './relations-tab';
import { TimelineTab } from './timeline-tab';
import { useLookupPurpose } from './use-lookup-purpose';

/** 主体档案: what every department knows about one subject. */
export function ProfilePage() {
  const { t } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const params = useParams();
  const type = params.type as SubjectType;
  const subjectId = Number(params.id);
  const { ready, purpose } = useLookupPurpose(type, subjectId, true);
  const profile = useQuery({ ...trpc.query.profile.queryOptions({ subjectId, purpose }), enabled: ready, staleTime: Infinity });
  const exportXlsx = useMutation(trpc.query.exportProfile.mutationOptions({ onSuccess: downloadBase64 }));

  if (!ready) return <Card><Spin /></Card>;
  if (profile.isError) return <LoadError error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!profile.data) return <Card loading />;
  const p = profile.data;
  // Warnings and cases: the lead wires the warning engine's section into the profile here.
  const tabs = [
    { key: 'records', label: t('profile.tab.records'), children: <RecordsTab profile={p} /> },
    { key: 'timeline', label: t('profile.tab.timeline'), children: <TimelineTab profile={p} /> },
    { key: 'relations', label: t('profile.tab.relations'), children: <RelationsTab profile={p} /> },
    { key: 'lineage', label: t('profile.tab.lineage'), children: <LineageTab profile={p} /> },
  ];
  return (
    <Card
      title={
        <Flex gap="small" align="center">
          <SubjectTypeTag type={p.subject.type} />
          <span data-testid="profile-name">{p.subject.name ?? '—'}</span>
          <Typography.Text code data-testid="profile-key">{p.subject.key}</Typography.Text>
        </Flex>
      }
      extra={
        <Flex gap="small">
          <Button icon={<ShareAltOutlined />} type="primary" data-testid="open-graph" onClick={() => navigate(`/graph/${subjectId}`)}>
            {t('profile.openGraph')}
          </Button>
          <Button icon={<DownloadOutlined />} data-testid="export-profile" loading={exportXlsx.isPending} onClick={() => exportXlsx.mutate({ subjectId, purpose })}>
            {t('profile.exportXlsx')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <Descriptions size="small" column={1} items={[{ key: 'departments', label: t('profile.departments'), children: (
          <Flex gap={4} wrap data-testid="profile-departments">
            {p.departments.length === 0 ? t('common.none') : p.departments.map((d) => <Tag key={d.code} color="geekblue">{d.name}</Tag>)}
          </Flex>
        ) }]} />
        {(p.truncated.records || p.truncated.relations) && <Alert type="info" showIcon title={t('profile.truncated')} />}
        {exportXlsx.isError && <LoadError error={exportXlsx.error} />}
        <Tabs items={tabs} data-testid="profile-tabs" />
      </Flex>
    </Card>
  );
}

import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { SubjectProfile } from '../../api-types';
import { SubjectTypeTag } from '../../components/subject-type-tag';
import { relationLabel } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

type ProfileRelation = SubjectProfile['relations']['current'][number];

/** Current and past relations, each linking to the other subject's profile. */
export function RelationsTab({ profile }: { profile: SubjectProfile }) {
  const { t } = useText();
  const table = (rows: ProfileRelation[], testId: string) => (
    <Table<ProfileRelation>
      size="small"
      rowKey="id"
      data-testid={testId}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      dataSource={rows}
      columns={[
        { key: 'type', title: t('profile.relationType'), render: (_, r) => relationLabel(t, r.type) },
        { key: 'direction', title: t('profile.direction'), render: (_, r) => (r.direction === 'out' ? <ArrowRightOutlined /> : <ArrowLeftOutlined />) },
        { key: 'other', title: t('profile.other'), render: (_, r) => (
          <Flex gap="small" align="center">
            <SubjectTypeTag type={r.other.type} />
            <Link to={`/subjects/${r.other.type}/${r.other.id}`}>{r.other.name ?? r.other.key}</Link>
            <Typography.Text code>{r.other.key}</Typography.Text>
          </Flex>
        ) },
        { key: 'validity', title: t('profile.validity'), render: (_, r) => `${r.validFrom ?? '…'} ~ ${r.validTo ?? '…'}` },
        { key: 'department', title: t('profile.department'), render: (_, r) => r.lineage.department.name },
      ]}
    />
  );
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={5}>{t('profile.currentRelations')}</Typography.Title>
      {table(profile.relations.current, 'relations-current')}
      <Typography.Title level={5}>{t('profile.pastRelations')}</Typography.Title>
      {table(profile.relations.past, 'relations-past')}
    </Flex>
  );
}

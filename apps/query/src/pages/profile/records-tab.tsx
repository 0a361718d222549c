import { Collapse, Empty, Table, Tag } from 'antd';
import type { SubjectProfile } from '../../api-types';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

type ProfileRecord = SubjectProfile['datasets'][number]['records'][number];

const cellText = (value: unknown) => (value === null || value === undefined ? '' : Array.isArray(value) ? value.join('、') : String(value));

/** Every department's records, one panel per dataset, each with its validity and source. */
export function RecordsTab({ profile }: { profile: SubjectProfile }) {
  const { t, locale } = useText();
  if (profile.datasets.length === 0) return <Empty description={t('profile.noData')} />;
  return (
    <Collapse
      defaultActiveKey={profile.datasets.map((g) => g.datasetCode)}
      items={profile.datasets.map((group) => {
        const fields = [...new Set(group.records.flatMap((r) => Object.keys(r.attrs)))];
        return {
          key: group.datasetCode,
          label: `${localized(group.datasetName, locale)} · ${group.records[0]?.lineage.department.name ?? ''} · ${t('profile.records', { count: group.records.length })}`,
          children: (
            <Table<ProfileRecord>
              size="small"
              rowKey="id"
              scroll={{ x: true }}
              pagination={group.records.length > 20 ? { pageSize: 20 } : false}
              dataSource={group.records}
              columns={[
                { key: 'validity', title: t('profile.validity'), render: (_, r) => (
                  <>
                    {r.validFrom ?? '…'} ~ {r.validTo ?? '…'} {r.current ? <Tag color="green">{t('profile.current')}</Tag> : <Tag>{t('profile.past')}</Tag>}
                  </>
                ) },
                { key: 'role', title: t('profile.role'), dataIndex: 'role' },
                ...fields.map((f) => ({ key: f, title: f, render: (_: unknown, r: ProfileRecord) => cellText(r.attrs[f]) })),
                { key: 'row', title: t('profile.row'), render: (_, r) => r.lineage.rowNumber },
              ]}
            />
          ),
        };
      })}
    />
  );
}

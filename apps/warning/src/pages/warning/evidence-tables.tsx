import { Card, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { type DatasetSpec, type EvidenceItem } from '../../api/types';
import { formatPeriod } from '../../format/date-time';
import { fieldLabel, formatRecordValue } from '../../format/record-value';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

/** The evidence snapshot, one table per dataset: where each record came from (file, row, batch) and what it says. */
export function EvidenceTables({ evidence, datasets }: { evidence: readonly EvidenceItem[]; datasets: readonly DatasetSpec[] | undefined }) {
  const { t } = useText();
  if (evidence.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warning.evidenceEmpty')} />;
  const byDataset = new Map<string, EvidenceItem[]>();
  for (const item of evidence) byDataset.set(item.dataset, [...(byDataset.get(item.dataset) ?? []), item]);
  return (
    <Flex vertical gap="middle">
      {[...byDataset].map(([code, items]) => (
        <DatasetEvidence key={code} code={code} items={items} dataset={datasets?.find((d) => d.code === code)} />
      ))}
    </Flex>
  );
}

function DatasetEvidence({ code, items, dataset }: { code: string; items: EvidenceItem[]; dataset: DatasetSpec | undefined }) {
  const { t, locale } = useText();
  // The record's own fields, in the catalogue's order; fields the catalogue no longer knows go last.
  const present = new Set(items.flatMap((item) => Object.keys(item.attrs)));
  const ordered = [...(dataset?.fields.map((f) => f.name).filter((name) => present.has(name)) ?? []), ...[...present].filter((name) => !dataset?.fields.some((f) => f.name === name))];
  const columns: TableColumnsType<EvidenceItem> = [
    { key: 'file', title: t('warning.file'), render: (_, e) => <span data-testid="evidence-file">{e.fileName ?? '—'}</span> },
    { key: 'row', title: t('warning.row'), align: 'right', render: (_, e) => <span data-testid="evidence-row">{e.row}</span>, width: 70 },
    {
      key: 'batch',
      title: t('warning.batch'),
      render: (_, e) => (
        <Flex vertical>
          <Typography.Text copyable={{ text: e.batchId }} style={{ fontSize: 12 }} title={e.batchId}>
            {e.batchId.slice(0, 8)}
          </Typography.Text>
          {e.department && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('warning.providedBy')} {e.department}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'validity', title: t('warning.validity'), render: (_, e) => formatPeriod(e.validFrom, e.validTo), width: 200 },
    ...ordered.map((name) => {
      const field = dataset?.fields.find((f) => f.name === name);
      return {
        key: `attr-${name}`,
        title: fieldLabel(field, name, locale),
        render: (_: unknown, e: EvidenceItem) => formatRecordValue(e.attrs[name], t, locale, field),
      };
    }),
  ];
  return (
    <Card
      size="small"
      type="inner"
      title={
        <span>
          {dataset ? localized(dataset.name, locale) : code}{' '}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {code} · {t('warning.evidenceCount', { count: items.length })}
          </Typography.Text>
        </span>
      }
      data-testid={`evidence-${code}`}
    >
      <Table<EvidenceItem>
        size="small"
        rowKey="recordId"
        columns={columns}
        dataSource={items}
        pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}

import { Table } from 'antd';
import type { SubjectProfile } from '../../api-types';
import { useText } from '../../i18n/use-text';

interface LineageRow {
  key: string;
  fact: string;
  datasetCode: string;
  department: string;
  batchId: string;
  rowNumber: number;
  fileName: string;
  deliveredAt: string;
}

/** Every fact's source: department, batch, file and row. */
export function LineageTab({ profile }: { profile: SubjectProfile }) {
  const { t } = useText();
  const rows: LineageRow[] = [
    ...profile.datasets.flatMap((g) => g.records.map((r) => ({ key: `r${r.id}`, fact: r.role ?? '', datasetCode: r.datasetCode, ...flat(r.lineage) }))),
    ...[...profile.relations.current, ...profile.relations.past].map((r) => ({ key: `e${r.id}`, fact: r.type, datasetCode: r.datasetCode, ...flat(r.lineage) })),
  ];
  return (
    <Table<LineageRow>
      size="small"
      data-testid="lineage-table"
      dataSource={rows}
      pagination={rows.length > 30 ? { pageSize: 30 } : false}
      columns={[
        { key: 'fact', title: t('profile.role'), dataIndex: 'fact' },
        { key: 'dataset', title: t('profile.dataset'), dataIndex: 'datasetCode' },
        { key: 'department', title: t('profile.department'), dataIndex: 'department' },
        { key: 'file', title: t('profile.file'), dataIndex: 'fileName' },
        { key: 'row', title: t('profile.row'), dataIndex: 'rowNumber' },
        { key: 'batch', title: t('profile.batch'), dataIndex: 'batchId' },
        { key: 'at', title: t('profile.deliveredAt'), render: (_, r) => new Date(r.deliveredAt).toLocaleString() },
      ]}
    />
  );
}

function flat(lineage: SubjectProfile['relations']['current'][number]['lineage']) {
  return { department: lineage.department.name, batchId: lineage.batchId, rowNumber: lineage.rowNumber, fileName: lineage.fileName, deliveredAt: lineage.deliveredAt };
}

import { Descriptions, type DescriptionsProps, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { type BatchDetail, type DatasetSpec } from '../../api/types';
import { datasetName, fieldLabel } from '../../format/dataset-labels';
import { formatDateTime } from '../../format/date-time';
import { formatFileSize } from '../../format/file-size';
import { useText } from '../../i18n/use-text';

/** What was delivered, by whom, when, and how its columns were mapped. */
export function BatchFacts({ batch, dataset }: { batch: BatchDetail; dataset: DatasetSpec | undefined }) {
  const { t, locale } = useText();
  const mapping = Object.entries(batch.mapping ?? {});
  const items: DescriptionsProps['items'] = [
    { key: 'dataset', label: t('batches.dataset'), children: `${datasetName(dataset, batch.datasetCode, locale)} (${batch.datasetCode} v${batch.datasetVersion})` },
    { key: 'department', label: t('batches.department'), children: `${batch.departmentName} (${batch.departmentCode})` },
    { key: 'file', label: t('batches.file'), children: `${batch.fileName} (${formatFileSize(batch.fileSize)})` },
    { key: 'format', label: t('preview.format'), children: [batch.format, batch.sheet].filter(Boolean).join(' · ') },
    { key: 'via', label: t('batch.uploadedVia'), children: batch.uploadedVia },
    { key: 'id', label: t('batch.id'), children: <Typography.Text copyable>{batch.id}</Typography.Text> },
    { key: 'createdAt', label: t('batches.createdAt'), children: formatDateTime(batch.createdAt) },
    { key: 'startedAt', label: t('batch.startedAt'), children: formatDateTime(batch.startedAt) },
    { key: 'finishedAt', label: t('batches.finishedAt'), children: formatDateTime(batch.finishedAt) },
    {
      key: 'rows',
      label: t('batch.rows'),
      children: t('batch.rowsValue', { read: batch.rowsRead.toLocaleString(), loaded: batch.rowsLoaded.toLocaleString(), rejected: batch.rowsRejected.toLocaleString() }),
    },
  ];
  if (batch.supersedesBatchId) {
    items.push({ key: 'supersedes', label: t('batch.supersedes'), children: <Link to={`/batches/${batch.supersedesBatchId}`}>{batch.supersedesBatchId}</Link> });
  }
  if (batch.error) {
    items.push({ key: 'error', label: t('batch.error'), span: 'filled', children: <Typography.Text type="danger">{batch.error}</Typography.Text> });
  }
  if (mapping.length > 0) {
    items.push({
      key: 'mapping',
      label: t('batch.mapping'),
      span: 'filled',
      children: (
        <Flex wrap gap={4}>
          {mapping.map(([header, field]) => (
            <Tag key={header}>
              {header} → {fieldLabel(dataset, field, locale)}
            </Tag>
          ))}
        </Flex>
      ),
    });
  }
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}

import { Alert, Card, Col, Empty, Flex, Progress, Row, Statistic, Table, Typography } from 'antd';
import { type BatchDetail } from '../api/types';
import { useDatasets } from '../api/use-datasets';
import { fieldLabel, findDataset } from '../format/dataset-labels';
import { readQualityReport } from '../format/quality-report';
import { useText } from '../i18n/use-text';

function Count({ value, testId }: { value: number; testId?: string }) {
  return (
    <span data-testid={testId} data-value={value}>
      {value.toLocaleString()}
    </span>
  );
}

function completenessColor(ratio: number): string {
  if (ratio < 0.5) return '#ff4d4f';
  if (ratio < 0.9) return '#faad14';
  return '#52c41a';
}

/** The quality report of a published batch: row counts, errors by field and code, completeness, duplicates. */
export function QualityReportView({ batch }: { batch: BatchDetail }) {
  const { t, locale } = useText();
  const datasets = useDatasets();
  const report = readQualityReport(batch.quality);
  if (!report) return <Alert type="info" showIcon title={t('quality.pending')} />;

  const dataset = findDataset(datasets.data, batch.datasetCode);
  const label = (field: string) => fieldLabel(dataset, field, locale);
  const statistics = [
    { key: 'read', title: t('quality.read'), value: report.rows.read, testId: 'quality-read' },
    { key: 'loaded', title: t('quality.loaded'), value: report.rows.loaded, testId: 'quality-loaded', color: '#389e0d' },
    { key: 'rejected', title: t('quality.rejected'), value: report.rows.rejected, testId: 'quality-rejected', color: report.rows.rejected ? '#cf1322' : undefined },
    { key: 'duplicates', title: t('quality.duplicates'), value: report.duplicates, testId: 'quality-duplicates' },
  ];

  return (
    <Flex vertical gap="middle" data-testid="quality-report">
      <Row gutter={[16, 16]}>
        {statistics.map((s) => (
          <Col key={s.key} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={s.title}
                value={s.value}
                styles={{ content: { color: s.color } }}
                formatter={() => <Count value={s.value} testId={s.testId} />}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('quality.errorsTitle')}>
            <Table
              size="small"
              rowKey={(row) => `${row.field}|${row.code}`}
              dataSource={report.errors}
              pagination={report.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.noErrors')} /> }}
              columns={[
                {
                  title: t('quality.field'),
                  dataIndex: 'field',
                  render: (field: string) => (
                    <>
                      {label(field)} <Typography.Text type="secondary">{field}</Typography.Text>
                    </>
                  ),
                },
                { title: t('quality.code'), dataIndex: 'code', render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
                { title: t('quality.count'), dataIndex: 'count', align: 'right', render: (count: number) => count.toLocaleString() },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('quality.completeness')}>
            {report.completeness.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.noCompleteness')} />
            ) : (
              <Flex vertical gap={4} data-testid="quality-completeness">
                {report.completeness.map(({ field, ratio }) => (
                  <Flex key={field} align="center" gap="small" data-field={field}>
                    <Typography.Text ellipsis style={{ width: 160, flexShrink: 0 }} title={field}>
                      {label(field)}
                    </Typography.Text>
                    <Progress
                      percent={Math.round(ratio * 1000) / 10}
                      size="small"
                      // 'normal' keeps the number visible at 100% (antd would swap it for a tick).
                      status="normal"
                      strokeColor={completenessColor(ratio)}
                      format={(percent) => `${percent ?? 0}%`}
                    />
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

// 数据健康: each department's delivery punctuality (the responsibility list) and each
// dataset's reject rate month by month (the batches' quality reports).
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Card, Col, Row } from 'antd';
import { ChartCard } from '../charts/chart-card';
import { LoadError } from '../components';
import { useFilter } from '../filters/use-filter';
import { useText } from '../i18n/use-text';

export function HealthPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const { filter } = useFilter();
  const health = useQuery(trpc.analysis.health.queryOptions(filter));
  if (health.isError) return <LoadError error={health.error} onRetry={() => void health.refetch()} />;
  if (!health.data) return <Card loading />;
  const { punctuality, quality } = health.data;
  const months = [...new Set(quality.map((q) => q.month))].sort();
  const datasets = [...new Set(quality.map((q) => q.datasetCode))].sort();
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <ChartCard
          testId="chart-punctuality"
          title={t('chart.punctuality')}
          exportView="health.punctuality"
          filter={filter}
          empty={punctuality.length === 0}
          option={{
            tooltip: { trigger: 'axis' },
            grid: { left: 160, right: 20, top: 10, bottom: 30 },
            xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
            yAxis: { type: 'category', inverse: true, data: punctuality.map((p) => p.departmentName) },
            series: [{ type: 'bar', data: punctuality.map((p) => p.score) }],
          }}
        />
      </Col>
      <Col span={24}>
        <ChartCard
          testId="chart-quality"
          title={t('chart.quality')}
          exportView="health.quality"
          filter={filter}
          empty={quality.length === 0}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { type: 'scroll' },
            grid: { left: 60, right: 20, top: 40, bottom: 30 },
            xAxis: { type: 'category', data: months },
            yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${(v * 100).toFixed(1)}%` } },
            series: datasets.map((code) => ({
              type: 'line',
              name: code,
              data: months.map((m) => quality.find((q) => q.datasetCode === code && q.month === m)?.rejectRate ?? null),
            })),
          }}
        />
      </Col>
    </Row>
  );
}

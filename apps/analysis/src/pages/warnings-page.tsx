// 预警统计: warnings by model, department and month with their outcomes; model precision =
// (confirmed + closed) ÷ (confirmed + closed + dismissed).
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Alert, Card, Col, Row, Table } from 'antd';
import type { WarningStats } from '../api/types';
import { ChartCard } from '../charts/chart-card';
import { LoadError } from '../components';
import { useFilter } from '../filters/use-filter';
import { percent, yuan } from '../format/numbers';
import { useText } from '../i18n/use-text';

type Group = WarningStats['byModel'][number];
const OUTCOMES = ['open', 'confirmed', 'dismissed', 'closed'] as const;

export function WarningsPage() {
  const { t, locale } = useText();
  const trpc = useTRPC();
  const { filter } = useFilter();
  const stats = useQuery(trpc.analysis.warnings.queryOptions(filter));
  if (stats.isError) return <LoadError error={stats.error} onRetry={() => void stats.refetch()} />;
  if (!stats.data) return <Card loading />;
  const { byModel, byDepartment, byMonth, cases } = stats.data;
  const name = (g: Group) => (g.name ? (locale === 'zh-CN' ? g.name.zh : g.name.en) : g.key);
  const stacked = (groups: Group[], horizontal: boolean) => ({
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: horizontal ? 200 : 50, right: 20, top: 40, bottom: 30 },
    [horizontal ? 'xAxis' : 'yAxis']: { type: 'value' },
    [horizontal ? 'yAxis' : 'xAxis']: { type: 'category', inverse: horizontal, data: groups.map(name) },
    series: OUTCOMES.map((o) => ({ type: 'bar', stack: 'o', name: t(`series.${o}`), data: groups.map((g) => g[o]) })),
  });
  return (
    <Row gutter={[16, 16]} data-testid="warning-stats">
      <Col span={24}>
        <Alert type="info" title={t('warnings.cases', { completion: percent(cases.completionRate), funds: yuan(cases.fundsRecovered) })} />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard testId="chart-warnings-model" title={t('chart.warningsByModel')} exportView="warnings.model" filter={filter} empty={byModel.length === 0} option={stacked(byModel, true)} />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard testId="chart-warnings-department" title={t('chart.warningsByDepartment')} exportView="warnings.department" filter={filter} empty={byDepartment.length === 0} option={stacked(byDepartment, true)} />
      </Col>
      <Col span={24}>
        <ChartCard testId="chart-warnings-month" title={t('chart.warningsByMonth')} exportView="warnings.month" filter={filter} empty={byMonth.length === 0} height={240} option={stacked(byMonth, false)} />
      </Col>
      <Col span={24}>
        <Card size="small">
          <Table<Group>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={byModel}
            columns={[
              { title: t('col.model'), render: (_: unknown, g) => name(g) },
              { title: t('col.total'), dataIndex: 'total' },
              ...OUTCOMES.map((o) => ({ title: t(`series.${o}`), dataIndex: o })),
              { title: t('col.amount'), dataIndex: 'amount', render: (v: number) => yuan(v) },
              { title: t('col.precision'), dataIndex: 'precision', render: (v: number | null) => percent(v) },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

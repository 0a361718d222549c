// 热线分析: tickets by category, county, month and department for the filter; a click on
// any chart element opens the tickets behind it.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Card, Col, Row, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ChartCard } from '../charts/chart-card';
import { LoadError } from '../components';
import { ticketsHref, useFilter } from '../filters/use-filter';
import { countyName } from '../format/counties';
import { percent } from '../format/numbers';
import { useText } from '../i18n/use-text';

export function HotlinePage() {
  const { t } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { filter } = useFilter();
  const overview = useQuery(trpc.analysis.overview.queryOptions(filter));
  if (overview.isError) return <LoadError error={overview.error} onRetry={() => void overview.refetch()} />;
  if (!overview.data) return <Card loading />;
  const { totals, byCategory, byRegion, byMonth, byDepartment } = overview.data;
  const drill = (selection: Record<string, string | undefined>) => navigate(ticketsHref(filter, selection));
  const departments = byDepartment.slice(0, 15);
  return (
    <Row gutter={[16, 16]} data-testid="hotline-dashboard" data-total={totals.tickets}>
      <Col span={24}>
        <Card size="small">
          <Row gutter={16}>
            <Col span={4}><Statistic title={t('kpi.tickets')} value={totals.tickets} data-testid="kpi-tickets" /></Col>
            <Col span={4}><Statistic title={t('kpi.completion')} value={percent(totals.completionRate)} /></Col>
            <Col span={4}><Statistic title={t('kpi.onTime')} value={percent(totals.onTimeRate)} /></Col>
            <Col span={4}><Statistic title={t('kpi.satisfaction')} value={percent(totals.satisfactionRate)} /></Col>
            <Col span={4}><Statistic title={t('kpi.overdue')} value={totals.overdue} /></Col>
            <Col span={4}><Statistic title={t('kpi.returned')} value={totals.returned} /></Col>
          </Row>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          testId="chart-region"
          title={t('chart.byRegion')}
          exportView="tickets.region"
          filter={filter}
          empty={byRegion.length === 0}
          option={{
            tooltip: { formatter: '{b}: {c}' },
            series: [
              {
                type: 'treemap',
                roam: false,
                nodeClick: false,
                breadcrumb: { show: false },
                label: { formatter: '{b}\n{c}' },
                data: byRegion.map((g) => ({ name: countyName(g.key), value: g.tickets, code: g.key })),
              },
            ],
          }}
          onClick={(e) => drill({ region: (e.data as { code?: string } | undefined)?.code })}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          testId="chart-category"
          title={t('chart.byCategory')}
          exportView="tickets.category"
          filter={filter}
          empty={byCategory.length === 0}
          option={{
            tooltip: { trigger: 'axis' },
            grid: { left: 90, right: 20, top: 10, bottom: 30 },
            xAxis: { type: 'value' },
            yAxis: { type: 'category', inverse: true, data: byCategory.map((g) => g.key) },
            series: [{ type: 'bar', name: t('series.tickets'), data: byCategory.map((g) => g.tickets) }],
          }}
          onClick={(e) => drill({ category: e.name })}
        />
      </Col>
      <Col span={24}>
        <ChartCard
          testId="chart-month"
          title={t('chart.byMonth')}
          exportView="tickets.month"
          filter={filter}
          empty={byMonth.length === 0}
          height={260}
          option={{
            tooltip: { trigger: 'axis' },
            legend: {},
            grid: { left: 50, right: 20, top: 40, bottom: 30 },
            xAxis: { type: 'category', data: byMonth.map((g) => g.key) },
            yAxis: { type: 'value' },
            series: [
              { type: 'line', name: t('series.tickets'), data: byMonth.map((g) => g.tickets) },
              { type: 'line', name: t('series.overdue'), data: byMonth.map((g) => g.overdue) },
              { type: 'line', name: t('series.unsatisfied'), data: byMonth.map((g) => g.unsatisfied) },
            ],
          }}
          onClick={(e) => drill({ month: e.name })}
        />
      </Col>
      <Col span={24}>
        <ChartCard
          testId="chart-department"
          title={t('chart.byDepartment')}
          exportView="departments"
          filter={filter}
          empty={departments.length === 0}
          height={Math.max(260, departments.length * 26)}
          option={{
            tooltip: { trigger: 'axis' },
            legend: {},
            grid: { left: 220, right: 20, top: 40, bottom: 30 },
            xAxis: { type: 'value' },
            yAxis: { type: 'category', inverse: true, data: departments.map((g) => g.key) },
            series: (['overdue', 'returned', 'unsatisfied'] as const).map((flag) => ({
              type: 'bar',
              stack: 'flags',
              name: t(`series.${flag}`),
              id: flag,
              data: departments.map((g) => g[flag]),
            })),
          }}
          onClick={(e) => {
            const flag = (['overdue', 'returned', 'unsatisfied'] as const).find((f) => t(`series.${f}`) === e.seriesName);
            drill({ department: e.name, flag });
          }}
        />
      </Col>
    </Row>
  );
}

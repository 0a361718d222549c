import { QuestionCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Button, Card, Col, Empty, Flex, Popover, Row, Statistic } from 'antd';
import { type CaseMetricsRow } from '../../api/types';
import { LoadError } from '../../components/load-error';
import { formatFen } from '../../format/amount';
import { formatRate } from '../../format/rate';
import { useText } from '../../i18n/use-text';
import { MetricsChart } from './metrics-chart';

const LOOP_RATES = ['completionRate', 'onTimeRate', 'satisfactionRate'] as const;
const FALSE_POSITIVE = ['falsePositiveRate'] as const;
const DEFINITIONS = ['assigned', 'concluded', 'completionRate', 'onTimeRate', 'overdue', 'satisfactionRate', 'funds', 'falsePositiveRate'] as const;

/** 统计: the loop's totals and its rates by department, model and month (definitions as in libs/casework/metrics.ts). */
export function DashboardPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const totals = useQuery(trpc.casework.metrics.queryOptions({ groupBy: 'none' }));
  const byDepartment = useQuery(trpc.casework.metrics.queryOptions({ groupBy: 'department' }));
  const byModel = useQuery(trpc.casework.metrics.queryOptions({ groupBy: 'model' }));
  const byMonth = useQuery(trpc.casework.metrics.queryOptions({ groupBy: 'month' }));

  const definitions = (
    <ul style={{ maxWidth: 480, paddingLeft: 18, margin: 0 }} data-testid="metric-definitions">
      {DEFINITIONS.map((key) => (
        <li key={key}>{t(`dashboard.def.${key}`)}</li>
      ))}
    </ul>
  );
  if (totals.isError) return <LoadError error={totals.error} onRetry={() => void totals.refetch()} />;
  const total: CaseMetricsRow | undefined = totals.data?.[0];
  const stat = (key: 'assigned' | 'concluded' | 'overdue' | 'concludedLate' | 'callbacks', value: number | undefined) => (
    <Col xs={12} md={6} lg={3} key={key}>
      <Statistic title={t(`metrics.${key}`)} value={value ?? 0} data-testid={`metric-${key}`} />
    </Col>
  );
  const rate = (key: 'completionRate' | 'onTimeRate' | 'satisfactionRate' | 'falsePositiveRate', value: number | null | undefined) => (
    <Col xs={12} md={6} lg={3} key={key}>
      <Statistic title={t(`metrics.${key}`)} value={formatRate(value)} data-testid={`metric-${key}`} />
    </Col>
  );
  return (
    <Flex vertical gap="middle" data-testid="dashboard">
      <Card
        title={t('dashboard.title')}
        extra={
          <Popover title={t('dashboard.definitions')} content={definitions} trigger="click">
            <Button icon={<QuestionCircleOutlined />} data-testid="metric-definitions-button">
              {t('dashboard.definitions')}
            </Button>
          </Popover>
        }
        loading={totals.isPending}
      >
        {total ? (
          <Row gutter={[16, 16]}>
            {stat('assigned', total.assigned)}
            {stat('concluded', total.concluded)}
            {stat('overdue', total.overdue)}
            {stat('callbacks', total.callbacks)}
            {rate('completionRate', total.completionRate)}
            {rate('onTimeRate', total.onTimeRate)}
            {rate('satisfactionRate', total.satisfactionRate)}
            <Col xs={12} md={6} lg={3}>
              <Statistic title={t('metrics.fundsRecovered')} value={formatFen(total.fundsRecovered)} data-testid="metric-fundsRecovered" />
            </Col>
          </Row>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('metrics.noData')} />
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.byDepartment')}>
            <MetricsChart query={byDepartment} kind="bar" rates={LOOP_RATES} testId="chart-department" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.byModel')}>
            <MetricsChart query={byModel} kind="bar" rates={LOOP_RATES} testId="chart-model" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.byMonth')}>
            <MetricsChart query={byMonth} kind="line" rates={LOOP_RATES} testId="chart-month" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.falsePositive')}>
            <MetricsChart query={byModel} kind="bar" rates={FALSE_POSITIVE} testId="chart-false-positive" />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('dashboard.funds')}>
            <MetricsChart query={byDepartment} kind="bar" funds testId="chart-funds" />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

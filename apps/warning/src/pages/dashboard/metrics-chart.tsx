import { type UseQueryResult } from '@tanstack/react-query';
import { Empty, Spin } from 'antd';
import { useMemo } from 'react';
import { type CaseMetricsRow } from '../../api/types';
import { EChart } from '../../components/echart';
import { LoadError } from '../../components/load-error';
import { useText } from '../../i18n/use-text';

type RateKey = 'completionRate' | 'onTimeRate' | 'satisfactionRate' | 'falsePositiveRate';
const NO_RATES: readonly RateKey[] = [];

/** Rates (as %) or funds recovered (in yuan) per group, as bars or lines. */
export function MetricsChart({
  query,
  kind,
  rates = NO_RATES,
  funds = false,
  testId,
}: {
  query: UseQueryResult<CaseMetricsRow[], unknown>;
  kind: 'bar' | 'line';
  rates?: readonly RateKey[];
  funds?: boolean;
  testId: string;
}) {
  const { t } = useText();
  const rows = useMemo(() => (query.data ?? []).filter((row) => row.group !== null || row.label !== null), [query.data]);
  const option = useMemo(() => {
    const categories = rows.map((row) => row.label ?? row.group ?? '—');
    const series = funds
      ? [{ name: t('metrics.fundsRecovered'), type: kind, data: rows.map((row) => row.fundsRecovered / 100) }]
      : rates.map((key) => ({ name: t(`metrics.${key}`), type: kind, data: rows.map((row) => (row[key] === null ? null : Math.round(row[key] * 1000) / 10)) }));
    return {
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (value === null || value === undefined ? '—' : funds ? `¥${String(value)}` : `${String(value)}%`) },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 4 ? 30 : 0 } },
      yAxis: funds ? { type: 'value' } : { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series,
    };
  }, [rows, rates, funds, kind, t]);
  if (query.isPending) return <Spin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('metrics.noData')} data-testid={testId} />;
  return (
    <div data-testid={testId} data-groups={rows.length}>
      <EChart option={option} />
    </div>
  );
}

// One chart: an ECharts canvas in a card, with PNG (the canvas itself) and XLSX (the same
// data rebuilt by the server) exports, and a click handler for the drill-down.
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Button, Card, Empty, Flex, Tooltip } from 'antd';
import { useEffect, useRef } from 'react';
import type { ExportView } from '../api/types';
import type { DashboardFilter } from '../filters/use-filter';
import { downloadBase64, downloadDataUrl } from '../format/download';
import { useText } from '../i18n/use-text';
import { type ChartOption, echarts } from './echarts';

export interface ChartClick {
  name: string;
  seriesName?: string;
  data?: unknown;
}

interface ChartCardProps {
  testId: string;
  title: string;
  option: ChartOption;
  empty?: boolean;
  height?: number;
  exportView: ExportView;
  filter: DashboardFilter;
  onClick?: (event: ChartClick) => void;
}

export function ChartCard({ testId, title, option, empty, height = 320, exportView, filter, onClick }: ChartCardProps) {
  const { t } = useText();
  const trpc = useTRPC();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const exportXlsx = useMutation(trpc.analysis.exportXlsx.mutationOptions({ onSuccess: (file) => downloadBase64(file) }));

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current);
    chart.current = instance;
    instance.on('click', (params) => clickRef.current?.({ name: String(params.name), seriesName: params.seriesName, data: params.data }));
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, [empty]);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option, empty]);

  const png = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) downloadDataUrl(url, `${exportView}.png`);
  };

  return (
    <Card
      title={title}
      size="small"
      data-testid={testId}
      extra={
        <Flex gap={4}>
          {onClick && <Tooltip title={t('chart.clickHint')}><span style={{ color: '#999', fontSize: 12 }}>{t('chart.clickHint')}</span></Tooltip>}
          <Button size="small" icon={<DownloadOutlined />} data-testid={`${testId}-png`} onClick={png} disabled={empty}>
            {t('chart.exportPng')}
          </Button>
          <Button size="small" icon={<DownloadOutlined />} data-testid={`${testId}-xlsx`} loading={exportXlsx.isPending} onClick={() => exportXlsx.mutate({ view: exportView, filter })}>
            {t('chart.exportXlsx')}
          </Button>
        </Flex>
      }
    >
      {empty ? <Empty description={t('common.none')} /> : <div ref={element} style={{ width: '100%', height }} data-testid={`${testId}-canvas`} />}
    </Card>
  );
}

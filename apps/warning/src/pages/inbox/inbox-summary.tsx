import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Card, Col, Empty, Flex, Row, Statistic, Tooltip, Typography } from 'antd';
import { type WarningModel } from '../../api/types';
import { LoadError } from '../../components/load-error';
import { SeverityTag } from '../../components/warning-tags';
import { formatFen } from '../../format/amount';
import { totalsByModel } from '../../format/summary';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

/** Open warnings and their amounts, overall and per model; a model's card filters the list below. */
export function InboxSummary({ models, selectedModel, onSelectModel }: { models: readonly WarningModel[] | undefined; selectedModel?: string; onSelectModel: (model?: string) => void }) {
  const { t, locale } = useText();
  const trpc = useTRPC();
  const summary = useQuery(trpc.warning.summary.queryOptions());
  if (summary.isError) return <LoadError error={summary.error} onRetry={() => void summary.refetch()} />;

  const perModel = totalsByModel(summary.data ?? []);
  const open = perModel.reduce((sum, m) => sum + m.open, 0);
  const openAmount = perModel.reduce((sum, m) => sum + m.openAmount, 0);
  const total = perModel.reduce((sum, m) => sum + m.total, 0);
  const modelOf = (code: string) => models?.find((m) => m.code === code);

  return (
    <Flex vertical gap="middle" data-testid="inbox-summary">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small" loading={summary.isPending}>
            <Tooltip title={t('summary.openHint')}>
              <Statistic title={t('summary.openTotal')} value={open} styles={{ content: { color: open ? '#cf1322' : undefined } }} />
            </Tooltip>
            <span data-testid="summary-open" data-value={open} hidden />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small" loading={summary.isPending}>
            <Statistic title={t('summary.openAmount')} value={openAmount} formatter={() => <span data-testid="summary-open-amount">{formatFen(openAmount)}</span>} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small" loading={summary.isPending}>
            <Statistic title={t('summary.allTotal')} value={total} />
          </Card>
        </Col>
      </Row>
      {!summary.isPending && perModel.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('summary.empty')} />}
      <Row gutter={[12, 12]}>
        {perModel.map((totals) => {
          const model = modelOf(totals.model);
          const selected = selectedModel === totals.model;
          return (
            <Col key={totals.model} xs={24} sm={12} lg={8} xl={6}>
              <Card
                size="small"
                hoverable
                onClick={() => onSelectModel(selected ? undefined : totals.model)}
                style={selected ? { borderColor: '#1677ff' } : undefined}
                data-testid={`summary-model-${totals.model}`}
                data-open={totals.open}
              >
                <Flex vertical gap={4}>
                  <Flex justify="space-between" gap="small">
                    <Typography.Text strong ellipsis title={model ? localized(model.name, locale) : totals.model}>
                      {model ? localized(model.name, locale) : totals.model}
                    </Typography.Text>
                    {model && <SeverityTag severity={model.severity} />}
                  </Flex>
                  <Flex justify="space-between">
                    <Typography.Text type={totals.open ? 'danger' : 'secondary'}>{t('summary.perModel', { count: totals.open })}</Typography.Text>
                    <Typography.Text>{formatFen(totals.openAmount)}</Typography.Text>
                  </Flex>
                </Flex>
              </Card>
            </Col>
          );
        })}
      </Row>
    </Flex>
  );
}

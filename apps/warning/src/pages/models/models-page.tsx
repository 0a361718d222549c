import { useSession } from '@zhijian/ui';
import { Card, Flex, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { type HTMLAttributes } from 'react';
import { type WarningModel } from '../../api/types';
import { useDatasets, useModels } from '../../api/use-catalogues';
import { LoadError } from '../../components/load-error';
import { SeverityTag } from '../../components/warning-tags';
import { labelOr, localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';
import { canEditModels, canRunModels } from '../../roles';
import { AddVersionButton } from './add-version-modal';
import { BacktestButton } from './backtest-modal';
import { EnabledSwitch } from './enabled-switch';
import { ModelHistory } from './model-history';
import { ParamsButton } from './params-modal';
import { RunButton } from './run-button';

/** 预警模型: every model with its switch, parameters, runs and versions; changes for admins, runs for supervisors too. */
export function ModelsPage() {
  const { t, locale } = useText();
  const me = useSession();
  const models = useModels();
  const datasets = useDatasets();
  const editable = canEditModels(me);
  const runnable = canRunModels(me);
  const datasetName = (code: string) => {
    const found = datasets.data?.find((d) => d.code === code);
    return found ? localized(found.name, locale) : code;
  };

  const columns: TableColumnsType<WarningModel> = [
    {
      key: 'name',
      title: t('models.name'),
      render: (_, m) => (
        <Flex vertical style={{ maxWidth: 320 }}>
          <Tooltip title={localized(m.description, locale)}>
            <Typography.Text strong>{localized(m.name, locale)}</Typography.Text>
          </Tooltip>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labelOr(t, `models.kind.${m.kind}`, m.kind)}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'code', title: t('models.code'), render: (_, m) => <Typography.Text code>{m.code}</Typography.Text> },
    { key: 'severity', title: t('models.severity'), render: (_, m) => <SeverityTag severity={m.severity} />, width: 70 },
    {
      key: 'datasets',
      title: t('models.datasets'),
      render: (_, m) => (
        <Flex wrap gap={4} style={{ maxWidth: 260 }}>
          {m.datasets.map((code) => (
            <Tooltip key={code} title={code}>
              <Tag>{datasetName(code)}</Tag>
            </Tooltip>
          ))}
        </Flex>
      ),
    },
    { key: 'version', title: t('models.version'), render: (_, m) => `v${m.version}`, width: 70 },
    {
      key: 'enabled',
      title: t('models.enabled'),
      render: (_, m) =>
        editable ? (
          <span onClick={(event) => event.stopPropagation()}>
            <EnabledSwitch model={m} />
          </span>
        ) : (
          <Tag color={m.enabled ? 'success' : 'default'} data-testid={`model-enabled-${m.code}`} data-enabled={m.enabled}>
            {t(m.enabled ? 'models.on' : 'models.off')}
          </Tag>
        ),
    },
    {
      key: 'params',
      title: t('models.params'),
      render: (_, m) =>
        m.params.length === 0 ? (
          <Typography.Text type="secondary">{t('models.noParams')}</Typography.Text>
        ) : (
          <Flex vertical data-testid={`model-param-values-${m.code}`}>
            {m.params.map((p) => (
              <span key={p.name} data-param={p.name} data-value={p.value}>
                {localized(p.label, locale)}：<Typography.Text strong>{p.value}</Typography.Text>
                {p.unit ? ` ${p.unit}` : ''}
              </span>
            ))}
          </Flex>
        ),
    },
  ];
  if (runnable) {
    columns.push({
      key: 'actions',
      title: t('models.actions'),
      // Kept in view: the table scrolls sideways on narrow screens.
      fixed: 'right',
      render: (_, m) => (
        // Buttons sit inside an expandable row: their clicks must not toggle it.
        <Space wrap onClick={(event) => event.stopPropagation()}>
          {editable && m.params.length > 0 && <ParamsButton model={m} />}
          <RunButton model={m} />
          <BacktestButton model={m} />
        </Space>
      ),
    });
  }

  return (
    <Card title={t('models.title')} extra={editable && models.data && <AddVersionButton models={models.data} />}>
      {models.isError ? (
        <LoadError error={models.error} onRetry={() => void models.refetch()} />
      ) : (
        <Table<WarningModel>
          size="middle"
          rowKey="code"
          loading={models.isPending}
          columns={columns}
          dataSource={models.data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowRender: (m) => <ModelHistory model={m} />, expandRowByClick: true }}
          onRow={(m) => ({ 'data-testid': `model-row-${m.code}`, style: { cursor: 'pointer' } }) as HTMLAttributes<HTMLElement>}
          data-testid="models-table"
        />
      )}
    </Card>
  );
}

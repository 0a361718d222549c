import { ExperimentOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { Alert, Button, Card, Col, DatePicker, type DatePickerProps, Flex, Form, Modal, Row, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { type BacktestResult, type WarningModel } from '../../api/types';
import { SubjectView } from '../../components/subject-view';
import { formatFen } from '../../format/amount';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';
import { currentParamValues, ParamInputs } from './param-inputs';
import { useRefreshModels } from './use-model-changes';

type Sample = BacktestResult['sample'][number];
// antd's day object (dayjs), without importing dayjs: the picker hands it over, we keep it.
type PickedDay = Exclude<NonNullable<DatePickerProps['value']>, readonly unknown[]>;

/** 回测 (admins, supervisors): the model as of a past date, perhaps with other parameters, against what the loop has judged. */
export function BacktestButton({ model }: { model: WarningModel }) {
  const { t, locale } = useText();
  const trpc = useTRPC();
  const refresh = useRefreshModels();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<{ value: PickedDay; asOf: string } | null>(null);
  const [form] = Form.useForm<Record<string, number>>();
  const backtest = useMutation(trpc.warning.models.backtest.mutationOptions({ onSuccess: refresh }));

  const submit = () =>
    void form.validateFields().then(
      (params) => picked && backtest.mutate({ code: model.code, asOf: picked.asOf, params }),
      () => undefined,
    );
  return (
    <>
      <Button
        size="small"
        icon={<ExperimentOutlined />}
        onClick={() => {
          backtest.reset();
          setPicked(null);
          setOpen(true);
        }}
        data-testid={`model-backtest-${model.code}`}
      >
        {t('models.backtest')}
      </Button>
      <Modal open={open} title={t('backtest.title', { name: localized(model.name, locale) })} width={900} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={currentParamValues(model.params)}>
          <Form.Item label={t('backtest.asOf')} extra={t('backtest.asOfHint')} required>
            <DatePicker
              value={picked?.value ?? null}
              placeholder={t('backtest.asOfPlaceholder')}
              onChange={(value, text) => setPicked(value && !Array.isArray(value) && typeof text === 'string' ? { value, asOf: text } : null)}
              data-testid="backtest-as-of"
            />
          </Form.Item>
          {model.params.length > 0 && (
            <>
              <Typography.Text type="secondary">{t('backtest.paramsHint')}</Typography.Text>
              <ParamInputs params={model.params} />
            </>
          )}
          <Button type="primary" icon={<ExperimentOutlined />} disabled={!picked} loading={backtest.isPending} onClick={submit} data-testid="backtest-submit">
            {t('backtest.submit')}
          </Button>
        </Form>
        {backtest.isError && (
          <Alert style={{ marginTop: 16 }} type="error" showIcon title={t('backtest.failed', { reason: serverErrorMessage(backtest.error, t('common.unreachable')) })} />
        )}
        {backtest.data && <BacktestFigures result={backtest.data} />}
      </Modal>
    </>
  );
}

function BacktestFigures({ result }: { result: BacktestResult }) {
  const { t } = useText();
  const figures = [
    { key: 'hits', title: t('backtest.hits'), value: String(result.hits) },
    { key: 'amount', title: t('backtest.amount'), value: formatFen(result.amount) },
    { key: 'confirmed', title: t('backtest.confirmed'), value: String(result.previouslyConfirmed) },
    { key: 'dismissed', title: t('backtest.dismissed'), value: String(result.previouslyDismissed) },
    { key: 'unjudged', title: t('backtest.unjudged'), value: String(result.unjudged) },
    { key: 'precision', title: t('backtest.precision'), value: result.precision === null ? t('backtest.precisionNone') : `${(result.precision * 100).toFixed(1)}%` },
  ];
  const params = Object.entries(result.params).map(([name, value]) => `${name}=${value}`).join(', ') || '—';
  return (
    <Flex vertical gap="middle" style={{ marginTop: 16 }} data-testid="backtest-result" data-hits={result.hits}>
      <Row gutter={[12, 12]}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={4}>
            <Card size="small">
              <Statistic title={f.title} value={f.value} formatter={() => <span data-testid={`backtest-${f.key}`}>{f.value}</span>} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">{t('backtest.duration', { ms: result.durationMs, params })}</Typography.Text>
      <Table<Sample>
        size="small"
        title={() => t('backtest.sample')}
        rowKey={(s) => `${s.subjectType}|${s.subjectKey}`}
        dataSource={result.sample}
        pagination={result.sample.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { key: 'subject', title: t('inbox.subject'), render: (_, s) => <SubjectView subject={{ type: s.subjectType, key: s.subjectKey, name: s.subjectName }} /> },
          { key: 'amount', title: t('inbox.amount'), align: 'right', render: (_, s) => formatFen(s.amount) },
          { key: 'evidence', title: t('backtest.evidenceRecords'), align: 'right', dataIndex: 'evidenceRecords' },
        ]}
      />
    </Flex>
  );
}

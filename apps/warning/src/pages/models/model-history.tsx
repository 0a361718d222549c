import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Col, Row, Table, Tag, Tooltip, Typography } from 'antd';
import { type ModelRun, type ModelVersion, type WarningModel } from '../../api/types';
import { LoadError } from '../../components/load-error';
import { formatDateTime } from '../../format/date-time';
import { labelOr } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

const RUN_STATUS_COLORS: Record<string, string> = { running: 'processing', succeeded: 'success', failed: 'error' };

/** A model's recent runs (what each compared and raised) and its stored versions. */
export function ModelHistory({ model }: { model: WarningModel }) {
  const { t } = useText();
  const trpc = useTRPC();
  const runs = useQuery(trpc.warning.models.runs.queryOptions({ code: model.code, limit: 20 }));
  const versions = useQuery(trpc.warning.models.versions.queryOptions({ code: model.code }));
  return (
    <Row gutter={[16, 16]} data-testid={`model-history-${model.code}`}>
      <Col xs={24} xl={16}>
        <Typography.Title level={5}>{t('history.runs')}</Typography.Title>
        {runs.isError ? (
          <LoadError error={runs.error} onRetry={() => void runs.refetch()} />
        ) : (
          <Table<ModelRun>
            size="small"
            rowKey="id"
            loading={runs.isPending}
            dataSource={runs.data}
            pagination={false}
            locale={{ emptyText: t('history.noRuns') }}
            columns={[
              { key: 'startedAt', title: t('history.startedAt'), render: (_, r) => formatDateTime(r.startedAt), width: 150 },
              { key: 'trigger', title: t('history.trigger'), render: (_, r) => labelOr(t, `trigger.${r.trigger}`, r.trigger) },
              { key: 'asOf', title: t('history.asOf'), dataIndex: 'asOf' },
              { key: 'version', title: t('history.version'), render: (_, r) => `v${r.version}` },
              {
                key: 'status',
                title: t('history.status'),
                render: (_, r) => (
                  <Tooltip title={r.error}>
                    <Tag color={RUN_STATUS_COLORS[r.status]}>{labelOr(t, `runStatus.${r.status}`, r.status)}</Tag>
                  </Tooltip>
                ),
              },
              { key: 'hits', title: t('history.hits'), align: 'right', render: (_, r) => r.hits ?? '—' },
              { key: 'new', title: t('history.newWarnings'), align: 'right', render: (_, r) => r.newWarnings ?? '—' },
              { key: 'updated', title: t('history.updatedWarnings'), align: 'right', render: (_, r) => r.updatedWarnings ?? '—' },
              { key: 'duration', title: t('history.duration'), align: 'right', render: (_, r) => (r.durationMs === null ? '—' : `${r.durationMs} ms`) },
            ]}
          />
        )}
      </Col>
      <Col xs={24} xl={8}>
        <Typography.Title level={5}>{t('history.versions')}</Typography.Title>
        {versions.isError ? (
          <LoadError error={versions.error} onRetry={() => void versions.refetch()} />
        ) : (
          <Table<ModelVersion>
            size="small"
            rowKey="version"
            loading={versions.isPending}
            dataSource={versions.data}
            pagination={false}
            columns={[
              {
                key: 'version',
                title: t('history.version'),
                render: (_, v) => (
                  <>
                    v{v.version} {v.version === model.version && <Tag color="blue">{t('history.current')}</Tag>}
                  </>
                ),
              },
              { key: 'note', title: t('history.note'), render: (_, v) => v.note ?? '' },
              { key: 'createdAt', title: t('history.createdAt'), render: (_, v) => formatDateTime(v.createdAt), width: 150 },
            ]}
          />
        )}
      </Col>
    </Row>
  );
}

import { Alert, Button, Empty, Flex, Form, Select, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSession, useTRPC } from '@zhijian/ui';
import { type Dispatch } from 'react';
import { Link } from 'react-router-dom';
import { useDatasets } from '../../api/use-datasets';
import { LoadError } from '../../components/load-error';
import { findDataset } from '../../format/dataset-labels';
import { localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';
import { isAdmin } from '../../roles';
import { deliverableDatasets, responsibleDepartments } from './deliverable-datasets';
import { type DeliverAction, type DeliverState, readyToPreview } from './deliver-state';
import { UploadBox } from './upload-box';

/** Step ①: which dataset (and, for an admin, which department) and which file. */
export function ChooseStep({ state, dispatch, onFile }: { state: DeliverState; dispatch: Dispatch<DeliverAction>; onFile: (file: File) => void }) {
  const { t, locale } = useText();
  const me = useSession();
  const admin = isAdmin(me);
  const trpc = useTRPC();
  const datasets = useDatasets();
  const responsibilities = useQuery(trpc.feeds.responsibilities.queryOptions());

  if (datasets.isPending || responsibilities.isPending) return <Spin />;
  if (datasets.isError) return <LoadError error={datasets.error} onRetry={() => void datasets.refetch()} />;
  if (responsibilities.isError) return <LoadError error={responsibilities.error} onRetry={() => void responsibilities.refetch()} />;

  const choices = deliverableDatasets(datasets.data, responsibilities.data, { admin, departmentCode: me.department.code });
  if (choices.length === 0) return <Empty description={t('deliver.noResponsibilities')} />;

  const departments = state.datasetCode ? responsibleDepartments(responsibilities.data, state.datasetCode, me.department.code) : [];
  const chosen = state.datasetCode ? findDataset(datasets.data, state.datasetCode) : undefined;
  const requiredFields = chosen?.fields.filter((field) => field.required) ?? [];

  return (
    <Form layout="vertical" style={{ maxWidth: 720 }}>
      <Form.Item label={t('deliver.dataset')} required>
        <Select
          data-testid="deliver-dataset"
          value={state.datasetCode}
          placeholder={t('deliver.datasetPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          options={choices.map((dataset) => ({ value: dataset.code, label: `${localized(dataset.name, locale)} (${dataset.code})` }))}
          onChange={(datasetCode: string) =>
            dispatch({
              type: 'chooseDataset',
              datasetCode,
              departmentCode: admin ? responsibleDepartments(responsibilities.data, datasetCode, me.department.code)[0]?.code : undefined,
            })
          }
        />
      </Form.Item>
      {chosen && (
        <Form.Item>
          <Flex wrap gap={4} align="center">
            <Typography.Text type="secondary">{t('deliver.requiredFields')}</Typography.Text>
            {requiredFields.map((field) => (
              <Tag key={field.name}>{localized(field.label, locale)}</Tag>
            ))}
          </Flex>
        </Form.Item>
      )}
      {admin && state.datasetCode && (
        <Form.Item label={t('deliver.department')} required>
          {departments.length === 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('deliver.noResponsibleDepartment')}
              action={<Link to="/responsibilities">{t('nav.responsibilities')}</Link>}
            />
          ) : (
            <Select
              data-testid="deliver-department"
              value={state.departmentCode}
              options={departments.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
              onChange={(departmentCode: string) => dispatch({ type: 'chooseDepartment', departmentCode })}
            />
          )}
        </Form.Item>
      )}
      <Form.Item label={t('deliver.file')} required>
        <UploadBox upload={state.upload} onFile={onFile} />
      </Form.Item>
      <Button type="primary" disabled={!readyToPreview(state)} onClick={() => dispatch({ type: 'showPreview' })} data-testid="deliver-next">
        {t('deliver.next')}
      </Button>
    </Form>
  );
}

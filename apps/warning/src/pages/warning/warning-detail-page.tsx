import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { TRPCClientError } from '@trpc/client';
import { Card, Flex, Result, Spin } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useDatasets, useModels } from '../../api/use-catalogues';
import { LoadError } from '../../components/load-error';
import { useText } from '../../i18n/use-text';
import { DisposalCard } from './disposal-card';
import { EvidenceTables } from './evidence-tables';
import { WarningHeader } from './warning-header';

/** One warning: the header, the evidence with its lineage, and its disposal in the closed loop. */
export function WarningDetailPage() {
  const { warningId = '' } = useParams();
  const { t } = useText();
  const trpc = useTRPC();
  const models = useModels();
  const datasets = useDatasets();
  const warning = useQuery(trpc.warning.get.queryOptions({ id: warningId }, { retry: false }));

  const back = (
    <Link to="/" data-testid="warning-back">
      <ArrowLeftOutlined /> {t('warning.back')}
    </Link>
  );
  if (warning.isPending) return <Spin />;
  if (warning.isError) {
    const notFound = warning.error instanceof TRPCClientError && (warning.error.data?.code === 'NOT_FOUND' || warning.error.data?.code === 'BAD_REQUEST');
    if (!notFound) return <LoadError error={warning.error} onRetry={() => void warning.refetch()} />;
    return (
      <div data-testid="warning-not-found">
        <Result status="404" title={t('warning.notFound')} extra={back} />
      </div>
    );
  }

  const data = warning.data;
  return (
    <Flex vertical gap="middle" data-testid="warning-detail" data-warning-id={data.id}>
      {back}
      <Card>
        <WarningHeader warning={data} model={models.data?.find((m) => m.code === data.model)} />
      </Card>
      <Card title={t('warning.evidenceTitle')} data-testid="warning-evidence">
        <EvidenceTables evidence={data.evidence} datasets={datasets.data} />
      </Card>
      <DisposalCard warning={data} />
    </Flex>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@zhijian/ui';
import { Card, Col, Flex, Result, Row, Spin } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { LoadError } from '../../components/load-error';
import { useText } from '../../i18n/use-text';
import { ActionButtons } from './action-buttons';
import { CallbackForm } from './callback-form';
import { CaseAttachments } from './case-attachments';
import { CaseComments } from './case-comments';
import { CaseHeader } from './case-header';
import { CaseTimeline } from './case-timeline';

/** One case: who must do what by when, the actions open to this user, its files, talk and history. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t } = useText();
  const trpc = useTRPC();
  const found = useQuery(trpc.casework.get.queryOptions({ id: caseId }, { retry: false }));

  const back = (
    <Link to="/cases" data-testid="case-back">
      <ArrowLeftOutlined /> {t('case.back')}
    </Link>
  );
  if (found.isPending) return <Spin />;
  if (found.isError) {
    const code = found.error instanceof TRPCClientError ? found.error.data?.code : undefined;
    if (code !== 'NOT_FOUND' && code !== 'BAD_REQUEST') return <LoadError error={found.error} onRetry={() => void found.refetch()} />;
    return (
      <div data-testid="case-not-found">
        <Result status="404" title={t('case.notFound')} extra={back} />
      </div>
    );
  }
  const item = found.data;
  return (
    <Flex vertical gap="middle" data-testid="case-detail" data-case-id={item.id} data-status={item.status}>
      {back}
      <Card>
        <CaseHeader item={item} />
      </Card>
      <Card title={t('case.actions')}>
        <ActionButtons item={item} />
      </Card>
      {item.canCallBack && <CallbackForm caseId={item.id} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Flex vertical gap="middle">
            <CaseAttachments item={item} />
            <CaseComments item={item} />
          </Flex>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('case.timeline')}>
            <CaseTimeline events={item.events} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

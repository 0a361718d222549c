import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { serverErrorMessage, useSession, useTRPC } from '@zhijian/ui';
import { App, Button, Card, Flex, Form, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { type WarningDetail } from '../../api/types';
import { useDepartments } from '../../api/use-departments';
import { CaseStatusTag, OverdueTag } from '../../components/case-tags';
import { LoadError } from '../../components/load-error';
import { PushFields, type PushValues } from '../../components/push-fields';
import { defaultDueDate, dueAtFromDate } from '../../format/case-status';
import { formatDateTime } from '../../format/date-time';
import { downloadBase64 } from '../../format/download';
import { useText } from '../../i18n/use-text';
import { isSupervisor } from '../../roles';

/**
 * 处置: the warning's case, if it has one (its status and a link), else — for a supervisor —
 * 推送 to the responsible department with a deadline; and the evidence dossier for everyone.
 */
export function DisposalCard({ warning }: { warning: WarningDetail }) {
  const { t } = useText();
  const me = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const fail = (key: 'disposal.pushFailed' | 'disposal.dossierFailed') => (error: unknown) =>
    void message.error(t(key, { reason: serverErrorMessage(error, t('common.unreachable')) }));
  // The API has no "case of a warning" lookup: cases are searched by the subject's key, then
  // matched on the warning id (a handler's search only ever returns their own department's).
  const cases = useQuery(trpc.casework.list.queryOptions({ search: warning.subject.key, pageSize: 200 }));
  const found = cases.data?.items.find((c) => c.warningId === warning.id);
  const departments = useDepartments([warning.department]);
  const [form] = Form.useForm<PushValues>();

  const open = useMutation(trpc.casework.open.mutationOptions());
  const act = useMutation(trpc.casework.act.mutationOptions());
  const dossier = useMutation({
    mutationFn: () => queryClient.fetchQuery(trpc.warning.dossier.queryOptions({ id: warning.id }, { staleTime: 0 })),
    onSuccess: (file) => downloadBase64(file),
    onError: fail('disposal.dossierFailed'),
  });
  const push = useMutation({
    mutationFn: async (values: PushValues) => {
      const opened = await open.mutateAsync({ source: 'warning', warningId: warning.id });
      await act.mutateAsync({ id: opened.id, action: 'push', departmentCode: values.departmentCode, dueAt: dueAtFromDate(values.dueDate) });
      return opened;
    },
    onSuccess: (opened) => {
      void message.success(t('disposal.pushed', { caseNo: opened.caseNo }));
      void queryClient.invalidateQueries(trpc.casework.pathFilter());
      void queryClient.invalidateQueries(trpc.warning.pathFilter());
    },
    onError: fail('disposal.pushFailed'),
  });

  const dossierButton = (
    <Button icon={<DownloadOutlined />} loading={dossier.isPending} onClick={() => dossier.mutate()} data-testid="warning-dossier">
      {t('disposal.dossier')}
    </Button>
  );
  const body = () => {
    if (cases.isPending) return null;
    if (cases.isError) return <LoadError error={cases.error} onRetry={() => void cases.refetch()} />;
    // A case still in 待推送 (opened, or returned by the department) is pushed from its own page.
    if (found) {
      return (
        <Flex gap="small" align="center" wrap data-testid="disposal-case" data-case-id={found.id}>
          <Typography.Text strong>{t('disposal.caseStatus', { caseNo: found.caseNo })}</Typography.Text>
          <CaseStatusTag status={found.status} />
          {found.overdue && <OverdueTag />}
          {found.departmentName && <Typography.Text>{found.departmentName}</Typography.Text>}
          {found.dueAt && <Typography.Text type="secondary">{`${t('case.dueAt')} ${formatDateTime(found.dueAt)}`}</Typography.Text>}
          <Link to={`/cases/${found.id}`} data-testid="disposal-open-case">
            {t('disposal.openCase')}
          </Link>
        </Flex>
      );
    }
    if (!isSupervisor(me)) return <Typography.Text type="secondary">{t('disposal.noCaseHandler')}</Typography.Text>;
    return (
      <Form
        form={form}
        layout="inline"
        initialValues={{ departmentCode: warning.department?.code, dueDate: defaultDueDate('warning') }}
        onFinish={(values) => push.mutate(values)}
        data-testid="disposal-push-form"
      >
        <Typography.Text type="secondary" style={{ width: '100%', marginBottom: 8 }}>
          {t('disposal.noCase')}
        </Typography.Text>
        <PushFields departments={departments} />
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={push.isPending} data-testid="disposal-push">
            {t('disposal.push')}
          </Button>
        </Form.Item>
      </Form>
    );
  };
  return (
    <Card title={t('warning.disposalTitle')} extra={dossierButton} data-testid="warning-disposal">
      {body()}
    </Card>
  );
}

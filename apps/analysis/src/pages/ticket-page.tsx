// One ticket as delivered, where it came from, and the way into the query system: the
// caller's profile when name matching linked a person, else a search for the caller.
import { useQuery } from '@tanstack/react-query';
import { appHref, useTRPC } from '@zhijian/ui';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { LoadError } from '../components';
import { countyName } from '../format/counties';
import { dateTime } from '../format/numbers';
import { useText } from '../i18n/use-text';

export function TicketPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const recordId = Number(useParams().recordId);
  const ticket = useQuery(trpc.analysis.ticket.queryOptions({ recordId }));
  if (ticket.isError) return <LoadError error={ticket.error} onRetry={() => void ticket.refetch()} />;
  if (!ticket.data) return <Card loading />;
  const d = ticket.data;
  const callerName = typeof d.attrs.caller_name === 'string' ? d.attrs.caller_name : null;
  const searchText = d.callerPhone && !d.callerPhone.includes('*') ? d.callerPhone : callerName;
  return (
    <Card
      title={`${t('ticket.title')} ${d.ticketNo}`}
      data-testid="ticket-detail"
      data-ticket-no={d.ticketNo}
      extra={
        <Flex gap="small">
          {d.callerSubjectId !== null ? (
            <Button type="primary" href={`${appHref('query')}subjects/person/${d.callerSubjectId}`} data-testid="ticket-caller-profile">
              {t('ticket.callerProfile')}
            </Button>
          ) : (
            searchText && (
              <Button type="primary" href={`${appHref('query')}?q=${encodeURIComponent(searchText)}`} data-testid="ticket-caller-search">
                {t('ticket.searchCaller')}
              </Button>
            )
          )}
          <Button onClick={() => navigate(-1)}>{t('tickets.back')}</Button>
        </Flex>
      }
    >
      <Descriptions column={2} size="small" bordered>
        <Descriptions.Item label={t('col.received')}>{dateTime(d.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('col.region')}>{countyName(d.regionCode)}</Descriptions.Item>
        <Descriptions.Item label={t('col.category')}>{[d.category, d.subcategory].filter(Boolean).join(' / ')}</Descriptions.Item>
        <Descriptions.Item label={t('col.department')}>{d.department}</Descriptions.Item>
        <Descriptions.Item label={t('col.phone')}>{d.callerPhone}</Descriptions.Item>
        <Descriptions.Item label={t('col.address')}>{d.address}</Descriptions.Item>
        <Descriptions.Item label={t('col.content')} span={2}>{d.content}</Descriptions.Item>
        <Descriptions.Item label={t('col.status')}>{d.status}</Descriptions.Item>
        <Descriptions.Item label={t('col.flags')}>
          {[d.overdue && t('flag.overdue'), d.returnedCount > 0 && t('flag.returned'), d.satisfaction === 'unsatisfied' && t('flag.unsatisfied')].filter(Boolean).join('、') || '—'}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('ticket.lineage', { batch: d.batchId, row: d.rowNumber })}
      </Typography.Paragraph>
    </Card>
  );
}

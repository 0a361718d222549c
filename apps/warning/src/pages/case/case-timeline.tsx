import { Timeline, Typography } from 'antd';
import { type CaseEvent } from '../../api/types';
import { formatFen } from '../../format/amount';
import { formatDateTime } from '../../format/date-time';
import { labelOr } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

const COLORS: Record<string, string> = { transition: 'blue', comment: 'gray', attachment: 'gray', callback: 'green', reminder: 'orange', escalation: 'red' };

/** Every event in order: who, when, what (with the status change), and why. */
export function CaseTimeline({ events }: { events: readonly CaseEvent[] }) {
  const { t } = useText();
  const status = (code: string | null) => (code ? labelOr(t, `caseStatus.${code}`, code) : '');
  const extra = (event: CaseEvent) => {
    const detail = event.detail as { departmentCode?: string; dueAt?: string; fundsRecovered?: number; fileName?: string; satisfaction?: string };
    const parts: string[] = [];
    if (detail.departmentCode) parts.push(detail.departmentCode);
    if (event.action === 'push' && detail.dueAt) parts.push(`${t('case.dueAt')} ${formatDateTime(detail.dueAt)}`);
    if (event.action === 'rectified' && typeof detail.fundsRecovered === 'number') parts.push(`${t('case.funds')} ${formatFen(detail.fundsRecovered)}`);
    if (detail.fileName) parts.push(detail.fileName);
    if (detail.satisfaction) parts.push(labelOr(t, `satisfaction.${detail.satisfaction}`, detail.satisfaction));
    return parts.join(' · ');
  };
  return (
    <div data-testid="case-timeline">
      <Timeline
        items={events.map((event) => ({
          key: event.id,
          color: COLORS[event.type] ?? 'blue',
          content: (
            <div data-testid="timeline-item" data-action={event.action ?? event.type}>
              <Typography.Text strong>{labelOr(t, `action.${event.action ?? event.type}`, event.action ?? event.type)}</Typography.Text>
              {event.toStatus && event.type === 'transition' && (
                <Typography.Text type="secondary"> {event.fromStatus ? t('case.timelineStatus', { from: status(event.fromStatus), to: status(event.toStatus) }) : status(event.toStatus)}</Typography.Text>
              )}
              <div>
                <Typography.Text type="secondary">
                  {event.actor === 'system' ? t('case.timelineSystem') : event.actor} · {formatDateTime(event.at)}
                </Typography.Text>
              </div>
              {extra(event) && <div>{extra(event)}</div>}
              {event.reason && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{event.reason}</Typography.Paragraph>}
            </div>
          ),
        }))}
      />
    </div>
  );
}

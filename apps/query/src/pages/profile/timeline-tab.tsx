import { Empty, Timeline } from 'antd';
import type { SubjectProfile } from '../../api-types';
import { relationLabel } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';

/** Starts and ends of records and relations, newest first. */
export function TimelineTab({ profile }: { profile: SubjectProfile }) {
  const { t } = useText();
  if (profile.timeline.length === 0) return <Empty description={t('profile.noData')} />;
  return (
    <Timeline
      items={profile.timeline.map((event) => {
        const label = event.kind.startsWith('relation') ? relationLabel(t, event.label) : event.label || event.datasetCode;
        const text = event.kind.endsWith('start') ? t('profile.timelineStart', { label }) : t('profile.timelineEnd', { label });
        return {
          key: `${event.kind}-${event.refId}`,
          color: event.kind.endsWith('start') ? 'green' : 'gray',
          title: event.date,
          content: `${text}${event.other ? ` · ${event.other.name ?? event.other.key}` : ''} (${event.datasetCode})`,
        };
      })}
    />
  );
}

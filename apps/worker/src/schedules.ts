import { type Queues } from '@zhijian/jobs';

/** Repeatable jobs; upserting by id keeps one schedule however many workers start. */
export async function scheduleRecurringJobs(queues: Queues): Promise<void> {
  await queues.get('system').upsertJobScheduler(
    'responsibility-overdue-daily',
    { pattern: '0 30 0 * * *', tz: 'Asia/Shanghai' },
    { name: 'responsibility.check_overdue', data: {} },
  );
  // Every enabled model once a night, besides the runs each delivery triggers.
  await queues.get('warning').upsertJobScheduler(
    'warning-models-nightly',
    { pattern: '0 0 2 * * *', tz: 'Asia/Shanghai' },
    { name: 'warning.run', data: { trigger: 'schedule' } },
  );
  await queues.get('system').upsertJobScheduler(
    'case-deadlines-daily',
    { pattern: '0 0 8 * * *', tz: 'Asia/Shanghai' },
    { name: 'casework.check_deadlines', data: {} },
  );
  await queues.get('system').upsertJobScheduler('webhooks-every-minute', { every: 60_000 }, { name: 'casework.deliver_webhooks', data: {} });
}

import { type Queues } from '@zhijian/jobs';

/** Repeatable jobs; upserting by id keeps one schedule however many workers start. */
export async function scheduleRecurringJobs(queues: Queues): Promise<void> {
  await queues.get('system').upsertJobScheduler(
    'responsibility-overdue-daily',
    { pattern: '0 30 0 * * *', tz: 'Asia/Shanghai' },
    { name: 'responsibility.check_overdue', data: {} },
  );
}

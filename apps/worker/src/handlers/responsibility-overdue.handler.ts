import { appendAudit } from '@zhijian/auth';
import { listResponsibilities } from '@zhijian/ingest';
import type { JobHandler } from './types';

/**
 * Daily: finds deliveries of the data-responsibility list that are past due and records
 * each in the audit log (the console shows them in red from the same computation).
 */
export const checkOverdueResponsibilities: JobHandler<'responsibility.check_overdue'> = async ({ asOf }, ctx) => {
  const when = asOf ? new Date(`${asOf}T23:59:59+08:00`) : new Date();
  const overdue = (await listResponsibilities(ctx.db, { asOf: when })).filter((r) => r.overdue);
  for (const item of overdue) {
    await appendAudit(ctx.db, {
      action: 'responsibility.overdue',
      actorUsername: 'system',
      target: `${item.departmentCode}/${item.datasetCode}`,
      detail: { nextDueDate: item.nextDueDate, lastDeliveryAt: item.lastDeliveryAt },
    });
  }
  ctx.log.info({ overdue: overdue.length }, 'overdue responsibilities checked');
  return { overdue: overdue.map((item) => ({ department: item.departmentCode, dataset: item.datasetCode, due: item.nextDueDate })) };
};

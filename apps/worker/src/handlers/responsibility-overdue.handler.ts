import { appendAudit, notifyDepartmentRoles } from '@zhijian/auth';
import { departmentByCode, listResponsibilities } from '@zhijian/ingest';
import { overdueNotice } from './overdue-notice';
import type { JobHandler } from './types';

/**
 * Daily: finds deliveries of the data-responsibility list that are past due, records each
 * in the audit log (the console shows them in red from the same computation) and tells
 * the department's stewards in the app — once per responsibility and due date.
 */
export const checkOverdueResponsibilities: JobHandler<'responsibility.check_overdue'> = async ({ asOf }, ctx) => {
  const when = asOf ? new Date(`${asOf}T23:59:59+08:00`) : new Date();
  const overdue = (await listResponsibilities(ctx.db, { asOf: when })).filter((r) => r.overdue);
  let notified = 0;
  for (const item of overdue) {
    await appendAudit(ctx.db, {
      action: 'responsibility.overdue',
      actorUsername: 'system',
      target: `${item.departmentCode}/${item.datasetCode}`,
      detail: { nextDueDate: item.nextDueDate, lastDeliveryAt: item.lastDeliveryAt },
    });
    const department = await departmentByCode(ctx.db, item.departmentCode);
    notified += await notifyDepartmentRoles(ctx.db, { ...overdueNotice(item), departmentId: department.id, roles: ['steward'] });
  }
  ctx.log.info({ overdue: overdue.length, notified }, 'overdue responsibilities checked');
  return { overdue: overdue.map((item) => ({ department: item.departmentCode, dataset: item.datasetCode, due: item.nextDueDate })), notified };
};

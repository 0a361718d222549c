import type { NewNotification } from '@zhijian/auth';
import { builtInDataset } from '@zhijian/catalog';
import type { ResponsibilityStatus } from '@zhijian/ingest';

/**
 * The notification a department's stewards get for an overdue delivery: keyed by the
 * responsibility and the due date missed, so the daily job tells them once per due date.
 */
export function overdueNotice(item: ResponsibilityStatus): NewNotification {
  const name = builtInDataset(item.datasetCode)?.name ?? { zh: item.datasetCode, en: item.datasetCode };
  return {
    kind: 'responsibility.overdue',
    title: `数据逾期未交付：${name.zh} / Delivery overdue: ${name.en}`,
    body:
      `${item.departmentName}应于 ${item.nextDueDate} 前交付「${name.zh}」（${item.datasetCode}），至今未收到。` +
      ` / ${name.en} (${item.datasetCode}) was due by ${item.nextDueDate} and has not been delivered.`,
    link: '/library/responsibilities',
    dedupeKey: `responsibility.overdue:${item.id}:${item.nextDueDate}`,
  };
}

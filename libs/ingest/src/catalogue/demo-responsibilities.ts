// The demo city's data-responsibility list (数据提供责任清单), seeded by `npm start`.
import type { Db, Frequency } from '@zhijian/db';
import { addResponsibility, listResponsibilities } from './responsibilities';

export const DEMO_RESPONSIBILITIES: Array<{ departmentCode: string; datasetCode: string; frequency: Frequency; dueDay?: number }> = [
  { departmentCode: 'police', datasetCode: 'population.person', frequency: 'monthly', dueDay: 5 },
  { departmentCode: 'police', datasetCode: 'population.family', frequency: 'monthly', dueDay: 5 },
  { departmentCode: 'civil', datasetCode: 'civil.death', frequency: 'monthly', dueDay: 10 },
  { departmentCode: 'civil', datasetCode: 'civil.subsistence_allowance', frequency: 'monthly', dueDay: 10 },
  { departmentCode: 'hr', datasetCode: 'hr.public_official', frequency: 'quarterly', dueDay: 15 },
  { departmentCode: 'realestate', datasetCode: 'realestate.property', frequency: 'monthly', dueDay: 10 },
  { departmentCode: 'vehicle', datasetCode: 'vehicle.registration', frequency: 'monthly', dueDay: 10 },
  { departmentCode: 'market', datasetCode: 'market.enterprise', frequency: 'monthly', dueDay: 10 },
  { departmentCode: 'market', datasetCode: 'market.shareholder', frequency: 'monthly', dueDay: 10 },
  { departmentCode: 'housing', datasetCode: 'housing.rental_application', frequency: 'monthly', dueDay: 10 },
  { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly', dueDay: 10 },
  { departmentCode: 'traffic', datasetCode: 'traffic.dui_case', frequency: 'daily' },
  { departmentCode: 'trading', datasetCode: 'procurement.bid', frequency: 'weekly', dueDay: 1 },
  { departmentCode: 'hotline', datasetCode: 'hotline.ticket', frequency: 'daily' },
];

/** Adds the demo responsibilities that are missing; ones an admin has changed stay as they are. */
export async function ensureDemoResponsibilities(db: Db): Promise<void> {
  const existing = new Set((await listResponsibilities(db)).map((r) => `${r.departmentCode}/${r.datasetCode}`));
  for (const item of DEMO_RESPONSIBILITIES) {
    if (!existing.has(`${item.departmentCode}/${item.datasetCode}`)) await addResponsibility(db, item);
  }
}

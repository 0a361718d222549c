// The library both warning-app browser tests start from: the commission and three partner
// departments, their users, the catalogue, two responsibilities and the built-in models.
import { ensureDepartments, ensureUser } from '@zhijian/auth';
import type { Role } from '@zhijian/db';
import { addResponsibility, registerBuiltInDatasets } from '@zhijian/ingest';
import type { TestDatabase } from '@zhijian/testing';
import { registerBuiltInModels } from '@zhijian/warning';

export interface ScenarioUser {
  username: string;
  displayName: string;
  departmentCode: string;
  roles: Role[];
}

export async function prepareWarningLibrary(database: TestDatabase, users: ScenarioUser[], password: string): Promise<void> {
  await ensureDepartments(database.db, [
    { code: 'jw', name: '市纪委监委' },
    { code: 'housing', name: '市住房保障服务中心' },
    { code: 'realestate', name: '市不动产登记中心' },
    { code: 'civil', name: '市民政局' },
  ]);
  for (const user of users) await ensureUser(database.db, user, password);
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly', dueDay: 10 });
  await addResponsibility(database.db, { departmentCode: 'civil', datasetCode: 'civil.subsistence_allowance', frequency: 'monthly', dueDay: 10 });
  await registerBuiltInModels(database.db);
}

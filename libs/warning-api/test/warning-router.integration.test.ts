import { createCallerFactory, createContextInner, createSession, ensureDepartments, ensureUser, resolveSession } from '@zhijian/auth';
import { insertSubjects, schema } from '@zhijian/db';
import { addResponsibility, registerBuiltInDatasets } from '@zhijian/ingest';
import { createQueues, createRedisConnection, type Queues, type RedisConnection } from '@zhijian/jobs';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { registerBuiltInModels, runEnabledModels } from '@zhijian/warning';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warningRouter } from '../src';

const createCaller = createCallerFactory(warningRouter);
let database: TestDatabase;
let connection: RedisConnection;
let queues: Queues;

async function callerFor(username: string) {
  const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  const { token } = await createSession(database.db, user!.id);
  return createCaller(createContextInner({ database, queues, dataDir: '/tmp', user: await resolveSession(database.db, token), sessionToken: token }));
}

/** Library facts written straight into the tables: one subsidy recipient who owns a flat, one who receives an allowance after death. */
async function seedFacts() {
  const batch = async (dataset: string, department: string) => {
    const [row] = await database.db
      .insert(schema.batches)
      .values({ datasetCode: dataset, datasetVersion: 1, departmentId: department, fileSha256: dataset, fileName: `${dataset}.csv`, fileSize: 1, status: 'published' })
      .returning({ id: schema.batches.id });
    return row!.id;
  };
  const departments = Object.fromEntries((await database.db.select().from(schema.departments)).map((d) => [d.code, d.id]));
  const [a, b, flat] = await insertSubjects(database.pool, [
    { type: 'person', key: '430702198001150011', name: '甲' },
    { type: 'person', key: '430702198001150022', name: '乙' },
    { type: 'property', key: 'P-1', name: '某小区' },
  ]);
  const subsidy = await batch('housing.rental_subsidy', departments.housing!);
  const property = await batch('realestate.property', departments.realestate!);
  const allowance = await batch('civil.subsistence_allowance', departments.civil!);
  const death = await batch('civil.death', departments.civil!);
  await database.pool.query(
    `insert into records (dataset_code, batch_id, row_number, subject_id, subject_role, attrs, valid_from, valid_to) values
       ('housing.rental_subsidy', $1, 2, $5, 'recipient', '{"month":"2026-05","amount":60000}', '2026-05-01', '2026-05-31'),
       ('realestate.property', $2, 2, $7, 'property', '{"usage":"residential"}', '2026-01-01', null),
       ('civil.subsistence_allowance', $3, 2, $6, 'recipient', '{"month":"2026-05","amount":50000}', '2026-05-01', '2026-05-31'),
       ('civil.death', $4, 2, $6, 'person', '{}', '2026-03-01', '2026-03-01')`,
    [subsidy, property, allowance, death, a, b, flat],
  );
  await database.pool.query(
    `insert into record_subjects (record_id, role, subject_id) select id, 'owner_person', $1 from records where dataset_code = 'realestate.property'`,
    [a],
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  connection = createRedisConnection(testRedisUrl());
  queues = createQueues(connection, uniqueQueuePrefix());
  await ensureDepartments(database.db, [
    { code: 'jw', name: '市纪委监委' },
    { code: 'housing', name: '市住房保障服务中心' },
    { code: 'realestate', name: '市不动产登记中心' },
    { code: 'civil', name: '市民政局' },
  ]);
  const users = [
    { username: 'admin', departmentCode: 'jw', roles: ['admin' as const] },
    { username: 'supervisor', departmentCode: 'jw', roles: ['supervisor' as const] },
    { username: 'analyst', departmentCode: 'jw', roles: ['analyst' as const] },
    { username: 'housing-handler', departmentCode: 'housing', roles: ['handler' as const] },
    { username: 'civil-handler', departmentCode: 'civil', roles: ['handler' as const] },
  ];
  for (const user of users) await ensureUser(database.db, { ...user, displayName: user.username }, 'password-123');
  await registerBuiltInDatasets(database.db);
  await addResponsibility(database.db, { departmentCode: 'housing', datasetCode: 'housing.rental_subsidy', frequency: 'monthly', dueDay: 10 });
  await addResponsibility(database.db, { departmentCode: 'civil', datasetCode: 'civil.subsistence_allowance', frequency: 'monthly', dueDay: 10 });
  await registerBuiltInModels(database.db);
  await seedFacts();
  await runEnabledModels(database, { trigger: 'manual', asOf: '2026-11-30' });
});
afterAll(async () => {
  await queues.get('warning').obliterate({ force: true });
  await queues.close();
  connection.disconnect();
  await database.drop();
});

describe('warning router', () => {
  it('shows the commission every warning and a handler only their department’s', async () => {
    const supervisor = await callerFor('supervisor');
    const all = await supervisor.list({});
    expect(all.items.map((w) => w.model).sort()).toEqual(['civil.deceased_allowance', 'housing.owns_property']);
    const housing = await (await callerFor('housing-handler')).list({});
    expect(housing.items.map((w) => w.model)).toEqual(['housing.owns_property']);
    const civil = await callerFor('civil-handler');
    expect((await civil.list({})).items.map((w) => w.model)).toEqual(['civil.deceased_allowance']);
    const housingWarning = housing.items[0]!;
    await expect(civil.get({ id: housingWarning.id })).rejects.toThrow(/warning not found/);
    const detail = await (await callerFor('housing-handler')).get({ id: housingWarning.id });
    expect(detail.evidence.map((e) => e.dataset).sort()).toEqual(['housing.rental_subsidy', 'realestate.property']);
    expect(detail.evidence[0]?.fileName).toMatch(/\.csv$/);
    expect((await civil.summary()).map((s) => s.model)).toEqual(['civil.deceased_allowance']);

    // The evidence dossier: a summary sheet and one sheet per dataset with lineage and fields.
    const dossier = await (await callerFor('housing-handler')).dossier({ id: housingWarning.id });
    await expect(civil.dossier({ id: housingWarning.id })).rejects.toThrow(/warning not found/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(dossier.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['预警概要', 'housing.rental_subsidy', 'realestate.property']);
    const evidenceRow = workbook.getWorksheet('housing.rental_subsidy')!.getRow(2).values as unknown[];
    expect(evidenceRow).toEqual(expect.arrayContaining(['housing', 'housing.rental_subsidy.csv', 2]));
  });

  it('lets only admins change models, and audit-logs every change', async () => {
    const analyst = await callerFor('analyst');
    await expect(analyst.models.setEnabled({ code: 'hotline.overdue', enabled: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await callerFor('supervisor')).models.setParams({ code: 'hotline.overdue', params: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await callerFor('admin');
    await admin.models.setEnabled({ code: 'hotline.overdue', enabled: false });
    await admin.models.setParams({ code: 'housing.income_over_limit', params: { income_limit_yuan: 1800 } });
    await expect(admin.models.setParams({ code: 'housing.income_over_limit', params: { income_limit_yuan: -1 } })).rejects.toThrow(/≥ 0/);
    const models = await analyst.models.list();
    expect(models).toHaveLength(14);
    expect(models.find((m) => m.code === 'hotline.overdue')?.enabled).toBe(false);
    expect(models.find((m) => m.code === 'housing.income_over_limit')?.params).toEqual([expect.objectContaining({ name: 'income_limit_yuan', value: 1800, default: 2000 })]);

    const spec = models.find((m) => m.code === 'housing.owns_property')!.spec;
    await expect(admin.models.addVersion({ spec: { ...spec, version: 1 } })).rejects.toThrow(/version must be higher/);
    await expect(admin.models.addVersion({ spec: { ...spec, version: 2, base: { dataset: 'no.such', as: 's' } } })).rejects.toThrow(/does not compile/);
    expect(await admin.models.addVersion({ spec: { ...spec, version: 2 }, note: 'same rule, new version' })).toEqual({ code: 'housing.owns_property', version: 2 });
    expect((await analyst.models.versions({ code: 'housing.owns_property' })).map((v) => v.version)).toEqual([2, 1]);

    const { rows } = await database.pool.query<{ action: string }>(`select action from audit_log where action like 'model.%' order by seq`);
    expect(rows.map((r) => r.action)).toEqual(['model.disable', 'model.params', 'model.version']);
  });

  it('backtests for supervisors without raising anything, and queues runs', async () => {
    const supervisor = await callerFor('supervisor');
    const result = await supervisor.models.backtest({ code: 'housing.owns_property', asOf: '2026-04-30' });
    expect(result.hits).toBe(0); // the May subsidy had not been paid by then
    const now = await supervisor.models.backtest({ code: 'housing.owns_property', asOf: '2026-11-30' });
    expect(now).toMatchObject({ hits: 1, amount: 60000, unjudged: 1 });
    const { jobId } = await supervisor.models.run({ code: 'housing.owns_property' });
    expect(await queues.get('warning').getJob(jobId)).toBeTruthy();
    await expect((await callerFor('housing-handler')).models.run({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

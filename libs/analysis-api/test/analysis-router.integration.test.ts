// The analysis router on real tickets: commission roles only, phones masked for analysts
// (as in relational query), drill-down from a county to its tickets and one ticket, XLSX export.
import { createCallerFactory, createContextInner, createSession, ensureDepartments, ensureUser, resolveSession } from '@zhijian/auth';
import { refreshAnalysis } from '@zhijian/analysis';
import { insertRecordsWithoutSubjectSql, schema } from '@zhijian/db';
import { createQueues, createRedisConnection, type Queues, type RedisConnection } from '@zhijian/jobs';
import { createTestDatabase, type TestDatabase, testRedisUrl, uniqueQueuePrefix } from '@zhijian/testing';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisRouter } from '../src';

const createCaller = createCallerFactory(analysisRouter);
let database: TestDatabase;
let connection: RedisConnection;
let queues: Queues;

async function callerFor(username: string) {
  const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  const { token } = await createSession(database.db, user!.id);
  return createCaller(createContextInner({ database, queues, dataDir: '/tmp', user: await resolveSession(database.db, token), sessionToken: token }));
}

const ticket = (n: number, region: string, phone: string, category: string, received: string) => ({
  ticket_no: `T${n}`,
  received_at: received,
  caller_phone: phone,
  category,
  region_code: region,
  address: `地址${n}`,
  content: n === 1 ? '=cmd|calc 押金不退' : '噪音扰民',
  assigned_department: `${category}部门`,
  due_at: '2026-10-10T10:00:00.000Z',
  closed_at: n % 2 === 0 ? '2026-10-12T10:00:00.000Z' : null,
  satisfaction: n % 2 === 0 ? 'unsatisfied' : null,
  returned_count: n % 3 === 0 ? 1 : 0,
});

beforeAll(async () => {
  database = await createTestDatabase();
  connection = createRedisConnection(testRedisUrl());
  queues = createQueues(connection, uniqueQueuePrefix());
  await ensureDepartments(database.db, [{ code: 'jw', name: '市纪委监委' }, { code: 'hotline', name: '12345市长热线' }]);
  for (const [username, role] of [['analyst', 'analyst'], ['supervisor', 'supervisor'], ['steward', 'steward']] as const) {
    await ensureUser(database.db, { username, displayName: username, departmentCode: role === 'steward' ? 'hotline' : 'jw', roles: [role] }, 'password-123');
  }
  const [department] = await database.db.select().from(schema.departments).where(eq(schema.departments.code, 'hotline'));
  const [batch] = await database.db
    .insert(schema.batches)
    .values({ datasetCode: 'hotline.ticket', datasetVersion: 2, departmentId: department!.id, fileSha256: 'h', fileName: 'h.ndjson', fileSize: 1, status: 'published' })
    .returning({ id: schema.batches.id });
  const tickets = [
    ticket(1, '430725', '13800000001', '供水供电', '2026-10-02T02:00:00.000Z'),
    ticket(2, '430725', '13800000001', '供水供电', '2026-10-05T02:00:00.000Z'),
    ticket(3, '430725', '13800000001', '城市管理', '2026-10-09T02:00:00.000Z'),
    ticket(4, '430702', '13800000002', '城市管理', '2026-10-03T02:00:00.000Z'),
  ];
  for (const [i, attrs] of tickets.entries()) {
    await database.pool.query(
      insertRecordsWithoutSubjectSql(`select 'hotline.ticket', $1::uuid, $2::int, $3::jsonb, $4::date`, ['dataset_code', 'batch_id', 'row_number', 'attrs', 'valid_from']),
      [batch!.id, i + 2, attrs, attrs.received_at.slice(0, 10)],
    );
  }
  await refreshAnalysis(database, 'hotline.ticket');
});
afterAll(async () => {
  await queues.close();
  connection.disconnect();
  await database.drop();
});

describe('analysis router', () => {
  it('refuses roles outside the commission', async () => {
    await expect((await callerFor('steward')).overview({})).rejects.toThrow(/requires role/);
  });

  it('counts by county and drills down to a county’s tickets and one ticket, phones masked for an analyst', async () => {
    const analyst = await callerFor('analyst');
    const overview = await analyst.overview({ from: '2026-10-01', to: '2026-10-31' });
    expect(overview.totals.tickets).toBe(4);
    expect(overview.byRegion.map((g) => [g.key, g.tickets])).toEqual([['430725', 3], ['430702', 1]]);
    const page = await analyst.tickets({ regionCode: '430725', category: '供水供电' });
    expect(page.total).toBe(2);
    expect(page.items.map((t) => t.callerPhone)).toEqual(['138****0001', '138****0001']);
    const one = await analyst.ticket({ recordId: page.items[0]!.recordId });
    expect(one.attrs.caller_phone).toBe('138****0001');
    const supervisor = await callerFor('supervisor');
    expect((await supervisor.tickets({ regionCode: '430725', category: '供水供电' })).items[0]!.callerPhone).toBe('13800000001');
  });

  it('ranks the repeat caller first and drills down by its tickets', async () => {
    const analyst = await callerFor('analyst');
    const [top] = await analyst.repeats({ by: 'caller' });
    expect(top).toMatchObject({ label: '138****0001', tickets: 3, maxInWindow: 3, ticketNos: ['T1', 'T2', 'T3'] });
    expect((await analyst.tickets({ ticketNos: top!.ticketNos })).total).toBe(3);
  });

  it('exports a view as XLSX with formula-looking text neutralized', async () => {
    const analyst = await callerFor('analyst');
    const file = await analyst.exportXlsx({ view: 'tickets', filter: { regionCode: '430725' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[9])).toContain(`'=cmd|calc 押金不退`);
    expect(rows.map((r) => r[7])).toEqual(['138****0001', '138****0001', '138****0001']);
  });
});

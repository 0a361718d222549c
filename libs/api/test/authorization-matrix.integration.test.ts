// The authorization matrix: every procedure of `appRouter`, called as every role and
// unauthenticated, must be refused exactly where `ACCESS_RULES` says; and a steward or
// handler of another department must not see department A's batch, warning or case in
// lists, details, exports or counts. A procedure added without a rule fails here.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCallerFactory, ensureDepartments, ensureUser, resolveSession, createSession, type SessionUser } from '@zhijian/auth';
import { ROLES, type Role, schema } from '@zhijian/db';
import { deliverCityFixture } from '@zhijian/query/testing';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_RULES, appRouter, createContextInner, ruleAllows } from '../src';
import { type MatrixFixture, SAMPLE_INPUTS } from './sample-inputs';

const createCaller = createCallerFactory(appRouter);
const PROCEDURES = Object.keys(appRouter._def.procedures).sort();
const PASSWORD = 'matrix-password-1';

let database: TestDatabase;
let dataDir: string;
let workDir: string;
let fixture: MatrixFixture;
/** Department A (realestate) users for the role matrix; department B (market) users for scoping. */
const users = new Map<string, SessionUser>();

async function signIn(username: string): Promise<SessionUser> {
  const [row] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  const { token } = await createSession(database.db, row!.id);
  const user = await resolveSession(database.db, token);
  if (!user) throw new Error(`no session for ${username}`);
  return user;
}

function callerAs(user: SessionUser | null) {
  // No queue: procedures that enqueue answer SERVICE_UNAVAILABLE once past their guard.
  return createCaller(createContextInner({ database, queues: null, dataDir, user, sessionToken: null, ip: '127.0.0.1' }));
}

async function call(user: SessionUser | null, procedure: string, input: unknown): Promise<unknown> {
  const fn = procedure.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], callerAs(user));
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

/** 'allowed' when the guard let the caller through (success, or an error about the input or the data). */
async function outcome(user: SessionUser | null, procedure: string): Promise<string> {
  try {
    await call(user, procedure, SAMPLE_INPUTS[procedure]!(fixture));
    return 'allowed';
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN') return error.code;
    // A 500 is neither allowed nor refused: the sample input (or the procedure) is broken.
    if (error.code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${error.message}`;
    return 'allowed';
  }
}

async function trpcCode(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-matrix-data-'));
  workDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-matrix-work-'));
  const batches = await deliverCityFixture(database, { dataDir, workDir });
  await ensureDepartments(database.db, [{ code: 'jw', name: '市纪委监委' }]);
  const accounts: Array<{ username: string; departmentCode: string; roles: Role[] }> = [
    ...['admin', 'analyst', 'supervisor'].map((role) => ({ username: role, departmentCode: 'jw', roles: [role as Role] })),
    { username: 'steward', departmentCode: 'realestate', roles: ['steward'] },
    { username: 'handler', departmentCode: 'realestate', roles: ['handler'] },
    { username: 'other-steward', departmentCode: 'market', roles: ['steward'] },
    { username: 'other-handler', departmentCode: 'market', roles: ['handler'] },
  ];
  for (const account of accounts) {
    await ensureUser(database.db, { ...account, displayName: account.username }, PASSWORD);
    users.set(account.username, await signIn(account.username));
  }

  // Department A's warning, and its case pushed to department A with one attachment.
  const { rows: warnings } = await database.pool.query<{ id: string }>(
    `insert into warnings (model_code, model_version, severity, subject_type, subject_key, subject_name, amount, details, evidence_record_ids, first_run_id, last_run_id, department_id)
     select 'realestate.matrix', 1, 'high', 'person', '430702196503080110', '王建国', 100, '{}', '{}', gen_random_uuid(), gen_random_uuid(), id
     from departments where code = 'realestate' returning id`,
  );
  const supervisor = callerAs(users.get('supervisor')!);
  const opened = await supervisor.casework.open({ source: 'warning', warningId: warnings[0]!.id });
  await supervisor.casework.act({ id: opened.id, action: 'push', departmentCode: 'realestate' });
  const attachment = await supervisor.casework.attach({ id: opened.id, fileName: '线索.txt', base64: Buffer.from('线索').toString('base64') });

  // A round holding a second department-A warning's case.
  const { rows: second } = await database.pool.query<{ id: string }>(
    `insert into warnings (model_code, model_version, severity, subject_type, subject_key, subject_name, amount, details, evidence_record_ids, first_run_id, last_run_id, department_id)
     select 'realestate.matrix', 1, 'high', 'person', '430702196709120220', '李秀英', 100, '{}', '{}', gen_random_uuid(), gen_random_uuid(), id
     from departments where code = 'realestate' returning id`,
  );
  await supervisor.casework.rounds.create({ name: '矩阵轮次', dueAt: '2030-01-01T00:00:00Z', items: [{ warningId: second[0]!.id, departmentCode: 'realestate' }] });

  const { rows: persons } = await database.pool.query<{ id: number }>(`select id::int from subjects where type = 'person' order by id limit 2`);
  const { rows: tickets } = await database.pool.query<{ id: number }>(`select id::int from records where dataset_code = 'hotline.ticket' limit 1`);
  await ensureUser(database.db, { username: 'matrix-login', displayName: 'login', departmentCode: 'jw', roles: ['analyst'] }, PASSWORD);
  fixture = {
    batchId: batches['realestate.property']!,
    warningId: warnings[0]!.id,
    caseId: opened.id,
    attachmentId: attachment.id,
    subjectId: persons[0]!.id,
    otherSubjectId: persons[1]!.id,
    ticketRecordId: tickets[0]!.id,
    login: { username: 'matrix-login', password: PASSWORD },
  };
}, 120_000);

afterAll(async () => {
  await database?.drop();
  await Promise.all([dataDir, workDir].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the access rule table', () => {
  it('has a rule and a sample input for every procedure, and no rule for a procedure that is gone', () => {
    expect(PROCEDURES.filter((p) => !ACCESS_RULES[p]), 'procedures without a rule in libs/api/src/access-rules.ts').toEqual([]);
    expect(Object.keys(ACCESS_RULES).filter((p) => !PROCEDURES.includes(p)), 'rules without a procedure').toEqual([]);
    expect(PROCEDURES.filter((p) => !SAMPLE_INPUTS[p]), 'procedures without a sample input in test/sample-inputs.ts').toEqual([]);
    expect(Object.keys(SAMPLE_INPUTS).filter((p) => !PROCEDURES.includes(p)), 'sample inputs without a procedure').toEqual([]);
  });
});

describe('every procedure as every role', () => {
  it.each(PROCEDURES)('%s', async (procedure) => {
    const rule = ACCESS_RULES[procedure];
    expect(rule, `no access rule for ${procedure}`).toBeDefined();
    const callers: Array<[string, SessionUser | null]> = [['anonymous', null], ...ROLES.map((role): [string, SessionUser] => [role, users.get(role)!])];
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const [name, user] of callers) {
      want[name] = ruleAllows(rule!, user?.roles ?? null) ? 'allowed' : user ? 'FORBIDDEN' : 'UNAUTHORIZED';
      got[name] = await outcome(user, procedure);
    }
    expect(got).toEqual(want);
  });
});

describe('department scoping (department A = realestate, B = market)', () => {
  const own = () => ['steward', 'handler'].map((name) => users.get(name)!);
  const others = () => ['other-steward', 'other-handler'].map((name) => users.get(name)!);

  it('batches: lists, details, rejects and responsibilities', async () => {
    for (const user of own()) {
      const caller = callerAs(user);
      expect((await caller.feeds.batches()).map((b) => b.id)).toContain(fixture.batchId);
      expect(await trpcCode(caller.feeds.batch({ id: fixture.batchId }))).toBe('OK');
      expect(await trpcCode(caller.feeds.rejects({ id: fixture.batchId }))).toBe('OK');
    }
    for (const user of others()) {
      const caller = callerAs(user);
      expect((await caller.feeds.batches()).map((b) => b.id)).not.toContain(fixture.batchId);
      expect(await trpcCode(caller.feeds.batch({ id: fixture.batchId }))).toBe('NOT_FOUND');
      expect(await trpcCode(caller.feeds.rejects({ id: fixture.batchId }))).toBe('NOT_FOUND');
      expect((await caller.feeds.responsibilities()).map((r) => r.departmentCode)).not.toContain('realestate');
      expect((await caller.feeds.punctuality()).map((r) => r.departmentCode)).not.toContain('realestate');
    }
    expect(await trpcCode(callerAs(users.get('other-steward')!).feeds.rollback({ id: fixture.batchId }))).toBe('NOT_FOUND');
    expect(await trpcCode(callerAs(users.get('admin')!).feeds.batch({ id: fixture.batchId }))).toBe('OK');
  });

  it('warnings: list, detail, dossier export and summary counts', async () => {
    for (const user of own()) {
      const caller = callerAs(user);
      expect((await caller.warning.list({})).items.map((w) => w.id)).toContain(fixture.warningId);
      expect(await trpcCode(caller.warning.dossier({ id: fixture.warningId }))).toBe('OK');
      expect((await caller.warning.summary()).filter((s) => s.model === 'realestate.matrix').reduce((n, s) => n + s.count, 0)).toBe(2);
    }
    for (const user of others()) {
      const caller = callerAs(user);
      expect(await caller.warning.list({})).toMatchObject({ total: 0, items: [] });
      expect(await trpcCode(caller.warning.get({ id: fixture.warningId }))).toBe('NOT_FOUND');
      expect(await trpcCode(caller.warning.dossier({ id: fixture.warningId }))).toBe('NOT_FOUND');
      expect(await caller.warning.summary()).toEqual([]);
    }
  });

  it('cases: list, detail, attachment, actions and metrics', async () => {
    const handler = callerAs(users.get('handler')!);
    expect((await handler.casework.list({})).items.map((c) => c.id)).toContain(fixture.caseId);
    expect(await trpcCode(handler.casework.get({ id: fixture.caseId }))).toBe('OK');
    expect(await trpcCode(handler.casework.attachment({ attachmentId: fixture.attachmentId }))).toBe('OK');
    expect((await handler.casework.metrics({}))[0]!.assigned).toBeGreaterThan(0);

    const other = callerAs(users.get('other-handler')!);
    expect(await other.casework.list({})).toMatchObject({ total: 0 });
    expect(await trpcCode(other.casework.get({ id: fixture.caseId }))).toBe('NOT_FOUND');
    expect(await trpcCode(other.casework.attachment({ attachmentId: fixture.attachmentId }))).toBe('NOT_FOUND');
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(await trpcCode(other.casework.act({ id: fixture.caseId, action: 'accept' })));
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(await trpcCode(other.casework.comment({ id: fixture.caseId, text: '越权' })));
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(
      await trpcCode(other.casework.attach({ id: fixture.caseId, fileName: 'x.txt', base64: Buffer.from('x').toString('base64') })),
    );
    expect(await handler.casework.rounds.list()).toMatchObject([{ name: '矩阵轮次', cases: 1 }]);
    expect(await other.casework.rounds.list()).toEqual([]);
    const metrics = await other.casework.metrics({});
    expect(metrics.every((m) => m.assigned === 0)).toBe(true);
    // The other department's refused actions changed nothing.
    expect(await callerAs(users.get('supervisor')!).casework.get({ id: fixture.caseId })).toMatchObject({ status: 'pushed' });
  });
});

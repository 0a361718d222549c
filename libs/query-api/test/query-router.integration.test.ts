// The `query` router as analysts and supervisors call it: masking by role, the purpose
// (案由) a person lookup needs, the audit log and the supervisors' review of lookups.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCallerFactory, createContextInner, createSession, ensureDepartments, ensureUser, resolveSession } from '@zhijian/auth';
import { schema } from '@zhijian/db';
import { findSubject } from '@zhijian/query';
import { CITY, deliverCityFixture } from '@zhijian/query/testing';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRouter } from '../src';

const createCaller = createCallerFactory(queryRouter);
let database: TestDatabase;
let official: number;
let enterprise: number;

async function callerFor(username: string) {
  const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  const { token } = await createSession(database.db, user!.id);
  return createCaller(createContextInner({ database, user: await resolveSession(database.db, token), sessionToken: token, ip: '10.0.0.7' }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-query-api-'));
  await deliverCityFixture(database, { dataDir: path.join(dir, 'data'), workDir: dir });
  await ensureDepartments(database.db, [{ code: 'jw', name: '市纪委监委' }]);
  for (const [username, role] of [['analyst', 'analyst'], ['supervisor', 'supervisor'], ['steward', 'steward']] as const) {
    await ensureUser(database.db, { username, displayName: username, departmentCode: 'jw', roles: [role] }, 'password-123');
  }
  official = Number((await findSubject(database.db, { type: 'person', key: CITY.official.id }))!.id);
  enterprise = Number((await findSubject(database.db, { type: 'organization', key: CITY.enterprise.uscc }))!.id);
});
afterAll(async () => {
  await database.drop();
});

describe('query router', () => {
  it('searches by a 15-digit ID; an analyst sees the ID masked, a supervisor in full', async () => {
    const [analystHit] = await (await callerFor('analyst')).search({ text: CITY.official.legacyId });
    expect(analystHit!.subject).toMatchObject({ id: official, name: '王建国', key: '430702********' + CITY.official.id.slice(-4) });
    const [supervisorHit] = await (await callerFor('supervisor')).search({ text: CITY.official.legacyId });
    expect(supervisorHit!.subject.key).toBe(CITY.official.id);
  });

  it('refuses users outside the query app', async () => {
    await expect((await callerFor('steward')).search({ text: '王建国' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('asks for a purpose before showing a person, and writes the lookup with it to the audit log', async () => {
    const analyst = await callerFor('analyst');
    await expect(analyst.profile({ subjectId: official })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('案由') });
    const profile = await analyst.profile({ subjectId: official, purpose: '核查公租房违规线索 2024-017' });
    expect(JSON.stringify(profile)).not.toContain(CITY.official.id);
    const { rows } = await database.pool.query(`select actor_username, target, detail, ip from audit_log where action = 'query.profile'`);
    expect(rows).toEqual([
      { actor_username: 'analyst', target: `person:${CITY.official.id}`, ip: '10.0.0.7', detail: expect.objectContaining({ purpose: '核查公租房违规线索 2024-017', subjectName: '王建国' }) },
    ]);
    // An enterprise needs no purpose.
    await expect(analyst.profile({ subjectId: enterprise })).resolves.toMatchObject({ subject: { name: CITY.enterprise.name } });
  });

  it('expands, finds paths and exports with the caller’s masking', async () => {
    const analyst = await callerFor('analyst');
    const purpose = '核查公职人员经商办企业线索';
    const graph = await analyst.graph({ roots: [official], hops: 2, purpose });
    expect(graph.nodes.map((n) => n.name)).toContain(CITY.enterprise.name);
    const paths = await analyst.paths({ from: official, to: enterprise, purpose });
    expect(paths.length).toBe(2);
    const file = await analyst.exportGraph({ expansions: [{ roots: [official], hops: 2 }], purpose });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const keys = workbook.getWorksheet('节点 Nodes')!.getColumn(3).values.map(String);
    expect(keys).toContain('430702********' + CITY.official.id.slice(-4));
    expect(keys.join()).not.toContain(CITY.official.id);
    const profileFile = await analyst.exportProfile({ subjectId: official, purpose });
    expect(Buffer.from(profileFile.base64, 'base64').toString('latin1').startsWith('PK')).toBe(true);
  });

  it('lets supervisors review who looked up whom, and no one else', async () => {
    await expect((await callerFor('analyst')).lookups()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const lookups = await (await callerFor('supervisor')).lookups({ actor: 'analyst' });
    expect(lookups.map((l) => l.action)).toEqual(expect.arrayContaining(['query.profile', 'query.graph', 'query.path', 'query.export']));
    expect(lookups.find((l) => l.action === 'query.profile')).toMatchObject({ purpose: '核查公租房违规线索 2024-017', subjectName: '王建国', target: `person:${CITY.official.id}` });
  });
});

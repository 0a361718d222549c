import { insertRecordsWithoutSubjectSql, schema } from '@zhijian/db';
import { createTestDatabase, type TestDatabase } from '@zhijian/testing';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAttachment,
  caseMetrics,
  type CaseUser,
  checkCaseDeadlines,
  createRound,
  deliverDueWebhooks,
  getCase,
  listCases,
  openCase,
  readAttachment,
  recordCallback,
  setWebhook,
  signBody,
  transitionCase,
} from '../src';

let database: TestDatabase;
let dataDir: string;
const users: Record<string, CaseUser> = {};
let warningId: string;

async function seedWarning(): Promise<string> {
  const [housing] = await database.db.select().from(schema.departments).where((await import('drizzle-orm')).eq(schema.departments.code, 'housing'));
  const { rows } = await database.pool.query<{ id: string }>(
    `insert into warnings (model_code, model_version, severity, subject_type, subject_key, subject_name, amount, details, evidence_record_ids, department_id, first_run_id, last_run_id)
     values ('housing.owns_property', 1, 'high', 'person', '430702198001150011', '甲', 240000, '{}', '{}', $1, gen_random_uuid(), gen_random_uuid()) returning id`,
    [housing!.id],
  );
  return rows[0]!.id;
}

/** Hotline tickets as published library records. */
async function seedTickets(count: number) {
  const [hotline] = await database.db.select().from(schema.departments).where((await import('drizzle-orm')).eq(schema.departments.code, 'hotline'));
  const { rows } = await database.pool.query<{ id: string }>(
    `insert into batches (dataset_code, dataset_version, department_id, file_sha256, file_name, file_size, status)
     values ('hotline.ticket', 2, $1, 'x', 'tickets.ndjson', 1, 'published') returning id`,
    [hotline!.id],
  );
  await database.pool.query(
    insertRecordsWithoutSubjectSql(
      `select 'hotline.ticket', $1::uuid, g, jsonb_build_object('ticket_no', 'T' || g, 'category', '市场监管', 'address', '安平市场', 'content', '押金未退', 'caller_name', '商户' || g)
       from generate_series(1, $2) g`,
      ['dataset_code', 'batch_id', 'row_number', 'attrs'],
    ),
    [rows[0]!.id, count],
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-casework-'));
  await database.db.insert(schema.departments).values([
    { code: 'jw', name: '市纪委监委' },
    { code: 'housing', name: '市住房保障服务中心' },
    { code: 'civil', name: '市民政局' },
    { code: 'market', name: '市市场监督管理局' },
    { code: 'hotline', name: '12345热线' },
  ]);
  const accounts = [
    { username: 'supervisor', departmentCode: 'jw', roles: ['supervisor' as const] },
    { username: 'housing-handler', departmentCode: 'housing', roles: ['handler' as const] },
    { username: 'civil-handler', departmentCode: 'civil', roles: ['handler' as const] },
    { username: 'market-handler', departmentCode: 'market', roles: ['handler' as const] },
  ];
  for (const account of accounts) {
    // No one logs in here: the password hash is a placeholder.
    await database.pool.query(
      `insert into users (username, display_name, password_hash, department_id, roles)
       select $1, $1, 'unused', d.id, $3::role[] from departments d where d.code = $2`,
      [account.username, account.departmentCode, account.roles],
    );
    const { rows } = await database.pool.query<{ id: string; department_id: string; roles: string[] }>(
      'select id, department_id, roles::text[] as roles from users where username = $1',
      [account.username],
    );
    users[account.username] = { id: rows[0]!.id, username: account.username, roles: account.roles, departmentId: rows[0]!.department_id };
  }
  warningId = await seedWarning();
  await seedTickets(10);
});
afterAll(() => database.drop());

async function caseRow(id: string) {
  const { rows } = await database.pool.query('select status, department_id, funds_recovered::int as funds, concluded_at from cases where id = $1', [id]);
  return rows[0];
}

describe('the closed loop', () => {
  let caseId: string;

  it('walks a warning from new to closed, with evidence, funds and a satisfied callback', async () => {
    const opened = await openCase(database, { source: 'warning', warningId }, users.supervisor!);
    caseId = opened.id;
    expect(opened.caseNo).toMatch(/^AJ\d{4}-\d{6}$/);
    expect((await openCase(database, { source: 'warning', warningId }, users.supervisor!)).created).toBe(false);

    await transitionCase(database, caseId, 'push', { departmentCode: 'housing' }, users.supervisor!);
    const { rows: notes } = await database.pool.query(`select n.kind from notifications n join users u on u.id = n.recipient_user_id where u.username = 'housing-handler'`);
    expect(notes.map((n) => n.kind)).toEqual(['case.push']);
    await transitionCase(database, caseId, 'accept', {}, users['housing-handler']!);
    await transitionCase(database, caseId, 'confirm', { reason: '经核实，购房后仍领取补贴' }, users['housing-handler']!);
    expect((await database.pool.query('select status from warnings where id = $1', [warningId])).rows[0]?.status).toBe('confirmed');
    await transitionCase(database, caseId, 'start_rectify', {}, users['housing-handler']!);
    const attachment = await addAttachment(database, dataDir, caseId, { fileName: '追回凭证.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4 追回') }, users['housing-handler']!);
    await transitionCase(database, caseId, 'rectified', { reason: '已追回补贴 2400 元', fundsRecovered: 240000 }, users['housing-handler']!);
    await transitionCase(database, caseId, 'close', {}, users.supervisor!);
    await recordCallback(database, caseId, { satisfaction: 'satisfied', note: '群众满意' }, users.supervisor!);

    const detail = await getCase(database, caseId, users.supervisor!);
    expect(detail).toMatchObject({ status: 'closed', satisfaction: 'satisfied', fundsRecovered: 240000, departmentCode: 'housing', overdue: false });
    expect(detail.events.map((e) => e.action)).toEqual(['open', 'push', 'accept', 'confirm', 'start_rectify', 'attach', 'rectified', 'close', 'callback']);
    expect(detail.events.find((e) => e.action === 'confirm')?.reason).toBe('经核实，购房后仍领取补贴');
    expect(detail.attachments).toEqual([expect.objectContaining({ fileName: '追回凭证.pdf', sha256: attachment.sha256 })]);
    expect((await readAttachment(database, dataDir, attachment.id, users['housing-handler']!)).content.toString()).toBe('%PDF-1.4 追回');
    expect((await database.pool.query('select status from warnings where id = $1', [warningId])).rows[0]?.status).toBe('closed');
  });

  it('hides a case from another department and refuses its actions', async () => {
    const other = users['civil-handler']!;
    expect((await listCases(database, {}, other)).items).toEqual([]);
    await expect(getCase(database, caseId, other)).rejects.toThrow(/case not found/);
    await expect(addAttachment(database, dataDir, caseId, { fileName: 'x.txt', content: Buffer.from('x') }, other)).rejects.toThrow(/case not found/);
    expect((await listCases(database, {}, users['housing-handler']!)).items.map((c) => c.id)).toEqual([caseId]);
  });

  it('refuses illegal transitions with a clear error and changes nothing', async () => {
    const manual = await openCase(database, { source: 'manual', title: '群众来信反映某局违规发放补贴' }, users.supervisor!);
    const before = await caseRow(manual.id);
    await expect(transitionCase(database, manual.id, 'close', {}, users.supervisor!)).rejects.toThrow('"close" is not allowed on a new case');
    await transitionCase(database, manual.id, 'push', { departmentCode: 'civil' }, users.supervisor!);
    await expect(transitionCase(database, manual.id, 'accept', {}, users['housing-handler']!)).rejects.toThrow(/only a handler of the assigned department/);
    await expect(transitionCase(database, manual.id, 'return', {}, users['civil-handler']!)).rejects.toThrow(/needs a reason/);
    const pushed = await caseRow(manual.id);
    expect(pushed.status).toBe('pushed');
    const events = (await getCase(database, manual.id, users.supervisor!)).events.map((e) => e.action);
    expect(events).toEqual(['open', 'push']);
    expect(before.status).toBe('new');
    await transitionCase(database, manual.id, 'return', { reason: '不属于本部门职责' }, users['civil-handler']!);
    expect(await caseRow(manual.id)).toMatchObject({ status: 'new', department_id: null });
    await expect(database.pool.query('update case_events set reason = null')).rejects.toThrow(/append-only/);
  });

  it('reminds before the deadline and escalates once overdue, once each', async () => {
    const late = await openCase(database, { source: 'manual', title: '逾期测试' }, users.supervisor!);
    await transitionCase(database, late.id, 'push', { departmentCode: 'market', dueAt: new Date(Date.now() + 86_400_000).toISOString() }, users.supervisor!);
    expect(await checkCaseDeadlines(database)).toEqual({ reminded: 1, escalated: 0 });
    expect(await checkCaseDeadlines(database, new Date(Date.now() + 2 * 86_400_000))).toEqual({ reminded: 0, escalated: 1 });
    expect(await checkCaseDeadlines(database, new Date(Date.now() + 3 * 86_400_000))).toEqual({ reminded: 0, escalated: 0 });
    const { rows } = await database.pool.query(`select kind from notifications n join users u on u.id = n.recipient_user_id where u.username = 'supervisor' and kind = 'case.escalation'`);
    expect(rows).toHaveLength(1);
  });

  it('computes a hotline round’s completion, on-time and satisfaction rates as counted by hand', async () => {
    const dueAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const round = await createRound(
      database,
      { name: '第一轮挂牌督办', dueAt, items: Array.from({ length: 10 }, (_, i) => ({ ticketNo: `T${i + 1}`, departmentCode: 'market' })) },
      users.supervisor!,
    );
    expect(round.caseIds).toHaveLength(10);
    const handler = users['market-handler']!;
    const walk = async (id: string, lateBy?: number) => {
      await transitionCase(database, id, 'accept', {}, handler);
      await transitionCase(database, id, 'confirm', { reason: '属实' }, handler);
      await transitionCase(database, id, 'start_rectify', {}, handler);
      await transitionCase(database, id, 'rectified', { reason: '已退还押金', fundsRecovered: 400000 }, handler);
      await transitionCase(database, id, 'close', {}, users.supervisor!);
      if (lateBy) await database.pool.query(`update cases set concluded_at = due_at + make_interval(days => $2) where id = $1`, [id, lateBy]);
    };
    // 8 of 10 closed: 6 on time, 2 late; 1 dismissed on time; 1 still open.
    for (const [i, id] of round.caseIds.entries()) {
      if (i < 6) await walk(id);
      else if (i < 8) await walk(id, 3);
      else if (i === 8) {
        await transitionCase(database, id, 'accept', {}, handler);
        await transitionCase(database, id, 'dismiss', { reason: '经查不属实' }, handler);
      }
    }
    // Callbacks on 5: 3 satisfied, 1 basically satisfied, 1 unsatisfied.
    const verdicts = ['satisfied', 'satisfied', 'satisfied', 'basically_satisfied', 'unsatisfied'] as const;
    for (const [i, satisfaction] of verdicts.entries()) await recordCallback(database, round.caseIds[i]!, { satisfaction }, users.supervisor!);

    const [metrics] = await caseMetrics(database, { roundId: round.roundId });
    expect(metrics).toMatchObject({ assigned: 10, concluded: 9, concludedOnTime: 7, concludedLate: 2, callbacks: 5, satisfied: 4, fundsRecovered: 8 * 400000, dismissed: 1, confirmed: 8 });
    expect(metrics!.completionRate).toBeCloseTo(0.9);
    expect(metrics!.onTimeRate).toBeCloseTo(0.7);
    expect(metrics!.satisfactionRate).toBeCloseTo(0.8);
    expect(metrics!.falsePositiveRate).toBeCloseTo(1 / 9);

    // An unsatisfied callback can reopen the case: it leaves the concluded count.
    await recordCallback(database, round.caseIds[4]!, { satisfaction: 'unsatisfied', reopen: true, note: '押金仍未全部退还' }, users.supervisor!);
    expect((await caseRow(round.caseIds[4]!)).status).toBe('rectifying');
    const [after] = await caseMetrics(database, { roundId: round.roundId });
    expect(after!.concluded).toBe(8);
    const byDepartment = await caseMetrics(database, { groupBy: 'department' });
    expect(byDepartment.find((row) => row.group === 'market')?.assigned).toBe(11);
  });

  it('delivers case events to a department’s webhook, signed, retrying until it succeeds', async () => {
    const received: Array<{ body: string; signature: string | undefined }> = [];
    let failFirst = true;
    const server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (failFirst) {
          failFirst = false;
          response.writeHead(503).end();
          return;
        }
        received.push({ body, signature: request.headers['x-zhijian-signature'] as string | undefined });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { secret } = await setWebhook(database, { departmentCode: 'civil', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` });
      const opened = await openCase(database, { source: 'manual', title: 'webhook 测试' }, users.supervisor!);
      await transitionCase(database, opened.id, 'push', { departmentCode: 'civil' }, users.supervisor!);
      expect(await deliverDueWebhooks(database)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
      await database.pool.query(`update webhook_deliveries set next_attempt_at = now()`);
      expect(await deliverDueWebhooks(database)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
      expect(received).toHaveLength(1);
      expect(received[0]!.signature).toBe(signBody(secret, received[0]!.body));
      expect(JSON.parse(received[0]!.body)).toMatchObject({ event: 'case.push', caseId: opened.id, status: 'pushed' });
      const { rows } = await database.pool.query(`select status, attempts, last_status_code from webhook_deliveries`);
      expect(rows).toEqual([{ status: 'delivered', attempts: 2, last_status_code: 204 }]);
    } finally {
      server.close();
    }
  });
});

import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { logOptions, maskIdentifiers, withoutPassword } from './log-redaction';

/** A real pino logger writing into an array of parsed lines. */
function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: pino(logOptions({ level: 'info', name: 'test' }), stream), lines };
}

describe('log redaction', () => {
  it('masks resident IDs (18 and 15 digits) and mobile numbers in text', () => {
    expect(maskIdentifiers('subject 430702198001150017 called from 13812345678')).toBe('subject 430702********0017 called from 138****5678');
    expect(maskIdentifiers('id 43070219800115001X; legacy 430702650308011')).toBe('id 430702********001X; legacy 430702*****8011');
    expect(maskIdentifiers('+86 13812345678')).toBe('138****5678');
  });

  it('leaves hashes, UUIDs, amounts and longer digit runs alone', () => {
    const sha = 'a3f1c0d2e4b5968712345678901234567890abcdef1234567890abcdef123456';
    const text = `${sha} 6f1c2a3b-1234-4cde-9abc-0123456789ab 12000000 1234567890123456789012`;
    expect(maskIdentifiers(text)).toBe(text);
  });

  it('masks what a logger writes: the message, nested fields and errors', () => {
    const { log, lines } = capture();
    log.info({ subject: { key: '430702198001150017', phones: ['13812345678'] }, batchId: 'b1' }, 'profile of %s', '430702198001150017');
    log.error({ err: new Error('duplicate key (430702198001150017)') }, 'insert failed');
    expect(lines[0]).toMatchObject({ msg: 'profile of 430702********0017', subject: { key: '430702********0017', phones: ['138****5678'] }, batchId: 'b1' });
    expect(JSON.stringify(lines[1])).not.toContain('198001150017');
    expect(lines[1]).toMatchObject({ err: { message: 'duplicate key (430702********0017)' } });
  });

  it('masks IDs in a logged request URL (tRPC inputs travel in it) and keeps a pg error’s class and fields', () => {
    const { log, lines } = capture();
    const url = `/trpc/query.search?input=${encodeURIComponent(JSON.stringify({ text: '430702198001150017' }))}`;
    log.info({ req: { method: 'GET', url, ip: '127.0.0.1' } }, 'incoming request');
    expect(lines[0]).toMatchObject({ req: { method: 'GET', url: '/trpc/query.search?input={"text":"430702********0017"}', remoteAddress: '127.0.0.1' } });
    class DatabaseError extends Error {
      detail = 'Key (key)=(430702198001150017) already exists.';
    }
    log.error({ err: new DatabaseError('duplicate key') }, 'failed');
    expect(lines[1]).toMatchObject({ err: { type: 'DatabaseError', detail: 'Key (key)=(430702********0017) already exists.' } });
  });

  it('never writes cookies, passwords or connection strings', () => {
    const { log, lines } = capture();
    log.info({ req: { headers: { cookie: 'zj_session=secret-token' } }, env: { SESSION_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://u:pw@h/db' }, body: { password: 'hunter2' } }, 'start');
    const line = JSON.stringify(lines[0]);
    for (const secret of ['secret-token', 'x'.repeat(40), 'pw@h', 'hunter2']) expect(line).not.toContain(secret);
  });

  it('prints connection URLs without their password', () => {
    expect(withoutPassword('redis://:s3cret@127.0.0.1:6379/0')).toBe('redis://:***@127.0.0.1:6379/0');
    expect(withoutPassword('postgres://zj:pw@db:5432/zhijian')).toBe('postgres://zj:***@db:5432/zhijian');
    expect(withoutPassword('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});

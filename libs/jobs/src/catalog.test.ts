import { describe, expect, it } from 'vitest';
import { isJobName, jobCatalog, parseJobPayload, QUEUE_NAMES } from './catalog';

describe('job catalogue', () => {
  it('puts every job on a declared queue', () => {
    for (const job of Object.values(jobCatalog)) expect(QUEUE_NAMES).toContain(job.queue);
  });

  it('rejects a payload that does not match the schema', () => {
    expect(() => parseJobPayload('system.ping', { message: 42 })).toThrow();
    expect(parseJobPayload('system.ping', { message: 'hi', requestedAt: '2026-12-04T10:00:00.000Z' })).toEqual({
      message: 'hi',
      requestedAt: '2026-12-04T10:00:00.000Z',
    });
  });

  it('knows its job names', () => {
    expect(isJobName('system.ping')).toBe(true);
    expect(isJobName('toString')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EnvError, parseEnv } from './parse-env';

const schema = z.object({
  DATABASE_URL: z.string().url(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

describe('parseEnv', () => {
  it('applies defaults and coerces numbers', () => {
    expect(parseEnv(schema, { DATABASE_URL: 'postgres://x@h/db' })).toEqual({ DATABASE_URL: 'postgres://x@h/db', PORT: 3000 });
    expect(parseEnv(schema, { DATABASE_URL: 'postgres://x@h/db', PORT: '8080' }).PORT).toBe(8080);
  });

  it('names a missing variable in one line', () => {
    expect(() => parseEnv(schema, {})).toThrow(new EnvError('Environment variable DATABASE_URL is required but not set'));
  });

  it('names a malformed variable and what it got', () => {
    const attempt = () => parseEnv(schema, { DATABASE_URL: 'postgres://x@h/db', PORT: 'abc' });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/^Environment variable PORT is invalid: .* \(got "abc"\)$/);
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnv(schema, { DATABASE_URL: 'postgres://x@h/db', PORT: '' }).PORT).toBe(3000);
  });
});

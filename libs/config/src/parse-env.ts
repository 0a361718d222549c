import type { z } from 'zod';

/** Thrown when the environment is missing or malformed; its message is one line naming the variable. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/**
 * Validates the environment against an app's schema. The first problem is reported as a
 * single line, e.g. `PORT must be a whole number (got "abc")`, so start-up fails clearly.
 */
export function parseEnv<S extends z.ZodObject>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  // An empty variable (`PORT=`) means "not set", as shells and .env files use it.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const got = source[name];
  const detail = got === undefined ? 'is required but not set' : `is invalid: ${issue?.message} (got ${JSON.stringify(got)})`;
  throw new EnvError(`Environment variable ${name} ${detail}`);
}

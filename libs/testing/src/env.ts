import { z } from 'zod';

/** Integration tests use the real services named here, else the same embedded defaults as `npm start`. */
export const testEnv = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    REDIS_URL: z.string().url().optional(),
    PATH: z.string().default(''),
    HOME: z.string().default('/tmp'),
  })
  .parse(process.env);

/**
 * The environment for a process a test starts (server, worker, CLI): only what is given,
 * plus PATH and HOME — never the test runner's own variables, so each test states its setup.
 */
export function childProcessEnv(variables: Record<string, string> = {}): Record<string, string> {
  return { PATH: testEnv.PATH, HOME: testEnv.HOME, ...variables };
}

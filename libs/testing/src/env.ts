import { z } from 'zod';

/** Integration tests use the real services named here, else the same embedded defaults as `npm start`. */
export const testEnv = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    REDIS_URL: z.string().url().optional(),
  })
  .parse(process.env);

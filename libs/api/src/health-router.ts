import { publicProcedure, router } from '@zhijian/auth';

export const healthRouter = router({
  /** Cheap liveness of the API itself; `/health` on the server also checks PostgreSQL and Redis. */
  ping: publicProcedure.query(() => ({ ok: true as const, time: new Date().toISOString() })),
});

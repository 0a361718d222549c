// The one place routers are composed. Each feature lib owns its router; this file only mounts it.
import { auditRouter, authRouter, createCallerFactory, router } from '@zhijian/auth';
import { healthRouter } from './health-router';

export const appRouter = router({
  auth: authRouter,
  audit: auditRouter,
  health: healthRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

// The one place routers are composed. Each feature lib owns its router; this file only mounts it.
import { auditRouter, authRouter, createCallerFactory, router } from '@zhijian/auth';
import { feedsRouter } from '@zhijian/feeds';
import { healthRouter } from './health-router';

export const appRouter = router({
  auth: authRouter,
  audit: auditRouter,
  health: healthRouter,
  feeds: feedsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

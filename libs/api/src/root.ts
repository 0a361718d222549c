// The one place routers are composed. Each feature lib owns its router; this file only mounts it.
import { analysisRouter } from '@zhijian/analysis-api';
import { auditRouter, authRouter, createCallerFactory, notificationsRouter, router } from '@zhijian/auth';
import { feedsRouter } from '@zhijian/feeds';
import { queryRouter } from '@zhijian/query-api';
import { caseworkRouter } from '@zhijian/casework-api';
import { warningRouter } from '@zhijian/warning-api';
import { healthRouter } from './health-router';

export const appRouter = router({
  analysis: analysisRouter,
  auth: authRouter,
  audit: auditRouter,
  health: healthRouter,
  feeds: feedsRouter,
  notifications: notificationsRouter,
  query: queryRouter,
  warning: warningRouter,
  casework: caseworkRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

export { appRouter, createCaller, type AppRouter } from './root';
export { createContextInner, type Context } from '@zhijian/auth';

export { appRouter, createCaller, type AppRouter } from './root';
export { createContextInner, type Context } from '@zhijian/auth';
export { ACCESS_RULES, ruleAllows, type Access, type AccessRule } from './access-rules';

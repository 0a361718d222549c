// tRPC building blocks every feature router uses. Authorization narrows the context in
// middleware, so a handler behind `protectedProcedure` sees a non-null `ctx.user`.
import type { Role } from '@zhijian/db';
import { initTRPC, TRPCError } from '@trpc/server';
import type { Context } from './context';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Zod details help the UI show which field is wrong; stack traces never leave the server.
    const zodIssues = error.cause && 'issues' in error.cause ? (error.cause as { issues: unknown }).issues : undefined;
    return { ...shape, data: { ...shape.data, stack: undefined, zodIssues } };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure;

export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: '请先登录 / please log in' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure only users holding at least one of `roles` may call. */
export function roleProcedure(...roles: Role[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!ctx.user.roles.some((role) => roles.includes(role))) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `需要角色 / requires role: ${roles.join(', ')}` });
    }
    return next({ ctx });
  });
}

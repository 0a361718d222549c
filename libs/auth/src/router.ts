import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { appendAudit, verifyAuditChain } from './audit-log';
import { LoginError, login } from './login';
import { toMe } from './session-user';
import { revokeAllSessions, revokeSession } from './sessions';
import { protectedProcedure, publicProcedure, roleProcedure, router } from './trpc';

export const loginInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => (ctx.user ? toMe(ctx.user) : null)),

  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    try {
      const result = await login(ctx.db, { ...input, ip: ctx.ip, userAgent: ctx.userAgent });
      // A new token on every login: an old (possibly planted) session id is never promoted.
      if (ctx.sessionToken) await revokeSession(ctx.db, ctx.sessionToken);
      ctx.cookies.set(result.token, result.expiresAt);
      return toMe(result.user);
    } catch (error) {
      if (error instanceof LoginError) {
        throw new TRPCError({ code: error.reason === 'rate_limited' ? 'TOO_MANY_REQUESTS' : 'UNAUTHORIZED', message: error.message });
      }
      throw error;
    }
  }),

  logout: protectedProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await revokeSession(ctx.db, ctx.sessionToken);
    ctx.cookies.clear();
    await appendAudit(ctx.db, { action: 'auth.logout', actorUserId: ctx.user.id, actorUsername: ctx.user.username, ip: ctx.ip });
    return { ok: true as const };
  }),

  logoutEverywhere: protectedProcedure.mutation(async ({ ctx }) => {
    await revokeAllSessions(ctx.db, ctx.user.id);
    ctx.cookies.clear();
    await appendAudit(ctx.db, { action: 'auth.logout_all', actorUserId: ctx.user.id, actorUsername: ctx.user.username, ip: ctx.ip });
    return { ok: true as const };
  }),
});

export const auditRouter = router({
  verify: roleProcedure('admin').query(({ ctx }) => verifyAuditChain(ctx.db)),
});

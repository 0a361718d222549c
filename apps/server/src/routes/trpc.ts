import { appRouter, type AppRouter, createContextInner } from '@zhijian/api';
import { resolveSession, SESSION_COOKIE } from '@zhijian/auth';
import type { DbHandle } from '@zhijian/db';
import type { FeedLimits } from '@zhijian/ingest';
import type { Queues } from '@zhijian/jobs';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sessionTokenOf } from './session';

export async function registerTrpc(
  app: FastifyInstance,
  deps: { database: DbHandle; readDatabase?: DbHandle; queues: Queues; dataDir: string; feedLimits?: FeedLimits; cookieSecure: boolean },
) {
  const cookieJar = (reply: FastifyReply) => ({
    set: (token: string, expiresAt: Date) =>
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.cookieSecure,
        path: '/',
        expires: expiresAt,
        signed: true,
      }),
    clear: () => reply.clearCookie(SESSION_COOKIE, { path: '/' }),
  });

  const createContext: FastifyTRPCPluginOptions<AppRouter>['trpcOptions']['createContext'] = async ({ req, res }) => {
    const token = sessionTokenOf(req);
    return createContextInner({
      database: deps.database,
      readDatabase: deps.readDatabase,
      queues: deps.queues,
      dataDir: deps.dataDir,
      feedLimits: deps.feedLimits,
      user: await resolveSession(deps.database.db, token),
      sessionToken: token,
      ip: req.ip,
      userAgent: req.headers['user-agent'] ?? null,
      cookies: cookieJar(res),
    });
  };

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext,
      onError: ({ error, path, req }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error, path }, 'tRPC procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
}

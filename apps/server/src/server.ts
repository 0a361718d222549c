import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { createDb } from '@zhijian/db';
import { createQueues, createRedisConnection } from '@zhijian/jobs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerEnv } from './env';
import { registerHealthRoute } from './routes/health';
import { registerSameOriginGuard } from './routes/same-origin';
import { registerTrpc } from './routes/trpc';
import { registerRejectsDownload } from './routes/rejects-download';
import { registerUploadRoute } from './routes/upload';
import { registerWebApps } from './routes/web-apps';

export type ServerOptions = Pick<
  ServerEnv,
  'DATABASE_URL' | 'REDIS_URL' | 'SESSION_SECRET' | 'COOKIE_SECURE' | 'LOG_LEVEL' | 'WEB_ROOT' | 'DATA_DIR' | 'QUEUE_PREFIX' | 'UPLOAD_MAX_BYTES'
>;

/** Builds the HTTP server (not yet listening); closing it closes its pools too. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.LOG_LEVEL,
      // Session cookies never reach the logs.
      redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    genReqId: (request) => (request.headers['x-request-id'] as string | undefined) ?? randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const database = createDb(options.DATABASE_URL, { applicationName: 'zhijian-server' });
  const redis = createRedisConnection(options.REDIS_URL);
  const queues = createQueues(redis, options.QUEUE_PREFIX);
  const dataDir = path.resolve(options.DATA_DIR);
  app.addHook('onClose', async () => {
    await queues.close();
    redis.disconnect();
    await database.close();
  });

  await app.register(fastifyCookie, { secret: options.SESSION_SECRET });
  registerSameOriginGuard(app);
  registerHealthRoute(app, { db: database.db, redis });
  await registerTrpc(app, { database, queues, dataDir, cookieSecure: options.COOKIE_SECURE });
  await registerUploadRoute(app, { database, dataDir, maxBytes: options.UPLOAD_MAX_BYTES });
  registerRejectsDownload(app, { database });
  await registerWebApps(app, options.WEB_ROOT);
  return app;
}

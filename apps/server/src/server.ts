import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { sessionPolicy, setSessionPolicy } from '@zhijian/auth';
import { logOptions } from '@zhijian/config';
import { createDb } from '@zhijian/db';
import { type FeedLimitsEnv, feedLimitsOf } from '@zhijian/ingest';
import { createQueues, createRedisConnection } from '@zhijian/jobs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_UPLOAD_RATE_PER_MINUTE, type ServerEnv } from './env';
import { registerHealthRoute } from './routes/health';
import { registerSameOriginGuard } from './routes/same-origin';
import { registerSecurityHeaders } from './routes/security-headers';
import { uploadRateLimiter } from './routes/upload-rate-limit';
import { registerTrpc } from './routes/trpc';
import { registerRejectsDownload } from './routes/rejects-download';
import { registerUploadRoute } from './routes/upload';
import { registerWebApps } from './routes/web-apps';

export type ServerOptions = Pick<
  ServerEnv,
  'DATABASE_URL' | 'REDIS_URL' | 'SESSION_SECRET' | 'COOKIE_SECURE' | 'LOG_LEVEL' | 'WEB_ROOT' | 'DATA_DIR' | 'QUEUE_PREFIX' | 'UPLOAD_MAX_BYTES'
> &
  Partial<Pick<ServerEnv, 'UPLOAD_RATE_PER_MINUTE' | 'SESSION_TTL_HOURS' | 'SESSION_IDLE_MINUTES' | 'DATABASE_READ_URL'> & FeedLimitsEnv>;

/** Builds the HTTP server (not yet listening); closing it closes its pools too. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  if (options.SESSION_TTL_HOURS || options.SESSION_IDLE_MINUTES) {
    const defaults = sessionPolicy();
    setSessionPolicy({
      ttlMs: options.SESSION_TTL_HOURS ? options.SESSION_TTL_HOURS * 3_600_000 : defaults.ttlMs,
      idleMs: options.SESSION_IDLE_MINUTES ? options.SESSION_IDLE_MINUTES * 60_000 : defaults.idleMs,
    });
  }
  const app = Fastify({
    // Session cookies never reach the logs; resident IDs and phones are masked in every line.
    logger: logOptions({ level: options.LOG_LEVEL }),
    genReqId: (request) => (request.headers['x-request-id'] as string | undefined) ?? randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const database = createDb(options.DATABASE_URL, { applicationName: 'zhijian-server' });
  // Relational query and analysis read from a replica when one is configured (docs/SCALING.md).
  const readDatabase = options.DATABASE_READ_URL ? createDb(options.DATABASE_READ_URL, { applicationName: 'zhijian-server-read' }) : undefined;
  const redis = createRedisConnection(options.REDIS_URL);
  const queues = createQueues(redis, options.QUEUE_PREFIX);
  const dataDir = path.resolve(options.DATA_DIR);
  // Preview and submit read the file's header under the operator's limits, as the worker reads
  // its rows; unset (tests building the server directly): the readers' defaults.
  const feedLimits = options.FEED_MAX_ROWS === undefined ? undefined : feedLimitsOf(options as FeedLimitsEnv);
  app.addHook('onClose', async () => {
    await queues.close();
    redis.disconnect();
    await database.close();
    await readDatabase?.close();
  });

  await app.register(fastifyCookie, { secret: options.SESSION_SECRET });
  await registerSecurityHeaders(app, { https: options.COOKIE_SECURE });
  registerSameOriginGuard(app);
  registerHealthRoute(app, { db: database.db, redis });
  await registerTrpc(app, { database, readDatabase, queues, dataDir, feedLimits, cookieSecure: options.COOKIE_SECURE });
  await registerUploadRoute(app, {
    database,
    dataDir,
    maxBytes: options.UPLOAD_MAX_BYTES,
    allowUpload: uploadRateLimiter(redis, { prefix: options.QUEUE_PREFIX, perMinute: options.UPLOAD_RATE_PER_MINUTE ?? DEFAULT_UPLOAD_RATE_PER_MINUTE }),
  });
  registerRejectsDownload(app, { database, dataDir });
  await registerWebApps(app, options.WEB_ROOT);
  return app;
}

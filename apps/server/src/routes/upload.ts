// Streaming upload of a delivery file: the request body goes straight to the content-hash
// store under DATA_DIR, never into memory. The client then previews and submits it by hash
// through tRPC (`feeds.preview`, `feeds.submit`).
import type { DbHandle } from '@zhijian/db';
import { storeFeedStream, UploadTooLargeError } from '@zhijian/ingest';
import type { FastifyInstance } from 'fastify';
import { sessionUserOf } from './session';

export async function registerUploadRoute(app: FastifyInstance, deps: {
    database: DbHandle;
    dataDir: string;
    maxBytes: number;
    /** The per-user upload rate limit; refused uploads get 429 before a byte is stored. */
    allowUpload: (userId: string) => Promise<{ allowed: boolean; retryAfterSeconds: number }>;
  },) {
  // Take the raw body as a stream instead of letting Fastify buffer and parse it.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  app.post('/api/uploads', { bodyLimit: deps.maxBytes }, async (request, reply) => {
    const user = await sessionUserOf(request, deps.database.db);
    if (!user) return reply.code(401).send({ error: '请先登录 / please log in' });
    if (!user.roles.some((role) => role === 'steward' || role === 'admin')) {
      return reply.code(403).send({ error: '只有数据专员可以上传 / only data stewards may upload' });
    }
    const rate = await deps.allowUpload(user.id);
    if (!rate.allowed) {
      return reply
        .code(429)
        .header('retry-after', String(rate.retryAfterSeconds))
        .send({ error: `上传过于频繁，请 ${rate.retryAfterSeconds} 秒后再试 / too many uploads, try again in ${rate.retryAfterSeconds} s` });
    }
    if (request.headers['content-type'] !== 'application/octet-stream') {
      return reply.code(415).send({ error: 'send the file as application/octet-stream' });
    }
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > deps.maxBytes) return reply.code(413).send({ error: new UploadTooLargeError(deps.maxBytes).message });
    const fileName = decodeURIComponent(String(request.headers['x-file-name'] ?? 'upload'));
    try {
      const stored = await storeFeedStream(deps.dataDir, request.body as NodeJS.ReadableStream as never, { maxBytes: deps.maxBytes });
      return { sha256: stored.sha256, size: stored.size, fileName };
    } catch (error) {
      if (error instanceof UploadTooLargeError) return reply.code(413).send({ error: error.message });
      throw error;
    }
  });
}

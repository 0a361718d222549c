import type { FastifyInstance } from 'fastify';

/**
 * Cookie-authenticated mutations must come from our own pages. Browsers send `Origin` on
 * cross-site POSTs; one that names another host is refused before any procedure runs.
 */
export function registerSameOriginGuard(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const origin = request.headers.origin;
    if (!origin) return;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return reply.code(403).send({ error: 'bad origin' });
    }
    if (originHost !== request.headers.host) return reply.code(403).send({ error: 'cross-site request refused' });
  });
}

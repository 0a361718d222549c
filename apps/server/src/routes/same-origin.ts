import type { FastifyInstance } from 'fastify';

/**
 * Cookie-authenticated mutations must come from our own pages. Browsers send `Origin` on
 * cross-site POSTs; one that names another host is refused before any procedure runs.
 * Some tRPC queries write the audit log (a person's profile read with a purpose), and a
 * SameSite=Lax cookie still rides along a cross-site top-level GET: such a request, which
 * browsers mark `Sec-Fetch-Site: cross-site`, is refused on /trpc too, so no other site can
 * plant lookups in a user's name.
 */
export function registerSameOriginGuard(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
      if (request.url.startsWith('/trpc/') && request.headers['sec-fetch-site'] === 'cross-site') {
        return reply.code(403).send({ error: 'cross-site request refused' });
      }
      return;
    }
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

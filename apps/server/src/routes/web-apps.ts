import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { APPS } from '@zhijian/auth';
import type { FastifyInstance } from 'fastify';

const repoApps = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Serves each built front end under its own path (`/library/`, `/query/`, …) with a
 * single-page fallback to its index.html, and sends `/` to the library console.
 */
export async function registerWebApps(app: FastifyInstance, webRoot?: string) {
  const distOf = (name: string) => (webRoot ? path.join(webRoot, name) : path.join(repoApps, name, 'dist'));

  for (const name of APPS) {
    const root = distOf(name);
    if (!existsSync(path.join(root, 'index.html'))) {
      app.log.warn({ app: name, root }, 'web app not built; run `npx nx run-many -t build`');
      app.get(`/${name}/*`, (_request, reply) =>
        reply.code(503).type('text/plain; charset=utf-8').send(`前端 ${name} 尚未构建 / web app not built: npx nx run-many -t build`),
      );
      continue;
    }
    await app.register(fastifyStatic, { root, prefix: `/${name}/`, decorateReply: name === APPS[0], wildcard: false, index: 'index.html' });
    // Client-side routes (e.g. /query/subject/123) get the app's index.html.
    app.get(`/${name}/*`, (_request, reply) => reply.sendFile('index.html', root));
  }
  app.get('/', (_request, reply) => reply.redirect('/library/'));
  for (const name of APPS) app.get(`/${name}`, (_request, reply) => reply.redirect(`/${name}/`));
}

import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response (helmet). The CSP fits the Vite-built apps: scripts
 * and styles only from our own origin, except inline styles, which Ant Design's CSS-in-JS
 * injects at run time; images from data:/blob: (charts, downloads built in the browser).
 * HSTS and upgrade-insecure-requests only when served over HTTPS (COOKIE_SECURE): on plain
 * http://127.0.0.1 they would send the browser to a port that does not speak TLS.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: options.https ? { maxAge: 180 * 24 * 3600, includeSubDomains: true } : false,
    // Downloads (rejects.csv/xlsx) are fetched by our own pages only.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

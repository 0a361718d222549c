// Log lines never carry a resident ID or a mobile number in full: the same masks the query
// system shows (430702********0017, 138****5678), applied to the message and to every string
// in the logged object, by the pino options every process builds its logger from.
import type { LoggerOptions } from 'pino';

// Not inside a longer run of digits or letters, so hashes, UUIDs and amounts stay intact.
const RESIDENT_ID = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[0-9Xx])(?![0-9A-Za-z])/g;
const LEGACY_ID = /(?<![0-9A-Za-z])(\d{6})(\d{5})(\d{4})(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z])(?:\+?86[- ]?)?(1[3-9]\d)(\d{4})(\d{4})(?![0-9A-Za-z])/g;

/** Masks resident IDs (18 and 15 digits) and mobile numbers in free text. */
export function maskIdentifiers(text: string): string {
  return text
    .replace(RESIDENT_ID, (_m, head: string, _mid: string, tail: string) => `${head}********${tail.slice(-4)}`)
    .replace(LEGACY_ID, (_m, head: string, _mid: string, tail: string) => `${head}*****${tail}`)
    .replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`);
}

/**
 * A copy of a logged value with every string masked: plain objects and arrays are walked,
 * errors keep their class with every own property (message, stack, a driver's `detail`)
 * masked. Other class instances (a request, a reply) are left to pino's serializers.
 */
export function maskLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskIdentifiers(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => maskLogValue(item, depth + 1));
  if (value instanceof Error) {
    const masked = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(value)) masked[key] = maskLogValue((value as unknown as Record<string, unknown>)[key], depth + 1);
    return masked;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskLogValue(item, depth + 1)]));
}

/** A request as Fastify logs it, its URL masked: tRPC queries carry their input (an ID searched for) in it. */
function requestSerializer(request: { method?: string; url?: string; hostname?: string; host?: string; ip?: string; socket?: { remotePort?: number } }) {
  return {
    method: request.method,
    url: request.url === undefined ? undefined : maskIdentifiers(safeDecode(request.url)),
    host: request.host ?? request.hostname,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** A connection URL fit to print: its password replaced by `***`. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

/** The pino options of every Zhijian process: level, name, masked identifiers, no cookies or secrets. */
export function logOptions(options: { level: string; name?: string }): LoggerOptions {
  return {
    level: options.level,
    ...(options.name ? { name: options.name } : {}),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.SESSION_SECRET', '*.DATABASE_URL', '*.REDIS_URL'],
      censor: '[redacted]',
    },
    serializers: { req: requestSerializer },
    formatters: { log: (object) => maskLogValue(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => maskLogValue(arg)) as Parameters<typeof method>);
      },
    },
  };
}

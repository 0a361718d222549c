import type { Db } from '@zhijian/db';
import type { SessionUser } from './session-user';

/** How a procedure sets or clears the session cookie without knowing the HTTP framework. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  sessionToken: string | null;
  ip: string | null;
  userAgent: string | null;
  cookies: SessionCookieJar;
}

/**
 * The context without any HTTP request: the server builds it from a request, tests build
 * it directly and call procedures through `createCaller` on the real database.
 */
export function createContextInner(input: {
  db: Db;
  user?: SessionUser | null;
  sessionToken?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  cookies?: SessionCookieJar;
}): Context {
  return {
    db: input.db,
    user: input.user ?? null,
    sessionToken: input.sessionToken ?? null,
    ip: input.ip ?? null,
    userAgent: input.userAgent ?? null,
    cookies: input.cookies ?? { set: () => undefined, clear: () => undefined },
  };
}

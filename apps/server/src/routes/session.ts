import { resolveSession, SESSION_COOKIE, type SessionUser } from '@zhijian/auth';
import type { Db } from '@zhijian/db';
import type { FastifyRequest } from 'fastify';

/** The session token from the signed cookie; null when absent or its signature is wrong. */
export function sessionTokenOf(request: FastifyRequest): string | null {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : null;
}

/** The signed-in user of a plain HTTP route (uploads, downloads), or null. */
export function sessionUserOf(request: FastifyRequest, db: Db): Promise<SessionUser | null> {
  return resolveSession(db, sessionTokenOf(request));
}

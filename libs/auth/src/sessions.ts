import { createHash, randomBytes } from 'node:crypto';
import { type Db, schema } from '@zhijian/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import { type SessionUser, selectSessionUsers, toSessionUser } from './session-user';

export const SESSION_COOKIE = 'zj_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Db,
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.insert(schema.sessions).values({
    tokenHash: tokenHash(token),
    userId,
    expiresAt,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent ?? null,
  });
  return { token, expiresAt };
}

/** The user behind a live session token, or null (unknown, expired, or user disabled). */
export async function resolveSession(db: Db, token: string | undefined | null): Promise<SessionUser | null> {
  if (!token) return null;
  const [row] = await selectSessionUsers(db)
    .innerJoin(schema.sessions, eq(schema.sessions.userId, schema.users.id))
    .where(and(eq(schema.sessions.tokenHash, tokenHash(token)), gt(schema.sessions.expiresAt, new Date())));
  if (!row || row.disabled) return null;
  return toSessionUser(row);
}

export async function revokeSession(db: Db, token: string): Promise<void> {
  await db.delete(schema.sessions).where(eq(schema.sessions.tokenHash, tokenHash(token)));
}

export async function revokeAllSessions(db: Db, userId: string): Promise<void> {
  await db.delete(schema.sessions).where(eq(schema.sessions.userId, userId));
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(schema.sessions).where(lt(schema.sessions.expiresAt, new Date()));
}

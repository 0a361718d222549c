import { createHash, randomBytes } from 'node:crypto';
import { type Db, schema } from '@zhijian/db';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { type SessionUser, sessionUserColumns, toSessionUser } from './session-user';

export const SESSION_COOKIE = 'zj_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;

/**
 * A session ends at the first of: its absolute lifetime (`ttlMs` after login) or `idleMs`
 * without a request. `sessions.expires_at` holds the earlier of the two and slides forward
 * on use, never past the absolute end. Set once per process from the environment
 * (SESSION_TTL_HOURS, SESSION_IDLE_MINUTES) by the server.
 */
export interface SessionPolicy {
  ttlMs: number;
  idleMs: number;
}

let policy: SessionPolicy = { ttlMs: SESSION_TTL_MS, idleMs: SESSION_IDLE_MS };

export function setSessionPolicy(next: SessionPolicy): void {
  policy = { ttlMs: next.ttlMs, idleMs: Math.min(next.idleMs, next.ttlMs) };
}

export function sessionPolicy(): SessionPolicy {
  return policy;
}

/** Sliding the expiry is a write: do it at most once a minute per session. */
const SLIDE_GRANULARITY_MS = 60_000;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Db,
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  // The cookie lives until the absolute end; the idle limit is the server's to enforce.
  const expiresAt = new Date(now + policy.ttlMs);
  await db.insert(schema.sessions).values({
    tokenHash: tokenHash(token),
    userId,
    createdAt: new Date(now),
    expiresAt: new Date(now + Math.min(policy.idleMs, policy.ttlMs)),
    ip: meta.ip ?? null,
    userAgent: meta.userAgent ?? null,
  });
  return { token, expiresAt };
}

/** The user behind a live session token, or null (unknown, expired, or user disabled). */
export async function resolveSession(db: Db, token: string | undefined | null): Promise<SessionUser | null> {
  if (!token) return null;
  const hash = tokenHash(token);
  // Whether the idle expiry is due to slide comes with the lookup: every request pays one
  // round trip for its session, and only about one a minute per session a second one.
  const [row] = await db
    .select({ ...sessionUserColumns, slideDue: sql<boolean>`${schema.sessions.expiresAt} < ${slidTo()} - ${slack()}::interval` })
    .from(schema.users)
    .innerJoin(schema.departments, eq(schema.users.departmentId, schema.departments.id))
    .innerJoin(schema.sessions, eq(schema.sessions.userId, schema.users.id))
    .where(and(eq(schema.sessions.tokenHash, hash), gt(schema.sessions.expiresAt, new Date())));
  if (!row || row.disabled) return null;
  if (row.slideDue) await slideExpiry(db, hash);
  return toSessionUser(row);
}

/** Where a session used now ends: the idle limit from now, capped at its absolute end. */
const slidTo = () => sql`least(${schema.sessions.createdAt} + ${`${policy.ttlMs} milliseconds`}::interval, now() + ${`${policy.idleMs} milliseconds`}::interval)`;
/** Expiry moves in steps of this much at least, so a busy session is not rewritten on every request. */
const slack = () => `${SLIDE_GRANULARITY_MS} milliseconds`;

/** Pushes a used session's idle expiry forward, capped at its absolute end (one keyed UPDATE). */
async function slideExpiry(db: Db, hash: string): Promise<void> {
  await db.execute(sql`
    update sessions set expires_at = ${slidTo()}
    where token_hash = ${hash} and expires_at < ${slidTo()} - ${slack()}::interval`);
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

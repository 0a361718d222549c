import { type Db, schema } from '@zhijian/db';
import { and, count, eq, gt } from 'drizzle-orm';
import { appendAudit } from './audit-log';
import { verifyPassword } from './password';
import { type SessionUser, selectSessionUsers, toSessionUser } from './session-user';
import { createSession } from './sessions';

/** Failed logins allowed per username (and, more loosely, per address) in the window. */
export const LOGIN_LIMITS = { windowMs: 15 * 60 * 1000, perUsername: 5, perIp: 30 };

export type LoginFailure = 'invalid_credentials' | 'rate_limited';

export class LoginError extends Error {
  constructor(readonly reason: LoginFailure) {
    super(
      reason === 'rate_limited'
        ? '登录失败次数过多，请 15 分钟后再试 / too many failed logins, try again in 15 minutes'
        : '用户名或密码错误 / wrong username or password',
    );
  }
}

export interface LoginResult {
  user: SessionUser;
  token: string;
  expiresAt: Date;
}

/**
 * Checks the credentials and opens a session. Unknown users and wrong passwords fail with
 * the same error after the same work. Failures are counted from the audit log, so the
 * limit holds across server processes and restarts.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; ip?: string | null; userAgent?: string | null },
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const ip = input.ip ?? null;
  if (await isRateLimited(db, username, ip)) {
    await appendAudit(db, { action: 'auth.login.rate_limited', target: username, ip });
    throw new LoginError('rate_limited');
  }

  const [row] = await selectSessionUsers(db).where(eq(schema.users.username, username));
  const passwordOk = await verifyPassword(row && !row.disabled ? row.passwordHash : null, input.password);
  if (!row || !passwordOk) {
    await appendAudit(db, { action: 'auth.login.failed', target: username, ip });
    throw new LoginError('invalid_credentials');
  }

  const session = await createSession(db, row.id, { ip, userAgent: input.userAgent });
  await db.update(schema.users).set({ lastLoginAt: new Date() }).where(eq(schema.users.id, row.id));
  await appendAudit(db, { action: 'auth.login', actorUserId: row.id, actorUsername: row.username, target: row.username, ip });
  return { user: toSessionUser(row), ...session };
}

async function isRateLimited(db: Db, username: string, ip: string | null): Promise<boolean> {
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMs);
  const failures = (where: ReturnType<typeof eq>) =>
    db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'auth.login.failed'), where, gt(schema.auditLog.at, since)));
  const [byUser] = await failures(eq(schema.auditLog.target, username));
  if ((byUser?.n ?? 0) >= LOGIN_LIMITS.perUsername) return true;
  if (!ip) return false;
  const [byIp] = await failures(eq(schema.auditLog.ip, ip));
  return (byIp?.n ?? 0) >= LOGIN_LIMITS.perIp;
}

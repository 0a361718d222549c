import type { Db, DbHandle } from '@zhijian/db';
import type { FeedLimits } from '@zhijian/ingest';
import type { Queues } from '@zhijian/jobs';
import type { SessionUser } from './session-user';

/** How a procedure sets or clears the session cookie without knowing the HTTP framework. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  db: Db;
  /** The pool behind `db`, for bulk work (COPY) that needs a raw client. */
  database: DbHandle;
  /**
   * A read replica (DATABASE_READ_URL) for read-only procedures of relational query and
   * intelligence analysis; the primary when none is configured. Replicas lag: anything
   * that writes, or must see its own writes (audit, sessions), uses `db`.
   */
  readDb: Db;
  readDatabase: DbHandle;
  /** Where procedures enqueue jobs; null where no Redis is wired (some tests). */
  queues: Queues | null;
  /** Where delivered files are stored. */
  dataDir: string;
  /** The limits a delivered file is read under (FEED_MAX_*, XLSX_MAX_*); undefined: the readers' defaults. */
  feedLimits: FeedLimits | undefined;
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
  database: DbHandle;
  readDatabase?: DbHandle | null;
  queues?: Queues | null;
  dataDir?: string;
  feedLimits?: FeedLimits;
  user?: SessionUser | null;
  sessionToken?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  cookies?: SessionCookieJar;
}): Context {
  const readDatabase = input.readDatabase ?? input.database;
  return {
    db: input.database.db,
    database: input.database,
    readDb: readDatabase.db,
    readDatabase,
    queues: input.queues ?? null,
    dataDir: input.dataDir ?? '.zhijian/data',
    feedLimits: input.feedLimits,
    user: input.user ?? null,
    sessionToken: input.sessionToken ?? null,
    ip: input.ip ?? null,
    userAgent: input.userAgent ?? null,
    cookies: input.cookies ?? { set: () => undefined, clear: () => undefined },
  };
}

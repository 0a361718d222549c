// The append-only, hash-chained audit log. Each row's hash covers its own content and the
// previous row's hash, so changing or removing any row breaks the chain from there on.
import { createHash } from 'node:crypto';
import { type Db, schema, withTransaction } from '@zhijian/db';
import { asc, gt } from 'drizzle-orm';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  actorUserId?: string | null;
  actorUsername?: string | null;
  target?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

type AuditRow = typeof schema.auditLog.$inferSelect;

export function auditRowHash(row: Omit<AuditRow, 'hash'>): string {
  const content = canonicalJson([
    row.seq,
    row.at.toISOString(),
    row.actorUserId,
    row.actorUsername,
    row.action,
    row.target,
    row.detail,
    row.ip,
    row.prevHash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Appends one entry; resolves once it is committed. Appends are serialized by a
 * transaction-scoped advisory lock across processes; within one process, entries that arrive
 * while a write is under way are chained and committed together in the next write (group
 * commit), so fifty analysts opening profiles wait for one short transaction each, not for
 * fifty in a queue.
 */
export function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  let writer = writers.get(db);
  if (writer === undefined) writers.set(db, (writer = new AuditWriter(db)));
  return writer.append(entry);
}

interface PendingEntry {
  entry: AuditEntry;
  at: Date;
  resolve(): void;
  reject(error: unknown): void;
}

/** Bounds one transaction's insert; a larger backlog is written in several. */
const MAX_GROUP = 500;
const writers = new WeakMap<Db, AuditWriter>();

class AuditWriter {
  private pending: PendingEntry[] = [];
  private writing = false;

  constructor(private readonly db: Db) {}

  append(entry: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ entry, at: new Date(), resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.pending.length > 0) {
      const group = this.pending.splice(0, MAX_GROUP);
      try {
        await writeGroup(this.db, group);
        for (const item of group) item.resolve();
      } catch (error) {
        for (const item of group) item.reject(error);
      }
    }
    this.writing = false;
  }
}

/** Serializes appends across processes; any number that no other advisory lock uses. */
const AUDIT_LOCK = 724203;

/**
 * One group in four round trips: begin; the lock, the chain's last hash and the group's
 * sequence numbers in one multi-statement query (run in order, so the hash is read under the
 * lock); the insert; the commit. Every round trip is paid by every analyst waiting on the group.
 */
async function writeGroup(db: Db, group: PendingEntry[]): Promise<void> {
  await withTransaction(db.$client, async (client) => {
    const results = (await client.query(
      `select pg_advisory_xact_lock(${AUDIT_LOCK});
       select hash from audit_log order by seq desc limit 1;
       select nextval('audit_log_seq_seq') as seq from generate_series(1, ${Number(group.length)})`,
    )) as unknown as Array<{ rows: Array<Record<string, string>> }>;
    const last = results[1]?.rows[0]?.hash;
    const numbers = (results[2]?.rows ?? []).map((row) => Number(row.seq)).sort((a, b) => a - b);
    let prevHash = last ?? GENESIS_HASH;
    const rows = group.map(({ entry, at }, i) => {
      const row = {
        seq: numbers[i] as number,
        at,
        actorUserId: entry.actorUserId ?? null,
        actorUsername: entry.actorUsername ?? null,
        action: entry.action,
        target: entry.target ?? null,
        detail: JSON.parse(canonicalJson(entry.detail ?? {})) as Record<string, unknown>,
        ip: entry.ip ?? null,
        prevHash,
      };
      const hash = auditRowHash(row);
      prevHash = hash;
      return { ...row, hash };
    });
    await client.query(
      `insert into audit_log (seq, at, actor_user_id, actor_username, action, target, detail, ip, prev_hash, hash)
       select * from unnest($1::bigint[], $2::timestamptz[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::text[], $9::text[], $10::text[])`,
      [
        rows.map((r) => r.seq),
        rows.map((r) => r.at),
        rows.map((r) => r.actorUserId),
        rows.map((r) => r.actorUsername),
        rows.map((r) => r.action),
        rows.map((r) => r.target),
        rows.map((r) => JSON.stringify(r.detail)),
        rows.map((r) => r.ip),
        rows.map((r) => r.prevHash),
        rows.map((r) => r.hash),
      ],
    );
  });
}

export type AuditVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; firstBadSeq: number; reason: 'hash' | 'chain' };

/** Walks the whole log in order, in pages, and names the first row whose hash or link is wrong. */
export async function verifyAuditChain(db: Db, pageSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(schema.auditLog)
      .where(gt(schema.auditLog.seq, afterSeq))
      .orderBy(asc(schema.auditLog.seq))
      .limit(pageSize);
    for (const row of rows) {
      if (row.prevHash !== prevHash) return { ok: false, checked, firstBadSeq: row.seq, reason: 'chain' };
      if (auditRowHash(row) !== row.hash) return { ok: false, checked, firstBadSeq: row.seq, reason: 'hash' };
      prevHash = row.hash;
      afterSeq = row.seq;
      checked++;
    }
    if (rows.length < pageSize) return { ok: true, checked };
  }
}

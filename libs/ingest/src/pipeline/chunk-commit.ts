// Writing a prepared chunk into the library, in batch order, exactly once. Chunks of one
// batch may be written by several processes at once, but each commits only at its turn:
// its transaction moves `batches.staged_through_row` from the chunk's `afterRow` to its
// `lastRow`, fenced on the watermark standing at `afterRow`. So commits follow the file's
// order (the subject-name rule and the counters see the rows in order), a chunk whose rows
// are committed already changes nothing, and a second writer of the same chunk rolls back.
//
// The heavy part — COPYing records, links, relations and rejects (subjects are resolved
// just before, in a short transaction of their own: chunk-subjects.ts) — runs while the chunk
// before is still being written: the transaction opens once the predecessor's turn has come
// and waits for its own before it moves the watermark.
import type { DbHandle } from '@zhijian/db';
import type { PoolClient } from 'pg';
import { batchLedgerThrough, forgetBatchLedger, writeChunkLedger } from './chunk-ledger';
import type { PreparedChunk } from './chunk-prepare';
import { QualityCounter } from './quality-counter';

export type ChunkOutcome =
  | { outcome: 'committed'; rowsRead: number; rowsRejected: number; bytesRead: number }
  /** Its rows are committed already, or the batch is no longer staging (published, failed…). */
  | { outcome: 'already_done'; status: string | null }
  /** Its turn did not come in time: try again later. */
  | { outcome: 'waiting' };

export interface CommitOptions {
  dataDir: string;
  /** When to give up waiting for the chunk's turn (ms since the epoch). */
  deadline: number;
  /** How many chunks ahead of the watermark a chunk may begin writing (default 1: next to its predecessor). */
  writeAhead?: number;
}

interface BatchPosition {
  status: string | null;
  stagedThroughRow: number;
}

const POLL_MS = 15;
/** How often a chunk waiting for its turn checks that it is not holding up another writer. */
const BLOCKING_CHECK_MS = 200;
const DEADLOCK = '40P01';

export async function batchPosition(runner: { query: PoolClient['query'] } | DbHandle['pool'], batchId: string): Promise<BatchPosition> {
  const { rows } = await runner.query<{ status: string; staged_through_row: number }>('select status, staged_through_row from batches where id = $1', [batchId]);
  return { status: rows[0]?.status ?? null, stagedThroughRow: rows[0]?.staged_through_row ?? 0 };
}

/** Whether the chunk can never commit: its rows are in, another chunking covered them, or the batch left staging. */
export const chunkSettled = (position: BatchPosition, afterRow: number) => position.status !== 'staging' || position.stagedThroughRow > afterRow;

/**
 * Whether the watermark is at most `chunks` chunks behind `afterRow`. Chunks are cut by rows
 * read, and row numbers may skip (title rows, blank lines): half a chunk of slack.
 */
export const withinChunks = (position: BatchPosition, afterRow: number, span: number, chunks: number) =>
  position.stagedThroughRow >= afterRow - (chunks + 0.5) * span;

/** Polls the batch's position until `ready` or the deadline (null then). */
export async function waitForPosition(
  runner: { query: PoolClient['query'] } | DbHandle['pool'],
  batchId: string,
  ready: (position: BatchPosition) => boolean,
  deadline: number,
  onPoll?: () => Promise<boolean>,
): Promise<BatchPosition | null> {
  let lastCheck = Date.now();
  for (;;) {
    const position = await batchPosition(runner, batchId);
    if (ready(position)) return position;
    if (Date.now() >= deadline) return null;
    if (onPoll && Date.now() - lastCheck >= BLOCKING_CHECK_MS) {
      lastCheck = Date.now();
      if (await onPoll()) return null;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export async function commitChunk(handle: DbHandle, prepared: PreparedChunk, options: CommitOptions): Promise<ChunkOutcome> {
  const { ref } = prepared;
  const span = Math.max(1, ref.lastRow - ref.afterRow);
  let writeAhead = options.writeAhead ?? 1;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) prepared.encode();
    const start = await waitForPosition(handle.pool, ref.batchId, (p) => chunkSettled(p, ref.afterRow) || withinChunks(p, ref.afterRow, span, writeAhead), options.deadline);
    if (start === null) return { outcome: 'waiting' };
    if (chunkSettled(start, ref.afterRow)) return { outcome: 'already_done', status: start.status };

    const client = await handle.pool.connect();
    let outcome: ChunkOutcome | 'yield';
    try {
      outcome = await writeAtTurn(client, prepared, options);
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      forgetBatchLedger(ref.batchId);
      // Two chunks writing side by side locked the same subjects in opposite orders: the
      // later one lost; it tries again once it is its turn.
      if ((error as { code?: string }).code !== DEADLOCK) throw error;
      outcome = 'yield';
    } finally {
      client.release();
    }
    if (outcome !== 'yield') return outcome;
    writeAhead = 0;
  }
}

async function writeAtTurn(client: PoolClient, prepared: PreparedChunk, options: CommitOptions): Promise<ChunkOutcome | 'yield'> {
  const { ref } = prepared;
  await client.query('begin');
  // A database crash may lose the last chunks committed, but never half of one: their rows
  // and the watermark go together, and the reader cuts them again from the watermark.
  await client.query('set local synchronous_commit = off');
  await prepared.records.write(client);
  if (prepared.records.accepted > 0 && !prepared.subjects.hasResolved) throw new Error('RecordChunk.write no longer resolves subjects through its ChunkContext');

  // Holding this chunk's locks while a writer before it waits on them would stall both: the
  // later chunk steps back and writes again at its turn.
  const turn = await waitForPosition(client, ref.batchId, (p) => chunkSettled(p, ref.afterRow) || p.stagedThroughRow === ref.afterRow, options.deadline, () =>
    blocksAnotherWriter(client),
  );
  if (turn === null) {
    await client.query('rollback');
    return Date.now() >= options.deadline ? { outcome: 'waiting' } : 'yield';
  }
  const { rows } = await client.query<{ status: string; staged_through_row: number; quality: unknown }>(
    // `no key update`: the chunks writing next to this one hold key-share locks on the batch
    // row (their rejects reference it), which a plain `for update` would wait for.
    'select status, staged_through_row, quality from batches where id = $1 for no key update',
    [ref.batchId],
  );
  const batch = rows[0];
  if (!batch || chunkSettled({ status: batch.status, stagedThroughRow: batch.staged_through_row }, ref.afterRow)) {
    await client.query('rollback');
    return { outcome: 'already_done', status: batch?.status ?? null };
  }

  // Every earlier chunk is committed: the batch-wide figures are complete up to this chunk.
  const ledger = await batchLedgerThrough(options.dataDir, ref.batchId, ref.afterRow);
  prepared.quality.addDuplicates(ledger.duplicates.count(prepared.hashes));
  const firstNamed = await prepared.subjects.settleNames(client, ledger.namedByBatch);
  for (const id of firstNamed) ledger.namedByBatch.add(id);
  await writeChunkLedger(options.dataDir, ref, prepared.hashes, firstNamed);

  const quality = QualityCounter.restore(batch.quality);
  quality.merge(prepared.quality);
  const moved = await client.query<{ rows_read: number; rows_rejected: number }>(
    `update batches set staged_through_row = $3, rows_read = rows_read + $4, rows_rejected = rows_rejected + $5, quality = $6, bytes_read = $7,
       status = case when $8 then 'publishing' else status end
     where id = $1 and staged_through_row = $2 and status = 'staging'
     returning rows_read, rows_rejected`,
    [ref.batchId, ref.afterRow, ref.lastRow, prepared.rowsRead, prepared.rowsRejected, JSON.stringify(quality.snapshot()), prepared.bytesRead, ref.final],
  );
  // The row is locked by this transaction: nobody can have moved it.
  if (moved.rowCount !== 1) throw new Error(`batch ${ref.batchId}: watermark moved under its lock`);
  await client.query('commit');
  // Another chunk of this process may have moved on already (its turn came as this commit landed).
  ledger.throughRow = Math.max(ledger.throughRow, ref.lastRow);
  if (ref.final) forgetBatchLedger(ref.batchId);
  const totals = moved.rows[0] as { rows_read: number; rows_rejected: number };
  return { outcome: 'committed', rowsRead: totals.rows_read, rowsRejected: totals.rows_rejected, bytesRead: prepared.bytesRead };
}

/** Whether another session waits for a lock this transaction holds. */
async function blocksAnotherWriter(client: PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ blocking: boolean }>(
    'select exists (select 1 from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))) as blocking',
  );
  return rows[0]?.blocking === true;
}

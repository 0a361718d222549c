// What a batch's committed chunks leave for the chunks after them, wherever those run: the
// content hashes of their accepted rows (duplicates are counted against the whole batch) and
// the subjects whose name belongs to the batch (a later row may still rename them). Each
// chunk writes its ledger file just before it commits; a worker process keeps the state it
// last built per batch and reads only the ledgers committed since.
import { readdir, readFile } from 'node:fs/promises';
import { batchChunkDir, type ChunkRef, ledgerPath, writeFileAtomically } from './chunk-files';
import { IdSet } from './hash-set64';
import { ContentHashes, DuplicateTracker } from './quality-counter';

export interface BatchLedger {
  /** The ledgers of every chunk up to this row are in. */
  throughRow: number;
  duplicates: DuplicateTracker;
  /** Subjects that had no name before the batch named them: its latest row naming one gives the name. */
  namedByBatch: IdSet;
}

/** Batches whose state a process keeps (each up to ~18 MB of hashes at a million rows). */
const MAX_BATCHES = 8;
const ledgers = new Map<string, BatchLedger>();

const fresh = (): BatchLedger => ({ throughRow: 0, duplicates: new DuplicateTracker(), namedByBatch: new IdSet() });

/** The batch's ledger through `afterRow` (the chunk before `afterRow`'s committed, so their ledgers are written). */
export async function batchLedgerThrough(dataDir: string, batchId: string, afterRow: number): Promise<BatchLedger> {
  let ledger = ledgers.get(batchId);
  ledgers.delete(batchId);
  // Ahead of the batch: it was staged again from the start.
  if (ledger === undefined || ledger.throughRow > afterRow) ledger = fresh();
  if (ledger.throughRow < afterRow) {
    const written = await ledgerFiles(dataDir, batchId);
    while (ledger.throughRow < afterRow) {
      const lastRow = Math.max(-1, ...(written.get(ledger.throughRow) ?? []).filter((row) => row <= afterRow));
      // A batch partly staged before chunks kept ledgers: count from here on.
      if (lastRow < 0) {
        ledger.throughRow = afterRow;
        break;
      }
      applyLedger(ledger, await readFile(ledgerPath(dataDir, batchId, ledger.throughRow, lastRow)));
      ledger.throughRow = lastRow;
    }
  }
  ledgers.set(batchId, ledger);
  for (const oldest of ledgers.keys()) {
    if (ledgers.size <= MAX_BATCHES) break;
    ledgers.delete(oldest);
  }
  return ledger;
}

/** The state went past what was committed (the commit failed): build it again next time. */
export function forgetBatchLedger(batchId: string): void {
  ledgers.delete(batchId);
}

/** Layout: row count, subject count (uint32 LE), the rows' hashes (2 × uint32 each), the subject ids (float64 LE). */
export async function writeChunkLedger(dataDir: string, ref: ChunkRef, hashes: ContentHashes, namedByBatch: readonly number[]): Promise<void> {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(hashes.length, 0);
  head.writeUInt32LE(namedByBatch.length, 4);
  const ids = Buffer.alloc(8 * namedByBatch.length);
  namedByBatch.forEach((id, i) => ids.writeDoubleLE(id, 8 * i));
  await writeFileAtomically(ledgerPath(dataDir, ref.batchId, ref.afterRow, ref.lastRow), Buffer.concat([head, hashes.toBytes(), ids]));
}

function applyLedger(ledger: BatchLedger, bytes: Buffer): void {
  const rows = bytes.readUInt32LE(0);
  const subjects = bytes.readUInt32LE(4);
  ledger.duplicates.count(ContentHashes.fromBytes(bytes.subarray(8, 8 + 8 * rows)));
  const ids = 8 + 8 * rows;
  for (let i = 0; i < subjects; i++) ledger.namedByBatch.add(bytes.readDoubleLE(ids + 8 * i));
}

/** afterRow → the lastRows of the ledgers starting there. */
async function ledgerFiles(dataDir: string, batchId: string): Promise<Map<number, number[]>> {
  const names = await readdir(batchChunkDir(dataDir, batchId)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const files = new Map<number, number[]>();
  for (const name of names) {
    const match = /^(\d+)-(\d+)\.ledger$/.exec(name);
    if (!match) continue;
    const afterRow = Number(match[1]);
    files.set(afterRow, [...(files.get(afterRow) ?? []), Number(match[2])]);
  }
  return files;
}

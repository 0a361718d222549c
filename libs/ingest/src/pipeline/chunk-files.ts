// Where the pieces of a batch being staged live between worker processes: under the data
// directory every worker shares (as the delivered files are), one directory per batch —
// the raw rows of each chunk the reader cut (`<afterRow>-<lastRow>.rows.json`, deleted once
// committed) and each committed chunk's ledger (`…ledger`, see chunk-ledger.ts). Files are
// written under a temporary name and renamed, so a reader never sees half of one.
import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeedRowProblem } from '../readers';

/** Which rows of a batch a chunk holds: those after `afterRow` up to and including `lastRow`. */
export interface ChunkRef {
  batchId: string;
  afterRow: number;
  lastRow: number;
  /** The last chunk of the file: committing it ends staging. */
  final: boolean;
}

/** A source row as the reader yields it: row number, cells aligned with the headers, and any structural problem. */
export type RawRow = [rowNumber: number, values: Array<string | null>, problem?: FeedRowProblem];

export interface RawChunk extends ChunkRef {
  headers: string[];
  rows: RawRow[];
  /** Bytes of the file read when the chunk was cut: the batch's progress once it commits. */
  bytesRead: number;
}

interface RowsFile {
  headers: string[];
  bytesRead: number;
  rows: RawRow[];
}

export function batchChunkDir(dataDir: string, batchId: string): string {
  if (!/^[\w-]+$/.test(batchId)) throw new Error(`not a batch id: ${batchId}`);
  return path.join(dataDir, 'chunks', batchId);
}

const rowsPath = (dataDir: string, ref: ChunkRef) => path.join(batchChunkDir(dataDir, ref.batchId), `${ref.afterRow}-${ref.lastRow}.rows.json`);

export const ledgerPath = (dataDir: string, batchId: string, afterRow: number, lastRow: number) =>
  path.join(batchChunkDir(dataDir, batchId), `${afterRow}-${lastRow}.ledger`);

/** The subjects a chunk found without a name the first time it resolved them (chunk-subjects.ts). */
export const unnamedSubjectsPath = (dataDir: string, ref: ChunkRef) => path.join(batchChunkDir(dataDir, ref.batchId), `${ref.afterRow}-${ref.lastRow}.unnamed`);

/** Writes `data` to `file` whole or not at all; with `keep`, a file already there stays as it is. */
export async function writeFileAtomically(file: string, data: string | Buffer, options: { keep?: boolean } = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    if (options.keep) {
      // A hard link appears whole, or fails when the name exists: the first writer wins.
      await link(temporary, file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      await unlink(temporary);
    } else {
      await rename(temporary, file);
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export async function writeChunkRows(dataDir: string, chunk: RawChunk): Promise<void> {
  const file: RowsFile = { headers: chunk.headers, bytesRead: chunk.bytesRead, rows: chunk.rows };
  await writeFileAtomically(rowsPath(dataDir, chunk), JSON.stringify(file));
}

export async function readChunkRows(dataDir: string, ref: ChunkRef): Promise<RawChunk> {
  const text = await readFile(rowsPath(dataDir, ref), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    throw new Error(`分块文件不存在，所有 worker 须共享同一 DATA_DIR / chunk file missing: ${rowsPath(dataDir, ref)} (every worker must share one DATA_DIR)`);
  });
  const file = JSON.parse(text) as RowsFile;
  return { ...ref, headers: file.headers, bytesRead: file.bytesRead, rows: file.rows };
}

/** Whether the reader left a chunk starting after `afterRow` that is not committed yet. */
export async function hasChunkRowsAfter(dataDir: string, batchId: string, afterRow: number): Promise<boolean> {
  const names = await readdir(batchChunkDir(dataDir, batchId)).catch(() => [] as string[]);
  return names.some((name) => name.startsWith(`${afterRow}-`) && name.endsWith('.rows.json'));
}

/** After the chunk committed (or was found committed): its raw rows are no longer needed. */
export async function removeChunkRows(dataDir: string, ref: ChunkRef): Promise<void> {
  await rm(rowsPath(dataDir, ref), { force: true });
  await rm(unnamedSubjectsPath(dataDir, ref), { force: true });
}

/** Once the batch is published or failed: its chunks and ledgers go. */
export async function removeBatchChunks(dataDir: string, batchId: string): Promise<void> {
  await rm(batchChunkDir(dataDir, batchId), { recursive: true, force: true });
}

// A chunk's rows standardized and encoded, ready to be written: the CPU-bound half of
// staging, which any worker can do for any chunk while the database writes others.
import { createRowStandardizer, type DatasetSpec, type RowStandardizer, type StandardRecord } from '@zhijian/catalog';
import type { DbHandle } from '@zhijian/db';
import type { Pool } from 'pg';
import { loadDatasetSpec } from '../catalogue/datasets';
import { type ChunkRef, type RawChunk, unnamedSubjectsPath } from './chunk-files';
import { ChunkSubjectResolver } from './chunk-subjects';
import { ContentHashes, QualityCounter } from './quality-counter';
import { ChunkContext, RecordChunk, type RejectedRow } from './record-chunk';
import { rowProblemError } from './row-problems';

/** How and where a batch's chunks are staged: the same for all of them. */
export interface StagingPlan {
  batchId: string;
  spec: DatasetSpec;
  headers: readonly string[];
  standardize: RowStandardizer;
  /** Where chunks resolve their subjects (chunk-subjects.ts). */
  pool: Pool;
  dataDir: string;
}

export async function loadStagingPlan(handle: DbHandle, dataDir: string, batchId: string, headers: readonly string[]): Promise<StagingPlan> {
  const { rows } = await handle.pool.query<{ dataset_code: string; dataset_version: number; mapping: Record<string, string> | null }>(
    'select dataset_code, dataset_version, mapping from batches where id = $1',
    [batchId],
  );
  const batch = rows[0];
  if (!batch) throw new Error(`batch ${batchId} not found`);
  const spec = await loadDatasetSpec(handle.db, batch.dataset_code, batch.dataset_version);
  return { batchId, spec, headers, standardize: createRowStandardizer(spec, batch.mapping ?? {}, headers), pool: handle.pool, dataDir };
}

interface AcceptedRow {
  rowNumber: number;
  values: StandardRecord;
  attrsJson: string;
}

export class PreparedChunk {
  readonly ref: ChunkRef;
  readonly bytesRead: number;
  readonly rowsRead: number;
  /** The chunk's own quality figures (duplicates are counted at commit, against the batch). */
  readonly quality = QualityCounter.empty();
  readonly hashes = new ContentHashes();
  records!: RecordChunk;
  subjects!: ChunkSubjectResolver;
  private readonly accepted: AcceptedRow[] = [];
  private readonly rejected: RejectedRow[] = [];

  constructor(
    private readonly plan: StagingPlan,
    chunk: RawChunk,
  ) {
    this.ref = { batchId: chunk.batchId, afterRow: chunk.afterRow, lastRow: chunk.lastRow, final: chunk.final };
    this.bytesRead = chunk.bytesRead;
    this.rowsRead = chunk.rows.length;
    const { headers, standardize } = plan;
    for (const [rowNumber, values, rowProblem] of chunk.rows) {
      const result = rowProblem ? { ok: false as const, errors: [rowProblemError(rowProblem)] } : standardize(values, rowNumber);
      if (result.ok) {
        this.quality.countAccepted(result.values);
        const attrsJson = JSON.stringify(result.values);
        this.hashes.add(attrsJson);
        this.accepted.push({ rowNumber, values: result.values, attrsJson });
      } else {
        this.quality.countRejected(result.errors);
        this.rejected.push({
          rowNumber,
          // The reader already cut cells a reject cannot keep (NUL, over the size limit).
          raw: Object.fromEntries(headers.map((header, i) => [header, values[i] ?? null])),
          errors: result.errors.map((e) => ({ field: e.field, code: e.code, message: e.message })),
        });
      }
    }
    this.encode();
  }

  get rowsRejected(): number {
    return this.rejected.length;
  }

  /** Encodes the rows afresh, for another attempt at writing them (a written RecordChunk is spent). */
  encode(): void {
    this.subjects = new ChunkSubjectResolver(this.plan.pool, unnamedSubjectsPath(this.plan.dataDir, this.ref));
    this.records = new RecordChunk(new ChunkContext(this.plan.spec, this.plan.batchId, this.subjects));
    for (const row of this.accepted) this.records.addRecord(row.rowNumber, row.values, row.attrsJson);
    for (const row of this.rejected) this.records.addRejected(row);
  }
}

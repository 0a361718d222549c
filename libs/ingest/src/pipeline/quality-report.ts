// The batch quality report: rows read/loaded/rejected, errors by field and code,
// completeness per field among loaded rows, and duplicate rows within the batch.
import type { PoolClient } from 'pg';

export interface QualityReport {
  rows: { read: number; loaded: number; rejected: number };
  errors: Array<{ field: string; code: string; count: number }>;
  completeness: Record<string, number>;
  duplicates: number;
  counters?: unknown;
}

export async function buildQualityReport(client: PoolClient, batchId: string, loaded: number): Promise<QualityReport> {
  const batch = await client.query<{ rows_read: number; rows_rejected: number; quality: { counters?: { accepted: number; filled: Record<string, number>; duplicates?: number } } | null }>(
    'select rows_read, rows_rejected, quality from batches where id = $1',
    [batchId],
  );
  const row = batch.rows[0];
  if (!row) throw new Error(`batch ${batchId} not found`);
  const errors = await client.query<{ field: string; code: string; count: string }>(
    `select e->>'field' as field, e->>'code' as code, count(*) as count
     from rejects r cross join lateral jsonb_array_elements(r.errors) e
     where r.batch_id = $1 group by 1, 2 order by count(*) desc, 1, 2`,
    [batchId],
  );
  const counters = row.quality?.counters;
  const completeness: Record<string, number> = {};
  if (counters && counters.accepted > 0) {
    for (const [field, filled] of Object.entries(counters.filled)) completeness[field] = Math.round((filled / counters.accepted) * 10_000) / 10_000;
  }
  return {
    rows: { read: row.rows_read, loaded, rejected: row.rows_rejected },
    errors: errors.rows.map((e) => ({ field: e.field, code: e.code, count: Number(e.count) })),
    completeness,
    duplicates: counters?.duplicates ?? 0,
    counters,
  };
}

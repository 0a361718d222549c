// Department data health: punctuality per department (the responsibility list's own due-date
// computation, libs/ingest) and, per dataset and month, the quality of what was delivered
// (rows rejected, from each published batch's quality report).
import type { DbHandle } from '@zhijian/db';
import { type DepartmentPunctuality, listResponsibilities, punctualityByDepartment } from '@zhijian/ingest';
import { type AnalysisFilter, filterSql, SqlParams } from '../filter';

export interface QualityPoint {
  datasetCode: string;
  month: string;
  batches: number;
  rowsRead: number;
  rowsRejected: number;
  /** rejected ÷ read. */
  rejectRate: number | null;
}

export async function departmentPunctuality(handle: DbHandle): Promise<DepartmentPunctuality[]> {
  return punctualityByDepartment(await listResponsibilities(handle.db));
}

export async function qualityTrend(handle: DbHandle, filter: AnalysisFilter & { datasetCode?: string }): Promise<QualityPoint[]> {
  const params = new SqlParams();
  const conditions = [filterSql({ from: filter.from, to: filter.to }, params, { day: `(b.created_at at time zone 'Asia/Shanghai')::date` })];
  if (filter.datasetCode) conditions.push(`b.dataset_code = ${params.add(filter.datasetCode)}`);
  const { rows } = await handle.pool.query<{ dataset_code: string; month: string; batches: number; rows_read: string; rows_rejected: string }>(
    `select b.dataset_code, to_char(b.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*)::int as batches,
            sum(coalesce((b.quality->'rows'->>'read')::bigint, b.rows_read)) as rows_read,
            sum(coalesce((b.quality->'rows'->>'rejected')::bigint, b.rows_rejected)) as rows_rejected
     from batches b where b.status = 'published' and ${conditions.join(' and ')}
     group by 1, 2 order by 1, 2`,
    params.values,
  );
  return rows.map((row) => {
    const read = Number(row.rows_read);
    const rejected = Number(row.rows_rejected);
    return {
      datasetCode: row.dataset_code,
      month: row.month,
      batches: row.batches,
      rowsRead: read,
      rowsRejected: rejected,
      rejectRate: read > 0 ? Math.round((rejected / read) * 10_000) / 10_000 : null,
    };
  });
}

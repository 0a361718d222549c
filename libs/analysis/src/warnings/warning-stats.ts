// Warning statistics: warnings by model, department and month, with their outcomes. Model
// precision = (confirmed + closed) ÷ (confirmed + closed + dismissed): a warning closed
// after rectification was a true lead; a dismissed one was a false alarm. Warnings not yet
// judged (new, pushed) do not count either way.
import { caseMetrics } from '@zhijian/casework';
import type { DbHandle } from '@zhijian/db';
import { type AnalysisFilter, filterSql, SqlParams } from '../filter';

export interface WarningGroup {
  key: string;
  /** Model or department name, both languages where the model has them. */
  name: { zh: string; en: string } | null;
  total: number;
  open: number;
  confirmed: number;
  dismissed: number;
  closed: number;
  /** Sum of the warnings' amounts, fen. */
  amount: number;
  precision: number | null;
}

const DIMENSION_SQL = {
  model: { key: 'w.model_code', name: `(select v.spec->'name' from warning_models m join warning_model_versions v on v.code = m.code and v.version = m.current_version where m.code = w.model_code)` },
  department: { key: `coalesce(d.code, '')`, name: `jsonb_build_object('zh', coalesce(min(d.name), '未分派'), 'en', coalesce(min(d.name), 'Unassigned'))` },
  month: { key: `to_char(w.created_at at time zone 'Asia/Shanghai', 'YYYY-MM')`, name: 'null::jsonb' },
} as const;

export type WarningDimension = keyof typeof DIMENSION_SQL;

/** Warnings created in the period, grouped by model, department or month. (Warnings carry no county.) */
export async function warningStatistics(handle: DbHandle, filter: AnalysisFilter, dimension: WarningDimension): Promise<WarningGroup[]> {
  const params = new SqlParams();
  const where = filterSql({ from: filter.from, to: filter.to }, params, { day: `(w.created_at at time zone 'Asia/Shanghai')::date` });
  const { key, name } = DIMENSION_SQL[dimension];
  const groupName = dimension === 'model' ? `min(${name}::text)::jsonb` : name;
  const { rows } = await handle.pool.query<{ key: string; name: { zh: string; en: string } | null; total: number; open: number; confirmed: number; dismissed: number; closed: number; amount: string | null }>(
    `select ${key} as key, ${groupName} as name, count(*)::int as total,
            count(*) filter (where w.status in ('new', 'pushed'))::int as open,
            count(*) filter (where w.status = 'confirmed')::int as confirmed,
            count(*) filter (where w.status = 'dismissed')::int as dismissed,
            count(*) filter (where w.status = 'closed')::int as closed,
            sum(w.amount) as amount
     from warnings w left join departments d on d.id = w.department_id
     where ${where} group by 1 order by ${dimension === 'month' ? '1' : 'count(*) desc, 1'}`,
    params.values,
  );
  return rows.map((row) => {
    const judged = row.confirmed + row.closed + row.dismissed;
    return {
      key: row.key,
      name: row.name,
      total: row.total,
      open: row.open,
      confirmed: row.confirmed,
      dismissed: row.dismissed,
      closed: row.closed,
      amount: Number(row.amount ?? 0),
      precision: judged > 0 ? Math.round(((row.confirmed + row.closed) / judged) * 10_000) / 10_000 : null,
    };
  });
}

export interface CaseStatistics {
  /** Cases assigned to departments in the period (pushed). */
  total: number;
  /** 办结率 = (closed + dismissed) ÷ assigned — the loop's definition (README). */
  completionRate: number | null;
  /** 按期办结率 = concluded by the deadline ÷ assigned. */
  onTimeRate: number | null;
  /** 满意率 = (satisfied + basically satisfied) ÷ callbacks. */
  satisfactionRate: number | null;
  /** 追回/退还资金, fen, as recorded with the rectifications. */
  fundsRecovered: number;
  source: 'warnings' | 'cases';
}

/** The closed loop's figures for the period, from the cases themselves (libs/casework's metrics). */
export async function caseStatistics(handle: DbHandle, filter: AnalysisFilter): Promise<CaseStatistics> {
  const [row] = await caseMetrics(handle, { from: filter.from, to: filter.to });
  return {
    total: row?.assigned ?? 0,
    completionRate: row?.completionRate ?? null,
    onTimeRate: row?.onTimeRate ?? null,
    satisfactionRate: row?.satisfactionRate ?? null,
    fundsRecovered: row?.fundsRecovered ?? 0,
    source: 'cases',
  };
}

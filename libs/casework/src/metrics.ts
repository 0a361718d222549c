// The loop's metrics, by department, model, round or month — one SQL aggregation.
// Definitions (also in README.md):
// - assigned (交办数): cases pushed to a department (pushed_at set), in the period by push date;
// - concluded (办结数): cases closed (销号) or dismissed (核实不属实) — both are final dispositions;
// - completion rate (办结率) = concluded ÷ assigned;
// - on-time rate (按期办结率) = concluded no later than the deadline ÷ assigned;
// - overdue (逾期数): open cases past their deadline now; concluded late (逾期办结) counted apart;
// - satisfaction rate (满意率) = (satisfied + basically satisfied) ÷ callbacks recorded;
// - funds recovered/returned: sum, in fen;
// - false-positive rate per model = dismissed ÷ (dismissed + confirmed, i.e. any state past confirmation).
import type { CaseSource, DbHandle } from '@zhijian/db';
import { OPEN_STATUSES } from './state-machine';

export type MetricsGroup = 'none' | 'department' | 'model' | 'round' | 'month';

export interface MetricsFilter {
  groupBy?: MetricsGroup;
  from?: string;
  to?: string;
  roundId?: string;
  departmentId?: string;
  modelCode?: string;
  source?: CaseSource;
}

export interface MetricsRow {
  group: string | null;
  label: string | null;
  assigned: number;
  concluded: number;
  concludedOnTime: number;
  concludedLate: number;
  overdue: number;
  callbacks: number;
  satisfied: number;
  confirmed: number;
  dismissed: number;
  fundsRecovered: number;
  completionRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  falsePositiveRate: number | null;
}

const GROUPS: Record<MetricsGroup, { key: string; label: string; join: string }> = {
  none: { key: 'null::text', label: 'null::text', join: '' },
  department: { key: 'd.code', label: 'd.name', join: 'left join departments d on d.id = c.department_id' },
  model: { key: 'c.model_code', label: 'c.model_code', join: '' },
  round: { key: 'r.id::text', label: 'r.name', join: 'left join case_rounds r on r.id = c.round_id' },
  month: { key: "to_char(c.pushed_at at time zone 'Asia/Shanghai', 'YYYY-MM')", label: "to_char(c.pushed_at at time zone 'Asia/Shanghai', 'YYYY-MM')", join: '' },
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export async function caseMetrics(handle: DbHandle, filter: MetricsFilter = {}): Promise<MetricsRow[]> {
  const group = GROUPS[filter.groupBy ?? 'none'];
  const values: unknown[] = [OPEN_STATUSES];
  const where = ['c.pushed_at is not null'];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    where.push(sql.replace('?', `$${values.length}`));
  };
  if (filter.from) add('c.pushed_at >= ?::date', filter.from);
  if (filter.to) add("c.pushed_at < ?::date + interval '1 day'", filter.to);
  if (filter.roundId) add('c.round_id = ?', filter.roundId);
  if (filter.departmentId) add('c.department_id = ?', filter.departmentId);
  if (filter.modelCode) add('c.model_code = ?', filter.modelCode);
  if (filter.source) add('c.source = ?', filter.source);
  const { rows } = await handle.pool.query(
    `select ${group.key} as "group", max(${group.label}) as label,
       count(*)::int as assigned,
       count(*) filter (where c.status in ('closed', 'dismissed'))::int as concluded,
       count(*) filter (where c.status in ('closed', 'dismissed') and c.concluded_at <= c.due_at)::int as "concludedOnTime",
       count(*) filter (where c.status in ('closed', 'dismissed') and c.concluded_at > c.due_at)::int as "concludedLate",
       count(*) filter (where c.status = any($1) and c.due_at < now())::int as overdue,
       count(c.satisfaction)::int as callbacks,
       count(*) filter (where c.satisfaction in ('satisfied', 'basically_satisfied'))::int as satisfied,
       count(*) filter (where c.status in ('confirmed', 'rectifying', 'rectified', 'closed'))::int as confirmed,
       count(*) filter (where c.status = 'dismissed')::int as dismissed,
       coalesce(sum(c.funds_recovered), 0)::float8 as "fundsRecovered"
     from cases c ${group.join}
     where ${where.join(' and ')}
     group by 1 order by 1 nulls first`,
    values,
  );
  return rows.map((row) => ({
    ...row,
    completionRate: ratio(row.concluded, row.assigned),
    onTimeRate: ratio(row.concludedOnTime, row.assigned),
    satisfactionRate: ratio(row.satisfied, row.callbacks),
    falsePositiveRate: ratio(row.dismissed, row.dismissed + row.confirmed),
  })) as MetricsRow[];
}

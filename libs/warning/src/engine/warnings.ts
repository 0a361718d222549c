// Reading warnings and runs: filtered, paginated lists with the evidence and its lineage
// (dataset, batch, file, row) — the shape the CLI's `warnings list --json` promises.
import type { DbHandle, WarningStatus } from '@zhijian/db';

export interface EvidenceItem {
  recordId: number;
  dataset: string;
  batchId: string;
  fileName: string | null;
  department: string | null;
  row: number;
  validFrom: string | null;
  validTo: string | null;
  attrs: Record<string, unknown>;
}

export interface WarningView {
  id: string;
  model: string;
  modelVersion: number;
  status: WarningStatus;
  severity: string;
  subject: { type: string; key: string; name: string | null };
  /** Fen. */
  amount: number | null;
  fingerprint: string;
  details: Record<string, unknown>;
  department: { code: string; name: string } | null;
  routedOrganization: { key: string; name: string | null } | null;
  firstSeenAt: string;
  lastSeenAt: string;
  evidence: EvidenceItem[];
}

export interface WarningFilter {
  model?: string;
  status?: WarningStatus;
  subjectKey?: string;
  /** Only warnings routed to this department (a handler's scope). */
  departmentId?: string;
  limit?: number;
  offset?: number;
  withEvidence?: boolean;
}

export async function listWarnings(handle: DbHandle, filter: WarningFilter = {}): Promise<{ total: number; items: WarningView[] }> {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    values.push(value);
    where.push(clause.replace('?', `$${values.length}`));
  };
  if (filter.model) add('w.model_code = ?', filter.model);
  if (filter.status) add('w.status = ?', filter.status);
  if (filter.subjectKey) add('w.subject_key = ?', filter.subjectKey);
  if (filter.departmentId) add('w.department_id = ?', filter.departmentId);
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), 10_000);
  const offset = Math.max(filter.offset ?? 0, 0);
  const [{ rows: countRows }, { rows }] = await Promise.all([
    handle.pool.query<{ n: string }>(`select count(*) as n from warnings w ${whereSql}`, values),
    handle.pool.query(
      `select w.*, d.code as department_code, d.name as department_name, org.key as org_key, org.name as org_name
       from warnings w
       left join departments d on d.id = w.department_id
       left join subjects org on org.id = w.routed_org_subject_id
       ${whereSql}
       order by w.created_at desc, w.id
       limit ${limit} offset ${offset}`,
      values,
    ),
  ]);
  const evidence = filter.withEvidence === false ? new Map<string, EvidenceItem[]>() : await evidenceOf(handle, rows.map((r) => r.id as string));
  return { total: Number(countRows[0]?.n ?? 0), items: rows.map((row) => toView(row, evidence.get(row.id as string) ?? [])) };
}

export async function getWarning(handle: DbHandle, id: string): Promise<WarningView | null> {
  const { rows } = await handle.pool.query(
    `select w.*, d.code as department_code, d.name as department_name, org.key as org_key, org.name as org_name
     from warnings w left join departments d on d.id = w.department_id left join subjects org on org.id = w.routed_org_subject_id
     where w.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return toView(row, (await evidenceOf(handle, [id])).get(id) ?? []);
}

async function evidenceOf(handle: DbHandle, warningIds: string[]): Promise<Map<string, EvidenceItem[]>> {
  const byWarning = new Map<string, EvidenceItem[]>();
  if (warningIds.length === 0) return byWarning;
  const { rows } = await handle.pool.query(
    `select e.warning_id, e.record_id, e.dataset_code, e.batch_id, e.row_number, e.attrs, e.valid_from::text, e.valid_to::text,
       b.file_name, d.code as department_code
     from warning_evidence e
     left join batches b on b.id = e.batch_id
     left join departments d on d.id = b.department_id
     where e.warning_id = any($1::uuid[])
     order by e.warning_id, e.dataset_code, e.valid_from nulls first, e.record_id`,
    [warningIds],
  );
  for (const row of rows) {
    const list = byWarning.get(row.warning_id) ?? [];
    list.push({
      recordId: Number(row.record_id),
      dataset: row.dataset_code,
      batchId: row.batch_id,
      fileName: row.file_name ?? null,
      department: row.department_code ?? null,
      row: row.row_number,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      attrs: row.attrs,
    });
    byWarning.set(row.warning_id, list);
  }
  return byWarning;
}

// A raw pg row of `warnings` joined with its department and routed organization.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toView(row: any, evidence: EvidenceItem[]): WarningView {
  return {
    id: row.id,
    model: row.model_code,
    modelVersion: row.model_version,
    status: row.status,
    severity: row.severity,
    subject: { type: row.subject_type, key: row.subject_key, name: row.subject_name ?? null },
    amount: row.amount === null ? null : Number(row.amount),
    fingerprint: row.fingerprint,
    details: row.details,
    department: row.department_code ? { code: row.department_code, name: row.department_name } : null,
    routedOrganization: row.org_key ? { key: row.org_key, name: row.org_name ?? null } : null,
    firstSeenAt: new Date(row.first_seen_at).toISOString(),
    lastSeenAt: new Date(row.last_seen_at).toISOString(),
    evidence,
  };
}

export async function listRuns(handle: DbHandle, filter: { model?: string; limit?: number } = {}) {
  const { rows } = await handle.pool.query(
    `select id, model_code, model_version, params, trigger, batch_id, as_of::text, status, rows_compared, hits, new_warnings,
       updated_warnings, outcome, error, started_at, duration_ms
     from model_runs ${filter.model ? 'where model_code = $1' : ''} order by started_at desc limit ${Math.min(filter.limit ?? 50, 500)}`,
    filter.model ? [filter.model] : [],
  );
  return rows.map((r) => ({
    id: r.id as string,
    model: r.model_code as string,
    version: r.model_version as number,
    params: r.params as Record<string, number>,
    trigger: r.trigger as string,
    batchId: (r.batch_id as string | null) ?? null,
    asOf: r.as_of as string,
    status: r.status as string,
    rowsCompared: r.rows_compared === null ? null : Number(r.rows_compared),
    hits: r.hits as number | null,
    newWarnings: r.new_warnings as number | null,
    updatedWarnings: r.updated_warnings as number | null,
    outcome: r.outcome as Record<string, unknown> | null,
    error: r.error as string | null,
    startedAt: new Date(r.started_at).toISOString(),
    durationMs: r.duration_ms as number | null,
  }));
}

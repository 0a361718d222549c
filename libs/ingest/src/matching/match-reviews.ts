// The review queue: candidates a name match was not sure of, and a person's decision on
// each. Accepting writes the record–person link the matcher held back.
import type { Db, DbHandle, MatchReviewStatus } from '@zhijian/db';
import { sql } from 'drizzle-orm';

export class MatchReviewError extends Error {
  constructor(
    message: string,
    readonly reason: 'not_found' | 'decided',
  ) {
    super(message);
  }
}

export interface MatchReview {
  id: number;
  status: MatchReviewStatus;
  score: number;
  reasons: string[];
  role: string;
  datasetCode: string;
  batchId: string;
  departmentCode: string;
  recordId: number;
  rowNumber: number;
  /** How the record named the person. */
  named: { name: string | null; birthDate: string | null; regionCode: string | null };
  /** The person the library knows. */
  candidate: { subjectId: number; idNumber: string; name: string | null; birthDate: string; regionCode: string | null };
  reviewer: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface ListMatchReviewsOptions {
  /** Only this department's deliveries (stewards); all when absent. */
  departmentId?: string;
  status?: MatchReviewStatus;
  limit?: number;
}

type ReviewRow = Omit<MatchReview, 'decidedAt' | 'createdAt'> & { decidedAt: Date | string | null; createdAt: Date | string } & Record<string, unknown>;

/** Reviews, best candidates first within a record; a candidate whose person left the library is not shown. */
export async function listMatchReviews(db: Db, options: ListMatchReviewsOptions = {}): Promise<MatchReview[]> {
  const result = await db.execute<ReviewRow>(sql`
    select mr.id::int as "id", mr.status, mr.score, mr.reasons, mr.role, mr.dataset_code as "datasetCode", mr.batch_id as "batchId",
      dep.code as "departmentCode", mr.record_id::int as "recordId", rec.row_number as "rowNumber",
      json_build_object(
        'name', rec.attrs ->> (mb.match_by ->> 'name'),
        'birthDate', rec.attrs ->> (mb.match_by ->> 'birthDate'),
        'regionCode', rec.attrs ->> (mb.match_by ->> 'regionCode')) as "named",
      json_build_object(
        'subjectId', s.id, 'idNumber', s.key, 'name', s.name,
        'birthDate', substr(s.key, 7, 4) || '-' || substr(s.key, 11, 2) || '-' || substr(s.key, 13, 2),
        'regionCode', reg.region_code) as "candidate",
      u.username as "reviewer", mr.decided_at as "decidedAt", mr.created_at as "createdAt"
    from match_reviews mr
    join records rec on rec.id = mr.record_id
    join subjects s on s.id = mr.candidate_subject_id
    join departments dep on dep.id = mr.department_id
    left join users u on u.id = mr.reviewed_by
    left join lateral (
      select sub -> 'matchBy' as match_by
      from batches b join datasets d on d.code = b.dataset_code and d.version = b.dataset_version
      cross join lateral jsonb_array_elements(coalesce(d.spec -> 'subjects', '[]') || coalesce(d.spec -> 'namedPersons', '[]')) sub
      where b.id = mr.batch_id and sub ->> 'role' = mr.role
      limit 1
    ) mb on true
    left join lateral (
      select p.attrs ->> 'region_code' as region_code from records p
      join batches pb on pb.id = p.batch_id and pb.status = 'published'
      where p.subject_id = s.id and p.dataset_code = 'population.person'
      order by p.id desc limit 1
    ) reg on true
    where mr.status = ${options.status ?? 'pending'}
      ${options.departmentId ? sql`and mr.department_id = ${options.departmentId}` : sql``}
    order by mr.created_at, mr.batch_id, rec.row_number, mr.score desc, s.key
    limit ${options.limit ?? 500}`);
  return result.rows.map((row) => ({
    ...row,
    decidedAt: row.decidedAt ? new Date(row.decidedAt).toISOString() : null,
    createdAt: new Date(row.createdAt).toISOString(),
  }));
}

export interface MatchDecision {
  id: number;
  decision: 'accept' | 'reject';
  /** Null when decided from the command line. */
  reviewerId: string | null;
  /** A steward decides only for their own department's deliveries. */
  departmentId?: string;
}

export interface MatchDecisionResult {
  id: number;
  status: 'accepted' | 'rejected';
  /** The record's batch: search terms of the newly linked person are refreshed per batch. */
  batchId: string;
  recordId: number;
  role: string;
  subjectId: number;
  /** Other pending candidates for the same record and role, rejected by an acceptance. */
  alsoRejected: number[];
}

/** Accepts (links the record to the person) or rejects one candidate; decided once. */
export async function decideMatchReview(handle: DbHandle, input: MatchDecision): Promise<MatchDecisionResult> {
  const client = await handle.pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ record_id: string; batch_id: string; role: string; candidate_subject_id: string; score: number; status: MatchReviewStatus; department_id: string }>(
      'select record_id, batch_id, role, candidate_subject_id, score, status, department_id from match_reviews where id = $1 for update',
      [input.id],
    );
    const review = rows[0];
    if (!review || (input.departmentId && review.department_id !== input.departmentId)) {
      throw new MatchReviewError(`待核对匹配不存在 / match review not found: ${input.id}`, 'not_found');
    }
    if (review.status !== 'pending') throw new MatchReviewError(`该匹配已处理（${review.status}） / match review already ${review.status}`, 'decided');
    const status = input.decision === 'accept' ? 'accepted' : 'rejected';
    await client.query('update match_reviews set status = $2, reviewed_by = $3, decided_at = now() where id = $1', [input.id, status, input.reviewerId]);
    let alsoRejected: number[] = [];
    if (status === 'accepted') {
      await client.query(
        'insert into record_subjects (record_id, role, subject_id, match_score) values ($1, $2, $3, $4) on conflict do nothing',
        [review.record_id, review.role, review.candidate_subject_id, review.score],
      );
      // A record names one person in a role: the other candidates are thereby rejected.
      const others = await client.query<{ id: string }>(
        `update match_reviews set status = 'rejected', reviewed_by = $4, decided_at = now()
         where record_id = $1 and role = $2 and id <> $3 and status = 'pending' returning id`,
        [review.record_id, review.role, input.id, input.reviewerId],
      );
      alsoRejected = others.rows.map((r) => Number(r.id));
    }
    await client.query('commit');
    return { id: input.id, status, batchId: review.batch_id, recordId: Number(review.record_id), role: review.role, subjectId: Number(review.candidate_subject_id), alsoRejected };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

// 轮次: a supervisor selects a batch of hotline tickets (挂牌督办) or warnings and assigns them
// to departments in one go. The round is one transaction: every item becomes a case pushed
// to its department with the round's deadline, or nothing happens.
import { type DbHandle, withTransaction } from '@zhijian/db';
import { type CaseUser, openCaseIn, transitionIn } from './cases';
import { afterCaseEvent, type CaseEventNotice } from './notify';
import { TransitionError } from './state-machine';

export interface RoundItem {
  warningId?: string;
  ticketNo?: string;
  departmentCode: string;
}

export interface NewRound {
  name: string;
  note?: string;
  /** Deadline for every case of the round (ISO date-time). */
  dueAt: string;
  items: RoundItem[];
}

export async function createRound(handle: DbHandle, input: NewRound, user: CaseUser): Promise<{ roundId: string; caseIds: string[] }> {
  if (!input.name.trim()) throw new TransitionError('轮次须有名称 / a round needs a name', 'invalid');
  if (input.items.length === 0) throw new TransitionError('轮次至少包含一项 / a round needs at least one item', 'invalid');
  if (Number.isNaN(new Date(input.dueAt).getTime())) throw new TransitionError(`截止时间无效 / invalid deadline: ${input.dueAt}`, 'invalid');
  const notices: CaseEventNotice[] = [];
  const caseIds: string[] = [];
  const roundId = await withTransaction(handle.pool, async (client) => {
    const { rows } = await client.query<{ id: string }>('insert into case_rounds (name, note, due_at, created_by) values ($1, $2, $3, $4) returning id', [
      input.name.trim(),
      input.note ?? null,
      input.dueAt,
      user.id,
    ]);
    const id = (rows[0] as { id: string }).id;
    for (const item of input.items) {
      const source = item.warningId
        ? ({ source: 'warning', warningId: item.warningId } as const)
        : item.ticketNo
          ? ({ source: 'hotline', ticketNo: item.ticketNo } as const)
          : null;
      if (!source) throw new TransitionError('每项须指定预警或工单 / each item needs a warning or a ticket', 'invalid');
      const opened = await openCaseIn(client, source, user, id);
      if (!opened.created) throw new TransitionError(`已在案件 ${opened.caseNo} 中 / already under case ${opened.caseNo}`, 'illegal');
      await transitionIn(client, opened.id, 'push', { departmentCode: item.departmentCode, dueAt: input.dueAt }, user, notices);
      caseIds.push(opened.id);
    }
    return id;
  });
  await afterCaseEvent(handle, notices);
  return { roundId, caseIds };
}

/** Rounds with their case counts; for a department (handlers), only rounds holding its cases, counting only those. */
export async function listRounds(handle: DbHandle, departmentId?: string) {
  const { rows } = await handle.pool.query(
    departmentId
      ? `select r.id, r.name, r.note, r.due_at as "dueAt", r.created_at as "createdAt", count(c.id)::int as cases
         from case_rounds r join cases c on c.round_id = r.id and c.department_id = $1 group by r.id order by r.created_at desc`
      : `select r.id, r.name, r.note, r.due_at as "dueAt", r.created_at as "createdAt", count(c.id)::int as cases
         from case_rounds r left join cases c on c.round_id = r.id group by r.id order by r.created_at desc`,
    departmentId ? [departmentId] : [],
  );
  return rows as Array<{ id: string; name: string; note: string | null; dueAt: string | null; createdAt: string; cases: number }>;
}

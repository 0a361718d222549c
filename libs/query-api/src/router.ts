// The `query` router (关联查询): thin procedures over libs/query. Identifiers are masked by
// the caller's roles; any lookup touching a person needs a purpose (案由) and is written to
// the audit log with it, so supervisors can review who looked up whom. Reads go to
// `ctx.readDb` (the read replica when DATABASE_READ_URL is set); the purpose check and the
// audit entry stay on the primary, which is authoritative and the only one that takes writes.
import { appendAudit, APP_ROLES, roleProcedure, router, type SessionUser } from '@zhijian/auth';
import type { Db } from '@zhijian/db';
import {
  expandGraph,
  findSubject,
  type Graph,
  graphWorkbook,
  listLookups,
  maskingForRoles,
  profileWorkbook,
  searchSubjects,
  shortestPaths,
  subjectProfile,
} from '@zhijian/query';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { exportGraphInput, graphInput, lookupsInput, pathInput, profileInput, searchInput } from './inputs';

const analystProcedure = roleProcedure(...APP_ROLES.query);

interface LookupContext {
  db: Db;
  user: SessionUser;
  ip: string | null;
}

type LookedUpSubject = {
  id: string | number;
  type: string;
  key: string;
  name: string | null;
};

/**
 * Checks the purpose when any of the subjects is a person and records the lookup.
 * Returns nothing: the audit entry is the point. Subjects already read are passed as rows,
 * ids are looked up on the primary.
 */
async function auditLookup(
  ctx: LookupContext,
  action: string,
  subjects: number[] | LookedUpSubject[],
  purpose: string | undefined,
  extra: Record<string, unknown> = {},
) {
  const rows = subjects.every((s): s is number => typeof s === 'number')
    ? (await ctx.db.execute<LookedUpSubject>(sql`select id, type, key, name from subjects where id = any(${sql.param(subjects)}::bigint[])`)).rows
    : subjects;
  const persons = rows.filter((row) => row.type === 'person');
  if (persons.length === 0) return;
  if (!purpose) throw new TRPCError({ code: 'BAD_REQUEST', message: '查询人员须填写案由 / a purpose (案由) is required to look up a person' });
  await appendAudit(ctx.db, {
    action,
    actorUserId: ctx.user.id,
    actorUsername: ctx.user.username,
    target: persons.map((p) => `person:${p.key}`).join(','),
    detail: { purpose, subjectIds: persons.map((p) => Number(p.id)), subjectName: persons.map((p) => p.name ?? '').join('、'), ...extra },
    ip: ctx.ip,
  });
}

/**
 * Runs the lookup's audit and its read side by side: the answer leaves only once its audit
 * entry is committed (a failed purpose check or audit write discards it), but the read does
 * not wait for the audit's commit to start.
 */
async function audited<T>(audit: Promise<void>, read: Promise<T>): Promise<T> {
  const [, result] = await Promise.all([audit, read]);
  return result;
}

async function subjectOr404(db: Db, id: number) {
  const subject = await findSubject(db, { id });
  if (!subject) throw new TRPCError({ code: 'NOT_FOUND', message: `主体不存在 / subject not found: ${id}` });
  return subject;
}

function mergeGraphs(graphs: Graph[]): Graph {
  const nodes = new Map<number, Graph['nodes'][number]>();
  const edges = new Map<number, Graph['edges'][number]>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const known = nodes.get(node.id);
      if (!known || node.hop < known.hop) nodes.set(node.id, node);
    }
    for (const edge of graph.edges) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: graphs.some((g) => g.truncated) };
}

const xlsx = (fileName: string, buffer: Buffer) => ({
  fileName,
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  base64: buffer.toString('base64'),
});

export const queryRouter = router({
  search: analystProcedure.input(searchInput).query(({ ctx, input }) => searchSubjects(ctx.readDb, input.text, maskingForRoles(ctx.user.roles), { limit: input.limit })),

  profile: analystProcedure.input(profileInput).query(async ({ ctx, input }) => {
    const subject = await subjectOr404(ctx.readDb, input.subjectId);
    return audited(auditLookup(ctx, 'query.profile', [subject], input.purpose), subjectProfile(ctx.readDb, subject, maskingForRoles(ctx.user.roles)));
  }),

  graph: analystProcedure.input(graphInput).query(async ({ ctx, input }) => {
    return audited(auditLookup(ctx, 'query.graph', input.roots, input.purpose, { hops: input.hops }), expandGraph(ctx.readDb, input, maskingForRoles(ctx.user.roles)));
  }),

  paths: analystProcedure.input(pathInput).query(async ({ ctx, input }) => {
    return audited(auditLookup(ctx, 'query.path', [input.from, input.to], input.purpose), shortestPaths(ctx.readDb, input, maskingForRoles(ctx.user.roles)));
  }),

  exportProfile: analystProcedure.input(profileInput).mutation(async ({ ctx, input }) => {
    const subject = await subjectOr404(ctx.readDb, input.subjectId);
    await auditLookup(ctx, 'query.export', [subject], input.purpose, { format: 'xlsx', what: 'profile' });
    const profile = await subjectProfile(ctx.readDb, subject, maskingForRoles(ctx.user.roles));
    return xlsx(`profile-${subject.type}-${profile.subject.id}.xlsx`, await profileWorkbook(profile));
  }),

  exportGraph: analystProcedure.input(exportGraphInput).mutation(async ({ ctx, input }) => {
    const roots = [...new Set(input.expansions.flatMap((e) => e.roots))];
    await auditLookup(ctx, 'query.export', roots, input.purpose, { format: 'xlsx', what: 'graph' });
    const masking = maskingForRoles(ctx.user.roles);
    const graphs = [];
    for (const expansion of input.expansions) graphs.push(await expandGraph(ctx.readDb, expansion, masking));
    return xlsx(`graph-${roots[0]}.xlsx`, await graphWorkbook(mergeGraphs(graphs)));
  }),

  lookups: roleProcedure('supervisor', 'admin').input(lookupsInput).query(({ ctx, input }) => listLookups(ctx.readDb, input ?? {})),
});

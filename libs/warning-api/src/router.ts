// The warning app's router: models (list, switch, parameters, versions, runs, backtests)
// and the warnings they raised. Thin procedures over libs/warning; every change to a model
// is audit-logged, and handlers see only the warnings routed to their department.
import { appendAudit, protectedProcedure, roleProcedure, router, type SessionUser } from '@zhijian/auth';
import { WARNING_STATUSES } from '@zhijian/db';
import { enqueue } from '@zhijian/jobs';
import {
  addModelVersion,
  backtestModel,
  getWarning,
  listModels,
  listModelVersions,
  listRuns,
  listWarnings,
  ModelChangeError,
  ModelNotFoundError,
  modelSummary,
  setModelEnabled,
  setModelParams,
  warningDossier,
} from '@zhijian/warning';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';

const modelCode = z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'model code like housing.owns_property');
const params = z.record(z.string(), z.number());
const adminProcedure = roleProcedure('admin');
const supervisorProcedure = roleProcedure('admin', 'supervisor');

function asClientError(error: unknown): never {
  if (error instanceof ModelNotFoundError) throw new TRPCError({ code: 'NOT_FOUND', message: error.message });
  if (error instanceof ModelChangeError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
  throw error;
}

/** Handlers work on their own department's warnings; the commission's roles see all. */
export function warningScope(user: SessionUser): string | undefined {
  const seesAll = user.roles.some((role) => role === 'admin' || role === 'analyst' || role === 'supervisor');
  return seesAll ? undefined : user.department.id;
}

const modelsRouter = router({
  list: protectedProcedure.query(async ({ ctx }) => (await listModels(ctx.db)).map((m) => ({ ...modelSummary(m), spec: m.spec }))),

  versions: protectedProcedure.input(z.object({ code: modelCode })).query(({ ctx, input }) => listModelVersions(ctx.db, input.code)),

  runs: protectedProcedure
    .input(z.object({ code: modelCode.optional(), limit: z.number().int().min(1).max(500).optional() }))
    .query(({ ctx, input }) => listRuns(ctx.database, { model: input.code, limit: input.limit })),

  setEnabled: adminProcedure.input(z.object({ code: modelCode, enabled: z.boolean() })).mutation(async ({ ctx, input }) => {
    await setModelEnabled(ctx.db, input.code, input.enabled, ctx.user.id).catch(asClientError);
    await appendAudit(ctx.db, { action: input.enabled ? 'model.enable' : 'model.disable', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.code });
    return { ok: true };
  }),

  setParams: adminProcedure.input(z.object({ code: modelCode, params })).mutation(async ({ ctx, input }) => {
    await setModelParams(ctx.db, input.code, input.params, ctx.user.id).catch(asClientError);
    await appendAudit(ctx.db, { action: 'model.params', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.code, detail: input.params });
    return { ok: true };
  }),

  addVersion: adminProcedure.input(z.object({ spec: z.unknown(), note: z.string().max(500).optional() })).mutation(async ({ ctx, input }) => {
    const added = await addModelVersion(ctx.db, input.spec, { userId: ctx.user.id, note: input.note }).catch(asClientError);
    await appendAudit(ctx.db, { action: 'model.version', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: added.code, detail: { version: added.version } });
    return added;
  }),

  run: supervisorProcedure.input(z.object({ code: modelCode.optional() })).mutation(async ({ ctx, input }) => {
    if (!ctx.queues) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'job queue unavailable' });
    const job = await enqueue(ctx.queues, 'warning.run', { trigger: 'manual', ...(input.code ? { models: [input.code] } : {}) });
    await appendAudit(ctx.db, { action: 'model.run', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.code ?? '*', detail: { jobId: job.id } });
    return { jobId: job.id as string };
  }),

  backtest: supervisorProcedure
    .input(z.object({ code: modelCode, asOf: z.iso.date(), params: params.optional(), draft: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => {
      const result = await backtestModel(ctx.database, input).catch(asClientError);
      await appendAudit(ctx.db, { action: 'model.backtest', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.code, detail: { asOf: input.asOf, params: result.params, hits: result.hits } });
      return result;
    }),
});

export const warningRouter = router({
  models: modelsRouter,

  list: protectedProcedure
    .input(
      z.object({
        model: modelCode.optional(),
        status: z.enum(WARNING_STATUSES).optional(),
        subjectKey: z.string().max(100).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { total, items } = await listWarnings(ctx.database, {
        model: input.model,
        status: input.status,
        subjectKey: input.subjectKey,
        departmentId: warningScope(ctx.user),
        limit: input.pageSize,
        offset: (input.page - 1) * input.pageSize,
        withEvidence: false,
      });
      return { total, items };
    }),

  get: protectedProcedure.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const warning = await getWarning(ctx.database, input.id);
    const scope = warningScope(ctx.user);
    if (!warning || (scope && warning.department?.code !== ctx.user.department.code)) {
      throw new TRPCError({ code: 'NOT_FOUND', message: `预警不存在 / warning not found: ${input.id}` });
    }
    await appendAudit(ctx.db, { action: 'warning.view', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.id });
    return warning;
  }),

  /** The evidence dossier (XLSX, base64): summary and every source record with its lineage. */
  dossier: protectedProcedure.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const warning = await getWarning(ctx.database, input.id);
    const scope = warningScope(ctx.user);
    if (!warning || (scope && warning.department?.code !== ctx.user.department.code)) {
      throw new TRPCError({ code: 'NOT_FOUND', message: `预警不存在 / warning not found: ${input.id}` });
    }
    const model = (await listModels(ctx.db)).find((m) => m.code === warning.model);
    const workbook = await warningDossier(warning, model?.spec.name.zh ?? warning.model);
    await appendAudit(ctx.db, { action: 'warning.export', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.id });
    return { fileName: `预警证据-${warning.model}-${warning.subject.key}.xlsx`, base64: workbook.toString('base64') };
  }),

  /** Open warnings by model and severity, for the inbox's summary. */
  summary: protectedProcedure.query(async ({ ctx }) => {
    const scope = warningScope(ctx.user);
    const { rows } = await ctx.database.pool.query<{ model_code: string; severity: string; status: string; n: number; amount: string | null }>(
      `select model_code, severity, status, count(*)::int as n, sum(amount)::text as amount from warnings
       ${scope ? 'where department_id = $1' : ''} group by 1, 2, 3 order by 1, 2, 3`,
      scope ? [scope] : [],
    );
    return rows.map((r) => ({ model: r.model_code, severity: r.severity, status: r.status, count: r.n, amount: r.amount === null ? 0 : Number(r.amount) }));
  }),
});

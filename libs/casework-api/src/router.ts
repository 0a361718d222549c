// The closed loop's router: cases (list, detail, open, act, comment, attach, call back),
// rounds, metrics and department webhooks. Thin procedures over libs/casework; supervisors
// see every case, handlers only their department's; every change is audit-logged.
import { appendAudit, roleProcedure, router, type SessionUser } from '@zhijian/auth';
import {
  addAttachment,
  addComment,
  CASE_ACTIONS,
  caseMetrics,
  CaseNotFoundError,
  type CaseUser,
  checkCaseDeadlines,
  createRound,
  getCase,
  listCases,
  listDeliveries,
  listRounds,
  openCase,
  readAttachment,
  recordCallback,
  setWebhook,
  transitionCase,
  TransitionError,
  WebhookError,
} from '@zhijian/casework';
import { CASE_SOURCES, CASE_STATUSES, SATISFACTIONS } from '@zhijian/db';
import { enqueue, type Queues } from '@zhijian/jobs';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';

const supervisorProcedure = roleProcedure('admin', 'supervisor');
const caseUsers = roleProcedure('admin', 'supervisor', 'handler', 'analyst');

function seesAllCases(user: SessionUser): boolean {
  return user.roles.some((role) => role === 'admin' || role === 'supervisor' || role === 'analyst');
}

function caseUser(user: SessionUser): CaseUser {
  return { id: user.id, username: user.username, roles: user.roles, departmentId: user.department.id };
}

function asClientError(error: unknown): never {
  if (error instanceof CaseNotFoundError) throw new TRPCError({ code: 'NOT_FOUND', message: error.message });
  if (error instanceof TransitionError) {
    throw new TRPCError({ code: error.code === 'forbidden' ? 'FORBIDDEN' : error.code === 'illegal' ? 'CONFLICT' : 'BAD_REQUEST', message: error.message });
  }
  if (error instanceof WebhookError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
  throw error;
}

const caseId = z.object({ id: z.uuid() });

/** Case events may have webhook deliveries waiting: send them now rather than at the next minute's sweep. */
async function nudgeWebhooks(queues: Queues | null) {
  if (queues) await enqueue(queues, 'casework.deliver_webhooks', {}).catch(() => undefined);
}

export const caseworkRouter = router({
  list: caseUsers
    .input(
      z.object({
        status: z.enum(CASE_STATUSES).optional(),
        source: z.enum(CASE_SOURCES).optional(),
        modelCode: z.string().max(100).optional(),
        roundId: z.uuid().optional(),
        departmentCode: z.string().max(50).optional(),
        overdue: z.boolean().optional(),
        search: z.string().max(100).optional(),
        sort: z.enum(['createdAt', 'dueAt', 'updatedAt']).optional(),
        order: z.enum(['asc', 'desc']).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
      }),
    )
    .query(({ ctx, input }) => listCases(ctx.database, input, caseUser(ctx.user))),

  get: caseUsers.input(caseId).query(({ ctx, input }) => getCase(ctx.database, input.id, caseUser(ctx.user)).catch(asClientError)),

  open: supervisorProcedure
    .input(
      z.discriminatedUnion('source', [
        z.object({ source: z.literal('warning'), warningId: z.uuid() }),
        z.object({ source: z.literal('hotline'), ticketNo: z.string().min(1).max(100) }),
        z.object({ source: z.literal('manual'), title: z.string().min(1).max(200), description: z.string().max(5000).optional() }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const opened = await openCase(ctx.database, input, caseUser(ctx.user)).catch(asClientError);
      await appendAudit(ctx.db, { action: 'case.open', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: opened.id, detail: { ...input }, ip: ctx.ip });
      return opened;
    }),

  act: caseUsers
    .input(
      caseId.extend({
        action: z.enum(CASE_ACTIONS),
        reason: z.string().max(5000).optional(),
        departmentCode: z.string().max(50).optional(),
        dueAt: z.iso.datetime({ offset: true }).optional(),
        fundsRecovered: z.number().int().min(0).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { id, action, ...rest } = input;
      const status = await transitionCase(ctx.database, id, action, rest, caseUser(ctx.user)).catch(asClientError);
      await appendAudit(ctx.db, { action: `case.${action}`, actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: id, detail: { ...rest, status }, ip: ctx.ip });
      await nudgeWebhooks(ctx.queues);
      return { status };
    }),

  comment: caseUsers.input(caseId.extend({ text: z.string().min(1).max(5000) })).mutation(async ({ ctx, input }) => {
    await addComment(ctx.database, input.id, input.text, caseUser(ctx.user)).catch(asClientError);
    return { ok: true };
  }),

  /** Small evidence files (≤ 20 MB) travel as base64. */
  attach: caseUsers
    .input(caseId.extend({ fileName: z.string().min(1).max(200), contentType: z.string().max(100).optional(), base64: z.string().min(1).max(28_000_000) }))
    .mutation(async ({ ctx, input }) => {
      const added = await addAttachment(ctx.database, ctx.dataDir, input.id, { fileName: input.fileName, contentType: input.contentType, content: Buffer.from(input.base64, 'base64') }, caseUser(ctx.user)).catch(
        asClientError,
      );
      await appendAudit(ctx.db, { action: 'case.attach', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.id, detail: { fileName: input.fileName, sha256: added.sha256 }, ip: ctx.ip });
      return added;
    }),

  attachment: caseUsers.input(z.object({ attachmentId: z.uuid() })).query(async ({ ctx, input }) => {
    const file = await readAttachment(ctx.database, ctx.dataDir, input.attachmentId, caseUser(ctx.user)).catch(asClientError);
    return { fileName: file.fileName, contentType: file.contentType, base64: file.content.toString('base64') };
  }),

  callback: supervisorProcedure
    .input(caseId.extend({ satisfaction: z.enum(SATISFACTIONS), note: z.string().max(2000).optional(), reopen: z.boolean().optional() }))
    .mutation(async ({ ctx, input }) => {
      const { id, ...rest } = input;
      const result = await recordCallback(ctx.database, id, rest, caseUser(ctx.user)).catch(asClientError);
      await appendAudit(ctx.db, { action: 'case.callback', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: id, detail: rest, ip: ctx.ip });
      return result;
    }),

  rounds: router({
    // Handlers see the rounds that hold their department's cases, counted for their department only.
    list: caseUsers.query(({ ctx }) => listRounds(ctx.database, seesAllCases(ctx.user) ? undefined : ctx.user.department.id)),
    create: supervisorProcedure
      .input(
        z.object({
          name: z.string().min(1).max(200),
          note: z.string().max(2000).optional(),
          dueAt: z.iso.datetime({ offset: true }),
          items: z
            .array(z.object({ warningId: z.uuid().optional(), ticketNo: z.string().min(1).max(100).optional(), departmentCode: z.string().min(1).max(50) }))
            .min(1)
            .max(5000),
        }),
      )
      .mutation(async ({ ctx, input }) => {
        const created = await createRound(ctx.database, input, caseUser(ctx.user)).catch(asClientError);
        await nudgeWebhooks(ctx.queues);
        await appendAudit(ctx.db, { action: 'round.create', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: created.roundId, detail: { name: input.name, items: input.items.length }, ip: ctx.ip });
        return created;
      }),
  }),

  metrics: caseUsers
    .input(
      z.object({
        groupBy: z.enum(['none', 'department', 'model', 'round', 'month']).default('none'),
        from: z.iso.date().optional(),
        to: z.iso.date().optional(),
        roundId: z.uuid().optional(),
        modelCode: z.string().max(100).optional(),
        source: z.enum(CASE_SOURCES).optional(),
      }),
    )
    .query(({ ctx, input }) => {
      // Handlers see their own department's figures only.
      const seesAll = ctx.user.roles.some((role) => role === 'admin' || role === 'supervisor' || role === 'analyst');
      return caseMetrics(ctx.database, { ...input, departmentId: seesAll ? undefined : ctx.user.department.id });
    }),

  checkDeadlines: roleProcedure('admin').mutation(({ ctx }) => checkCaseDeadlines(ctx.database)),

  webhooks: router({
    set: roleProcedure('admin')
      .input(z.object({ departmentCode: z.string().min(1), url: z.url(), enabled: z.boolean().optional() }))
      .mutation(async ({ ctx, input }) => {
        const result = await setWebhook(ctx.database, input).catch(asClientError);
        await appendAudit(ctx.db, { action: 'webhook.set', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.departmentCode, detail: { url: input.url }, ip: ctx.ip });
        return result;
      }),
    deliveries: roleProcedure('admin').query(({ ctx }) => listDeliveries(ctx.database)),
  }),
});

// The library console's router: datasets, the data-responsibility list, deliveries and
// batches. Thin procedures over libs/ingest.
import { appendAudit, protectedProcedure, roleProcedure, router } from '@zhijian/auth';
import {
  addResponsibility,
  batchRejects,
  BatchStateError,
  getBatch,
  listBatches,
  listDatasetSpecs,
  listResponsibilities,
  MappingError,
  previewFeed,
  punctualityByDepartment,
  addDataset,
  DatasetSpecError,
  ResponsibilityError,
  storedFileExists,
  submitFeed,
  UnknownDatasetError,
} from '@zhijian/ingest';
import { enqueue } from '@zhijian/jobs';
import { TRPCError } from '@trpc/server';
import { addDatasetInput, addResponsibilityInput, batchIdInput, batchListInput, feedFileInput, rejectsInput, submitFeedInput } from './inputs';
import { reviewsRouter } from './reviews-router';
import { rollbackDelivery } from './rollback-delivery';
import { deliveringDepartment, departmentScope } from './scope';

/** Domain errors become clear client errors; anything else stays a 500. */
function asClientError(error: unknown): never {
  if (error instanceof ResponsibilityError) throw new TRPCError({ code: 'FORBIDDEN', message: error.message });
  if (error instanceof MappingError || error instanceof UnknownDatasetError || error instanceof BatchStateError || error instanceof DatasetSpecError) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
  }
  if (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('feed.')) {
    // The file's error code goes with the message, as on a failed batch.
    throw new TRPCError({ code: 'BAD_REQUEST', message: `${error.message} [${String((error as { code: unknown }).code)}]` });
  }
  throw error;
}

const stewardProcedure = roleProcedure('steward', 'admin');

async function visibleBatch(ctx: { db: Parameters<typeof getBatch>[0]; user: Parameters<typeof departmentScope>[0] }, id: string) {
  const batch = await getBatch(ctx.db, id);
  const scope = departmentScope(ctx.user);
  if (!batch || (scope && batch.departmentId !== scope)) throw new TRPCError({ code: 'NOT_FOUND', message: `批次不存在 / batch not found: ${id}` });
  return batch;
}

export const feedsRouter = router({
  datasets: protectedProcedure.query(({ ctx }) => listDatasetSpecs(ctx.db)),

  responsibilities: protectedProcedure.query(({ ctx }) => listResponsibilities(ctx.db, { departmentId: departmentScope(ctx.user) })),

  punctuality: protectedProcedure.query(async ({ ctx }) =>
    punctualityByDepartment(await listResponsibilities(ctx.db, { departmentId: departmentScope(ctx.user) })),
  ),

  addDataset: roleProcedure('admin')
    .input(addDatasetInput)
    .mutation(async ({ ctx, input }) => {
      const created = await addDataset(ctx.db, input.spec, ctx.user.id).catch(asClientError);
      await appendAudit(ctx.db, { action: 'dataset.add', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: `${created.code}@${created.version}`, ip: ctx.ip });
      return created;
    }),

  addResponsibility: roleProcedure('admin')
    .input(addResponsibilityInput)
    .mutation(async ({ ctx, input }) => {
      const created = await addResponsibility(ctx.db, input).catch(asClientError);
      await appendAudit(ctx.db, { action: 'responsibility.set', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: `${input.departmentCode}/${input.datasetCode}`, detail: { frequency: input.frequency, dueDay: input.dueDay ?? null }, ip: ctx.ip });
      return created;
    }),

  preview: stewardProcedure.input(feedFileInput).query(async ({ ctx, input }) => {
    if (!(await storedFileExists(ctx.dataDir, input.sha256))) throw new TRPCError({ code: 'NOT_FOUND', message: '文件不存在，请重新上传 / file not found; upload it again' });
    return previewFeed(ctx.database, { ...input, dataDir: ctx.dataDir, limits: ctx.feedLimits, departmentCode: deliveringDepartment(ctx.user, input.departmentCode) }).catch(asClientError);
  }),

  submit: stewardProcedure.input(submitFeedInput).mutation(async ({ ctx, input }) => {
    if (!ctx.queues) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'job queue unavailable' });
    if (!(await storedFileExists(ctx.dataDir, input.sha256))) throw new TRPCError({ code: 'NOT_FOUND', message: '文件不存在，请重新上传 / file not found; upload it again' });
    const result = await submitFeed(ctx.database, {
      ...input,
      dataDir: ctx.dataDir,
      limits: ctx.feedLimits,
      departmentCode: deliveringDepartment(ctx.user, input.departmentCode),
      uploadedBy: ctx.user.id,
      uploadedVia: 'web',
    }).catch(asClientError);
    if (!result.duplicate) {
      await enqueue(ctx.queues, 'ingest.stage', { batchId: result.batchId }, { jobId: `stage-${result.batchId}` });
      await appendAudit(ctx.db, { action: 'batch.submit', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: result.batchId, detail: { dataset: input.datasetCode, file: input.fileName }, ip: ctx.ip });
    }
    return result;
  }),

  batches: protectedProcedure.input(batchListInput).query(({ ctx, input }) =>
    listBatches(ctx.db, { departmentId: departmentScope(ctx.user), datasetCode: input?.datasetCode, limit: input?.limit }),
  ),

  batch: protectedProcedure.input(batchIdInput).query(({ ctx, input }) => visibleBatch(ctx, input.id)),

  rejects: protectedProcedure.input(rejectsInput).query(async ({ ctx, input }) => {
    await visibleBatch(ctx, input.id);
    return batchRejects(ctx.db, input.id, input);
  }),

  rollback: stewardProcedure.input(batchIdInput).mutation(async ({ ctx, input }) => {
    await visibleBatch(ctx, input.id);
    const result = await rollbackDelivery(ctx.database, input.id).catch(asClientError);
    await appendAudit(ctx.db, { action: 'batch.rollback', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.id, detail: result, ip: ctx.ip });
    return result;
  }),

  /** 待核对匹配: the match review queue. */
  reviews: reviewsRouter,
});

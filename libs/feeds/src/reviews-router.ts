// 待核对匹配: candidates a match by name was not sure of. Scoped like batches (a steward
// sees their department's deliveries); every decision is audit-logged.
import { appendAudit, roleProcedure, router } from '@zhijian/auth';
import { decideMatchReview, listMatchReviews, MatchReviewError } from '@zhijian/ingest';
import { refreshSearchTerms } from '@zhijian/query';
import { TRPCError } from '@trpc/server';
import { matchReviewIdInput, matchReviewListInput } from './review-inputs';
import { departmentScope } from './scope';

// The library console's users; handlers work on warnings, not on the library.
const reviewerProcedure = roleProcedure('steward', 'admin', 'analyst', 'supervisor');

function asClientError(error: unknown): never {
  if (error instanceof MatchReviewError) {
    throw new TRPCError({ code: error.reason === 'not_found' ? 'NOT_FOUND' : 'CONFLICT', message: error.message });
  }
  throw error;
}

const decide = (decision: 'accept' | 'reject') =>
  reviewerProcedure.input(matchReviewIdInput).mutation(async ({ ctx, input }) => {
    const result = await decideMatchReview(ctx.database, { id: input.id, decision, reviewerId: ctx.user.id, departmentId: departmentScope(ctx.user) }).catch(asClientError);
    await appendAudit(ctx.db, {
      action: `match_review.${decision}`,
      actorUserId: ctx.user.id,
      actorUsername: ctx.user.username,
      target: String(input.id),
      detail: { recordId: result.recordId, role: result.role, subjectId: result.subjectId, alsoRejected: result.alsoRejected },
      ip: ctx.ip,
    });
    // An accepted match names the person on the record: the query system's search follows.
    if (decision === 'accept') await refreshSearchTerms(ctx.database, result.batchId);
    return result;
  });

export const reviewsRouter = router({
  list: reviewerProcedure
    .input(matchReviewListInput)
    .query(({ ctx, input }) => listMatchReviews(ctx.db, { departmentId: departmentScope(ctx.user), status: input?.status, limit: input?.limit })),
  accept: decide('accept'),
  reject: decide('reject'),
});

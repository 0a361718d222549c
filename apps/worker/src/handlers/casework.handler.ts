import { checkCaseDeadlines, deliverDueWebhooks } from '@zhijian/casework';
import type { JobHandler } from './types';

/** Reminders before a case's deadline and 督办 after it; each case once per deadline. */
export const caseworkCheckDeadlines: JobHandler<'casework.check_deadlines'> = async (_payload, ctx) => {
  const result = await checkCaseDeadlines(ctx.database);
  ctx.log.info(result, 'case deadlines checked');
  return result;
};

/** Sends due webhook deliveries; failures wait and are retried by the next run. */
export const caseworkDeliverWebhooks: JobHandler<'casework.deliver_webhooks'> = async (_payload, ctx) => {
  const result = await deliverDueWebhooks(ctx.database);
  if (result.delivered + result.retrying + result.failed > 0) ctx.log.info(result, 'webhooks delivered');
  return result;
};

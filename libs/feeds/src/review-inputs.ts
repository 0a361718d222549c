// Input schemas of the match review queue, exported for reuse by the CLI and tests.
import { MATCH_REVIEW_STATUSES } from '@zhijian/db';
import { z } from 'zod';

export const matchReviewListInput = z
  .object({ status: z.enum(MATCH_REVIEW_STATUSES).optional(), limit: z.number().int().min(1).max(2000).optional() })
  .optional();

export const matchReviewIdInput = z.object({ id: z.number().int().positive() });

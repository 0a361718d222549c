// Input schemas of the `query` router, exported for reuse by the CLI and tests.
import { SUBJECT_TYPES } from '@zhijian/db';
import { z } from 'zod';

const subjectId = z.number().int().positive();
/** 案由: why a person is looked up; written to the audit log with the lookup. */
export const purposeSchema = z.string().trim().min(2, '请填写案由 / state the purpose').max(500);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const searchInput = z.object({
  text: z.string().trim().min(1).max(200),
  limit: z.number().int().min(1).max(100).optional(),
});

export const profileInput = z.object({ subjectId, purpose: purposeSchema.optional() });

export const graphFiltersInput = z.object({
  relationTypes: z.array(z.string().min(1).max(64)).max(20).optional(),
  asOf: isoDate.optional(),
  subjectTypes: z.array(z.enum(SUBJECT_TYPES)).max(4).optional(),
});

export const graphInput = graphFiltersInput.extend({
  roots: z.array(subjectId).min(1).max(50),
  hops: z.number().int().min(1).max(4),
  hubThreshold: z.number().int().min(5).max(1000).optional(),
  maxNodes: z.number().int().min(10).max(5000).optional(),
  purpose: purposeSchema.optional(),
});

export const pathInput = graphFiltersInput.extend({
  from: subjectId,
  to: subjectId,
  maxLength: z.number().int().min(1).max(8).optional(),
  purpose: purposeSchema.optional(),
});

/** A graph as the user built it: the first expansion and every node expanded in place since. */
export const exportGraphInput = z.object({
  expansions: z.array(graphInput.omit({ purpose: true })).min(1).max(50),
  purpose: purposeSchema.optional(),
});

export const lookupsInput = z
  .object({ actor: z.string().max(64).optional(), target: z.string().max(100).optional(), limit: z.number().int().min(1).max(1000).optional() })
  .optional();

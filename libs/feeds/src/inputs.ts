// Input schemas, exported for reuse by the CLI and tests.
import { FREQUENCIES } from '@zhijian/db';
import { z } from 'zod';

const datasetCode = z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'dataset code like housing.rental_subsidy');
const mapping = z.record(z.string(), z.string()).optional();

export const addResponsibilityInput = z.object({
  departmentCode: z.string().min(1),
  datasetCode,
  frequency: z.enum(FREQUENCIES),
  dueDay: z.number().int().min(1).max(366).nullish(),
  note: z.string().max(500).nullish(),
});

export const feedFileInput = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1).max(255),
  datasetCode,
  /** Admins may deliver on behalf of a department; stewards always deliver for their own. */
  departmentCode: z.string().optional(),
  mapping,
  sheet: z.string().max(100).optional(),
});

export const submitFeedInput = feedFileInput.extend({
  supersedesBatchId: z.uuid().optional(),
});

/** A dataset spec as JSON (validated by the catalogue's schema in the domain function). */
export const addDatasetInput = z.object({ spec: z.record(z.string(), z.unknown()) });

export const batchListInput = z.object({ datasetCode: datasetCode.optional(), limit: z.number().int().min(1).max(1000).optional() }).optional();
export const batchIdInput = z.object({ id: z.uuid() });
export const rejectsInput = z.object({ id: z.uuid(), afterRow: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(5000).optional() });

// Input schemas of the analysis router, exported for the CLI and tests.
import { EXPORT_VIEWS, TICKET_DIMENSIONS } from '@zhijian/analysis';
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day like 2026-10-01');
const regionCode = z.string().regex(/^\d{6}$/, 'a 6-digit county code');

export const filterInput = z.object({ from: day.optional(), to: day.optional(), regionCode: regionCode.optional() });

export const breakdownInput = filterInput.extend({ dimension: z.enum(TICKET_DIMENSIONS) });

export const hotspotsInput = filterInput.extend({
  level: z.enum(['region', 'address']),
  baselineMonths: z.number().int().min(1).max(24).optional(),
  limit: z.number().int().min(1).max(200).optional(),
});

export const repeatsInput = filterInput.extend({
  by: z.enum(['caller', 'address']),
  minTickets: z.number().int().min(2).max(100).optional(),
  windowDays: z.number().int().min(1).max(365).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});

export const topicsInput = filterInput.extend({
  cap: z.number().int().min(10).max(20_000).optional(),
  threshold: z.number().min(0.1).max(1).optional(),
  minTickets: z.number().int().min(2).max(100).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

export const ticketSelectionInput = filterInput.extend({
  category: z.string().max(100).optional(),
  department: z.string().max(200).optional(),
  month: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  addressKey: z.string().max(500).optional(),
  ticketNos: z.array(z.string().max(64)).max(1000).optional(),
  flag: z.enum(['overdue', 'returned', 'unsatisfied']).optional(),
});

export const ticketsInput = ticketSelectionInput.extend({
  limit: z.number().int().min(1).max(200).default(20),
  offset: z.number().int().min(0).default(0),
});

export const warningsInput = filterInput;

export const networkInput = z.object({
  minShared: z.number().int().min(2).max(50).optional(),
  maxEdges: z.number().int().min(10).max(5_000).optional(),
});

export const exportInput = z.object({
  view: z.enum(EXPORT_VIEWS),
  filter: filterInput.default({}),
  selection: ticketSelectionInput.optional(),
});

// The `analysis` router (情报分析): thin procedures over libs/analysis for the dashboard.
// Commission roles only (admin, analyst, supervisor); caller phones and resident IDs are
// masked unless the user's roles may see identifiers, exactly as in relational query.
// Every procedure only reads, so all use `ctx.readDatabase` (the read replica when
// DATABASE_READ_URL is set, else the primary).
import {
  caseStatistics,
  coBiddingPairs,
  departmentPerformance,
  departmentPunctuality,
  exportViewData,
  findHotspots,
  findTopics,
  getTicket,
  listTickets,
  officialFamilyEnterprises,
  qualityTrend,
  relationNetwork,
  repeatComplaints,
  sharedLegalRepresentatives,
  sheetWorkbook,
  type SubjectRefRow,
  ticketBreakdown,
  ticketTotals,
  type TicketRow,
  warningStatistics,
} from '@zhijian/analysis';
import { APP_ROLES, appendAudit, roleProcedure, router } from '@zhijian/auth';
import { maskingForRoles, maskPhone, type Masking, visibleSubjectKey } from '@zhijian/query';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { breakdownInput, exportInput, filterInput, hotspotsInput, networkInput, repeatsInput, ticketsInput, topicsInput, warningsInput } from './inputs';

const analysisProcedure = roleProcedure(...APP_ROLES.analysis);

const phoneFor = (masking: Masking) => (phone: string) => (masking.reveal ? phone : maskPhone(phone));
const subjectFor = (masking: Masking) => (s: SubjectRefRow) => ({ ...s, key: visibleSubjectKey(s.type, s.key, masking) });
const ticketFor = (masking: Masking) => (t: TicketRow) => ({ ...t, callerPhone: t.callerPhone && phoneFor(masking)(t.callerPhone) });

export const analysisRouter = router({
  /** The hotline dashboard's first screen: totals and the four breakdowns. */
  overview: analysisProcedure.input(filterInput).query(async ({ ctx, input }) => {
    const [totals, byCategory, byRegion, byDepartment, byMonth] = await Promise.all([
      ticketTotals(ctx.readDatabase, input),
      ticketBreakdown(ctx.readDatabase, input, 'category'),
      ticketBreakdown(ctx.readDatabase, input, 'region'),
      ticketBreakdown(ctx.readDatabase, input, 'department'),
      ticketBreakdown(ctx.readDatabase, input, 'month'),
    ]);
    return { totals, byCategory, byRegion, byDepartment, byMonth };
  }),

  breakdown: analysisProcedure.input(breakdownInput).query(({ ctx, input }) => ticketBreakdown(ctx.readDatabase, input, input.dimension)),

  departments: analysisProcedure.input(filterInput).query(({ ctx, input }) => departmentPerformance(ctx.readDatabase, input)),

  hotspots: analysisProcedure.input(hotspotsInput).query(({ ctx, input }) => findHotspots(ctx.readDatabase, input)),

  repeats: analysisProcedure.input(repeatsInput).query(async ({ ctx, input }) => {
    const masking = maskingForRoles(ctx.user.roles);
    const groups = await repeatComplaints(ctx.readDatabase, input);
    return groups.map((g) => (input.by === 'caller' ? { ...g, key: phoneFor(masking)(g.key), label: phoneFor(masking)(g.label) } : g));
  }),

  topics: analysisProcedure.input(topicsInput).query(({ ctx, input }) => findTopics(ctx.readDatabase, input)),

  tickets: analysisProcedure.input(ticketsInput).query(async ({ ctx, input }) => {
    const { limit, offset, ...selection } = input;
    const page = await listTickets(ctx.readDatabase, selection, { limit, offset });
    return { total: page.total, items: page.items.map(ticketFor(maskingForRoles(ctx.user.roles))) };
  }),

  ticket: analysisProcedure.input(z.object({ recordId: z.number().int().positive() })).query(async ({ ctx, input }) => {
    const ticket = await getTicket(ctx.readDatabase, input.recordId);
    if (!ticket) throw new TRPCError({ code: 'NOT_FOUND', message: `ticket ${input.recordId} not found` });
    const masking = maskingForRoles(ctx.user.roles);
    const attrs = { ...ticket.attrs };
    if (typeof attrs.caller_phone === 'string') attrs.caller_phone = phoneFor(masking)(attrs.caller_phone);
    return { ...ticketFor(masking)(ticket), attrs, batchId: ticket.batchId, rowNumber: ticket.rowNumber };
  }),

  warnings: analysisProcedure.input(warningsInput).query(async ({ ctx, input }) => {
    const [byModel, byDepartment, byMonth, cases] = await Promise.all([
      warningStatistics(ctx.readDatabase, input, 'model'),
      warningStatistics(ctx.readDatabase, input, 'department'),
      warningStatistics(ctx.readDatabase, input, 'month'),
      caseStatistics(ctx.readDatabase, input),
    ]);
    return { byModel, byDepartment, byMonth, cases };
  }),

  network: analysisProcedure.input(networkInput).query(async ({ ctx, input }) => {
    const subject = subjectFor(maskingForRoles(ctx.user.roles));
    const [network, coBidding, sharedRepresentatives, officialFamily] = await Promise.all([
      relationNetwork(ctx.readDatabase, input),
      coBiddingPairs(ctx.readDatabase, { minShared: input.minShared, limit: 50 }),
      sharedLegalRepresentatives(ctx.readDatabase, { limit: 50 }),
      officialFamilyEnterprises(ctx.readDatabase, { limit: 50 }),
    ]);
    return {
      ...network,
      nodes: network.nodes.map((n) => ({ ...n, key: subject(n).key })),
      coBidding: coBidding.map((p) => ({ ...p, a: subject(p.a), b: subject(p.b) })),
      sharedRepresentatives: sharedRepresentatives.map((r) => ({ person: subject(r.person), enterprises: r.enterprises.map(subject) })),
      officialFamily: officialFamily.map((l) => ({ ...l, official: subject(l.official), relative: subject(l.relative), enterprise: subject(l.enterprise) })),
    };
  }),

  health: analysisProcedure.input(filterInput).query(async ({ ctx, input }) => {
    const [punctuality, quality] = await Promise.all([departmentPunctuality(ctx.readDatabase), qualityTrend(ctx.readDatabase, input)]);
    return { punctuality, quality };
  }),

  /** Any view as XLSX, rebuilt on the server from the same query the chart shows. */
  exportXlsx: analysisProcedure.input(exportInput).mutation(async ({ ctx, input }) => {
    const data = await exportViewData(ctx.readDatabase, input.view, { ...input.filter, selection: input.selection }, phoneFor(maskingForRoles(ctx.user.roles)));
    const buffer = await sheetWorkbook(data);
    // Every export is audit-logged (what was exported, with which filter).
    await appendAudit(ctx.db, { action: 'analysis.export', actorUserId: ctx.user.id, actorUsername: ctx.user.username, target: input.view, detail: { filter: input.filter, selection: input.selection ?? null }, ip: ctx.ip });
    return { fileName: `analysis-${input.view}.xlsx`, base64: buffer.toString('base64') };
  }),
});

// Who may call which procedure of `appRouter`, declared in one table. The routers enforce
// it (roleProcedure / protectedProcedure and department scoping in the domain functions);
// this table is what the authorization-matrix test (test/authorization-matrix.integration.test.ts)
// checks them against, and it fails for a procedure that has no rule here — so a new
// procedure cannot ship without someone deciding who may call it.
import type { Role } from '@zhijian/db';

/** 'public': anyone, signed in or not; 'signed-in': any role; otherwise: users holding one of the roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

export interface AccessRule {
  access: Access;
  /**
   * Department scoping: a steward or handler sees only their own department's rows
   * (NOT_FOUND for another department's detail, nothing of it in lists, exports and counts).
   */
  scoped: boolean;
}

const COMMISSION: readonly Role[] = ['admin', 'analyst', 'supervisor'];
const CASE_USERS: readonly Role[] = ['admin', 'supervisor', 'handler', 'analyst'];
const SUPERVISORS: readonly Role[] = ['admin', 'supervisor'];
const ADMIN: readonly Role[] = ['admin'];
const DELIVERERS: readonly Role[] = ['steward', 'admin'];
const REVIEWERS: readonly Role[] = ['steward', 'admin', 'analyst', 'supervisor'];

const open = (access: Access): AccessRule => ({ access, scoped: false });
const scoped = (access: Access): AccessRule => ({ access, scoped: true });

export const ACCESS_RULES: Readonly<Record<string, AccessRule>> = {
  // 情报分析: the commission's roles only; the city-wide statistics are not department data.
  'analysis.overview': open(COMMISSION),
  'analysis.breakdown': open(COMMISSION),
  'analysis.departments': open(COMMISSION),
  'analysis.hotspots': open(COMMISSION),
  'analysis.repeats': open(COMMISSION),
  'analysis.topics': open(COMMISSION),
  'analysis.tickets': open(COMMISSION),
  'analysis.ticket': open(COMMISSION),
  'analysis.warnings': open(COMMISSION),
  'analysis.network': open(COMMISSION),
  'analysis.health': open(COMMISSION),
  'analysis.exportXlsx': open(COMMISSION),

  'audit.verify': open(ADMIN),

  'auth.me': open('public'),
  'auth.login': open('public'),
  'auth.logout': open('signed-in'),
  'auth.logoutEverywhere': open('signed-in'),

  'health.ping': open('public'),

  // The closed loop: handlers act on their department's cases, supervisors everywhere.
  'casework.list': scoped(CASE_USERS),
  'casework.get': scoped(CASE_USERS),
  'casework.act': scoped(CASE_USERS),
  'casework.comment': scoped(CASE_USERS),
  'casework.attach': scoped(CASE_USERS),
  'casework.attachment': scoped(CASE_USERS),
  'casework.metrics': scoped(CASE_USERS),
  'casework.rounds.list': scoped(CASE_USERS),
  'casework.open': open(SUPERVISORS),
  'casework.callback': open(SUPERVISORS),
  'casework.rounds.create': open(SUPERVISORS),
  'casework.checkDeadlines': open(ADMIN),
  'casework.webhooks.set': open(ADMIN),
  'casework.webhooks.deliveries': open(ADMIN),

  // The library console: stewards deliver and see their department's batches.
  'feeds.datasets': open('signed-in'),
  'feeds.responsibilities': scoped('signed-in'),
  'feeds.punctuality': scoped('signed-in'),
  'feeds.batches': scoped('signed-in'),
  'feeds.batch': scoped('signed-in'),
  'feeds.rejects': scoped('signed-in'),
  'feeds.preview': scoped(DELIVERERS),
  'feeds.submit': scoped(DELIVERERS),
  'feeds.rollback': scoped(DELIVERERS),
  'feeds.addDataset': open(ADMIN),
  'feeds.addResponsibility': open(ADMIN),
  'feeds.reviews.list': scoped(REVIEWERS),
  'feeds.reviews.accept': scoped(REVIEWERS),
  'feeds.reviews.reject': scoped(REVIEWERS),

  // Every user's own notifications only (by recipient, not by department).
  'notifications.list': open('signed-in'),
  'notifications.unreadCount': open('signed-in'),
  'notifications.markRead': open('signed-in'),

  // 关联查询: the commission's roles; person lookups need a purpose and are audit-logged.
  'query.search': open(COMMISSION),
  'query.profile': open(COMMISSION),
  'query.graph': open(COMMISSION),
  'query.paths': open(COMMISSION),
  'query.exportProfile': open(COMMISSION),
  'query.exportGraph': open(COMMISSION),
  'query.lookups': open(SUPERVISORS),

  // Warnings: handlers (and stewards) see only those routed to their department.
  'warning.list': scoped('signed-in'),
  'warning.get': scoped('signed-in'),
  'warning.dossier': scoped('signed-in'),
  'warning.summary': scoped('signed-in'),
  'warning.models.list': open('signed-in'),
  'warning.models.versions': open('signed-in'),
  'warning.models.runs': open('signed-in'),
  'warning.models.setEnabled': open(ADMIN),
  'warning.models.setParams': open(ADMIN),
  'warning.models.addVersion': open(ADMIN),
  'warning.models.run': open(SUPERVISORS),
  'warning.models.backtest': open(SUPERVISORS),
};

/** Whether a user holding `roles` (none: not signed in) may call a procedure under `rule`. */
export function ruleAllows(rule: AccessRule, roles: readonly Role[] | null): boolean {
  if (rule.access === 'public') return true;
  if (!roles) return false;
  if (rule.access === 'signed-in') return true;
  return roles.some((role) => (rule.access as readonly Role[]).includes(role));
}

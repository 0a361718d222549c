export { APPS, APP_ROLES, appsForRoles, type AppCode } from './apps';
export { appendAudit, auditRowHash, verifyAuditChain, GENESIS_HASH, type AuditEntry, type AuditVerification } from './audit-log';
export { createContextInner, type Context, type SessionCookieJar } from './context';
export { createDepartment, findDepartment, listDepartments, DepartmentExistsError, type Department } from './departments';
export { login, LoginError, LOGIN_LIMITS } from './login';
export { hashPassword, verifyPassword } from './password';
export { auditRouter, authRouter, loginInput } from './router';
export { toMe, type Me, type SessionUser } from './session-user';
export {
  createSession,
  resolveSession,
  revokeAllSessions,
  revokeSession,
  purgeExpiredSessions,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  SESSION_TTL_MS,
  sessionPolicy,
  setSessionPolicy,
  type SessionPolicy,
} from './sessions';
export { createCallerFactory, middleware, protectedProcedure, publicProcedure, roleProcedure, router } from './trpc';
export { createUser, setPassword, UserInputError, type CreatedUser, type NewUser } from './users';
export { DEMO_DEPARTMENTS, DEMO_USERS, ensureDepartments, ensureUser, type SeedDepartment, type SeedUser } from './seed';
export {
  listNotifications,
  markNotificationsRead,
  notifyDepartmentRoles,
  unreadNotificationCount,
  type NewNotification,
  type NotificationItem,
} from './notifications/notifications';
export { markNotificationsReadInput, notificationListInput, notificationsRouter } from './notifications/notifications-router';

export { addAttachment, MAX_ATTACHMENT_BYTES, readAttachment } from './attachments';
export {
  addComment,
  assertCanSee,
  canSeeAll,
  CaseNotFoundError,
  type CaseUser,
  DEADLINE_DAYS,
  openCase,
  type OpenCaseInput,
  recordCallback,
  REMIND_DAYS_BEFORE,
  transitionCase,
  type TransitionInput,
} from './cases';
export { checkCaseDeadlines } from './deadlines';
export { caseMetrics, type MetricsFilter, type MetricsGroup, type MetricsRow } from './metrics';
export { getCase, listCases, type CaseFilter, type CaseRow } from './queries';
export { createRound, listRounds, type NewRound, type RoundItem } from './rounds';
export { actorsFor, availableActions, CASE_ACTIONS, type CaseAction, OPEN_STATUSES, STATUS_LABELS, TRANSITIONS, TransitionError } from './state-machine';
export { deliverDueWebhooks, listDeliveries, MAX_WEBHOOK_ATTEMPTS, setWebhook, signBody, WebhookError } from './webhooks';

// A minimal valid input for every procedure of `appRouter`, for the authorization matrix.
// Reads name department A's real batch, warning and case; mutations name ids that do not
// exist (or harmless values), so an allowed role gets NOT_FOUND / BAD_REQUEST instead of
// changing the fixture — the matrix only asks whether the role got past the guard.
import { randomUUID } from 'node:crypto';

export interface MatrixFixture {
  /** Department A's published batch, warning and case (pushed to department A). */
  batchId: string;
  warningId: string;
  caseId: string;
  attachmentId: string;
  /** Two persons of the library and a hotline ticket record. */
  subjectId: number;
  otherSubjectId: number;
  ticketRecordId: number;
  /** A user whose password the matrix may log in with. */
  login: { username: string; password: string };
}

const missing = () => randomUUID();
const PURPOSE = '授权矩阵测试 / authorization matrix test';

export const SAMPLE_INPUTS: Record<string, (f: MatrixFixture) => unknown> = {
  'analysis.overview': () => ({}),
  'analysis.breakdown': () => ({ dimension: 'category' }),
  'analysis.departments': () => ({}),
  'analysis.hotspots': () => ({ level: 'region' }),
  'analysis.repeats': () => ({ by: 'caller' }),
  'analysis.topics': () => ({}),
  'analysis.tickets': () => ({}),
  'analysis.ticket': (f) => ({ recordId: f.ticketRecordId }),
  'analysis.warnings': () => ({}),
  'analysis.network': () => ({}),
  'analysis.health': () => ({}),
  'analysis.exportXlsx': () => ({ view: 'departments' }),

  'audit.verify': () => undefined,

  'auth.me': () => undefined,
  'auth.login': (f) => f.login,
  'auth.logout': () => undefined,
  'auth.logoutEverywhere': () => undefined,

  'health.ping': () => undefined,

  'casework.list': () => ({}),
  'casework.get': (f) => ({ id: f.caseId }),
  'casework.act': () => ({ id: missing(), action: 'accept' }),
  'casework.comment': () => ({ id: missing(), text: '意见' }),
  'casework.attach': () => ({ id: missing(), fileName: 'a.txt', base64: Buffer.from('a').toString('base64') }),
  'casework.attachment': (f) => ({ attachmentId: f.attachmentId }),
  'casework.metrics': () => ({}),
  'casework.rounds.list': () => undefined,
  'casework.open': () => ({ source: 'warning', warningId: missing() }),
  'casework.callback': () => ({ id: missing(), satisfaction: 'satisfied' }),
  'casework.rounds.create': () => ({ name: '矩阵', dueAt: '2030-01-01T00:00:00Z', items: [{ warningId: missing(), departmentCode: 'realestate' }] }),
  'casework.checkDeadlines': () => undefined,
  'casework.webhooks.set': () => ({ departmentCode: 'no-such-department', url: 'https://example.invalid/hook' }),
  'casework.webhooks.deliveries': () => undefined,

  'feeds.datasets': () => undefined,
  'feeds.responsibilities': () => undefined,
  'feeds.punctuality': () => undefined,
  'feeds.batches': () => undefined,
  'feeds.batch': (f) => ({ id: f.batchId }),
  'feeds.rejects': (f) => ({ id: f.batchId }),
  'feeds.preview': () => ({ sha256: '0'.repeat(64), fileName: 'x.csv', datasetCode: 'realestate.property' }),
  'feeds.submit': () => ({ sha256: '0'.repeat(64), fileName: 'x.csv', datasetCode: 'realestate.property' }),
  'feeds.rollback': () => ({ id: missing() }),
  'feeds.addDataset': () => ({ spec: {} }),
  // The fixture's own responsibility again: an upsert that changes nothing.
  'feeds.addResponsibility': () => ({ departmentCode: 'realestate', datasetCode: 'realestate.property', frequency: 'monthly' }),
  'feeds.reviews.list': () => undefined,
  'feeds.reviews.accept': () => ({ id: 2_000_000_000 }),
  'feeds.reviews.reject': () => ({ id: 2_000_000_000 }),

  'notifications.list': () => undefined,
  'notifications.unreadCount': () => undefined,
  'notifications.markRead': () => ({ all: true }),

  'query.search': () => ({ text: '王建国' }),
  'query.profile': (f) => ({ subjectId: f.subjectId, purpose: PURPOSE }),
  'query.graph': (f) => ({ roots: [f.subjectId], hops: 1, purpose: PURPOSE }),
  'query.paths': (f) => ({ from: f.subjectId, to: f.otherSubjectId, purpose: PURPOSE }),
  'query.exportProfile': (f) => ({ subjectId: f.subjectId, purpose: PURPOSE }),
  'query.exportGraph': (f) => ({ expansions: [{ roots: [f.subjectId], hops: 1 }], purpose: PURPOSE }),
  'query.lookups': () => undefined,

  'warning.list': () => ({}),
  'warning.get': (f) => ({ id: f.warningId }),
  'warning.dossier': (f) => ({ id: f.warningId }),
  'warning.summary': () => undefined,
  'warning.models.list': () => undefined,
  'warning.models.versions': () => ({ code: 'housing.owns_property' }),
  'warning.models.runs': () => ({}),
  'warning.models.setEnabled': () => ({ code: 'no_such.model', enabled: true }),
  'warning.models.setParams': () => ({ code: 'no_such.model', params: {} }),
  'warning.models.addVersion': () => ({ spec: {} }),
  // No queue is wired in the matrix: an allowed caller gets SERVICE_UNAVAILABLE.
  'warning.models.run': () => ({}),
  'warning.models.backtest': () => ({ code: 'no_such.model', asOf: '2024-01-01' }),
};

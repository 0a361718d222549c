import { appendAudit } from '@zhijian/auth';
import { MATCH_REVIEW_STATUSES, type MatchReviewStatus } from '@zhijian/db';
import { decideMatchReview, departmentByCode, listMatchReviews, MatchReviewError, type MatchReview, ResponsibilityError } from '@zhijian/ingest';
import { refreshSearchTerms } from '@zhijian/query';
import { Option, type Command } from 'commander';
import { CliError, printResult } from '../output';
import { withDatabase } from '../services';

function reviewId(value: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new CliError(`不是有效的核对编号 / not a review id: ${value}`);
  return Number(value);
}

function asCliError(error: unknown): never {
  if (error instanceof ResponsibilityError || error instanceof MatchReviewError) throw new CliError(error.message);
  throw error;
}

function describeReview(r: MatchReview): string {
  const named = [r.named.name, r.named.birthDate, r.named.regionCode].filter(Boolean).join(' ');
  const candidate = [r.candidate.name, r.candidate.idNumber, r.candidate.regionCode].filter(Boolean).join(' ');
  return `${String(r.id).padStart(6)}  ${r.status.padEnd(8)} score ${String(r.score).padStart(3)}  ${r.datasetCode} row ${r.rowNumber} ${r.role}: ${named}  →  ${candidate}  (${r.reasons.join('+')})`;
}

export function registerReviewCommands(program: Command): void {
  const review = program.command('review').description('待核对匹配 / persons matched by name that wait for a decision');

  review
    .command('list')
    .description('candidates matched by name + birth date/region, pending unless --status says otherwise')
    .addOption(new Option('--status <status>', 'which reviews').choices(MATCH_REVIEW_STATUSES).default('pending'))
    .option('--department <code>', 'only this department’s deliveries')
    .option('--json', 'machine-readable output')
    .action(async (options: { status: MatchReviewStatus; department?: string; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const department = options.department ? await departmentByCode(db, options.department).catch(asCliError) : undefined;
        const rows = await listMatchReviews(db, { status: options.status, departmentId: department?.id });
        printResult(Boolean(options.json), rows, rows.map(describeReview).join('\n') || '(none)');
      });
    });

  for (const decision of ['accept', 'reject'] as const) {
    review
      .command(`${decision} <id>`)
      .description(decision === 'accept' ? 'link the record to this candidate (other candidates are rejected)' : 'this candidate is not the person named')
      .option('--json', 'machine-readable output')
      .action(async (id: string, options: { json?: boolean }) => {
        await withDatabase(async (handle) => {
          const result = await decideMatchReview(handle, { id: reviewId(id), decision, reviewerId: null }).catch(asCliError);
          const { recordId, role, subjectId, alsoRejected } = result;
          await appendAudit(handle.db, { action: `match_review.${decision}`, actorUsername: 'cli', target: id, detail: { recordId, role, subjectId, alsoRejected } });
          if (decision === 'accept') await refreshSearchTerms(handle, result.batchId);
          printResult(Boolean(options.json), result, `${decision === 'accept' ? '已确认 / accepted' : '已否决 / rejected'}: ${id}`);
        });
      });
  }
}

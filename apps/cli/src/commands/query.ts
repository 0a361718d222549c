// `zhijian query`: relational query from the command line. The operator has the database
// itself, so identifiers are shown in full; a person's profile still needs a purpose (案由)
// and is written to the audit log like a lookup in the web app.
import { appendAudit } from '@zhijian/auth';
import { SUBJECT_TYPES, type SubjectType } from '@zhijian/db';
import { findSubject, REVEAL, searchSubjects, subjectProfile } from '@zhijian/query';
import { normalizeCertificateNumber, normalizePlate, normalizeResidentId, normalizeUscc } from '@zhijian/standard';
import type { Command } from 'commander';
import { CliError, printResult } from '../output';
import { withDatabase } from '../services';

const KEY_NORMALIZERS: Record<SubjectType, (input: string) => { ok: boolean; value?: string }> = {
  person: (input) => normalizeResidentId(input),
  organization: normalizeUscc,
  vehicle: normalizePlate,
  property: normalizeCertificateNumber,
};

function subjectType(value: string): SubjectType {
  if (!(SUBJECT_TYPES as readonly string[]).includes(value)) throw new CliError(`主体类型须为 / type must be one of: ${SUBJECT_TYPES.join(', ')}`);
  return value as SubjectType;
}

export function registerQueryCommands(program: Command): void {
  const query = program.command('query').description('关联查询 / relational query: search subjects, show a profile');

  query
    .command('search <text>')
    .description('search by resident ID (any form), USCC, plate, certificate number, phone, name, pinyin initials or address')
    .option('--json', 'machine-readable output')
    .action(async (text: string, options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const hits = await searchSubjects(db, text, REVEAL);
        const human = hits
          .map((h) => `${String(h.score).padStart(3)}  ${h.subject.type.padEnd(12)} ${h.subject.key.padEnd(24)} ${h.subject.name ?? ''}  [${h.matchedBy}] ${h.departments.map((d) => d.name).join('、')}`)
          .join('\n');
        printResult(Boolean(options.json), hits, human || '(无结果 / no match)');
      });
    });

  query
    .command('profile <type> <key>')
    .description('everything the library holds on one subject (type: person, organization, property, vehicle)')
    .option('--purpose <purpose>', '案由: why a person is looked up (required for persons; audited)')
    .option('--json', 'machine-readable output')
    .action(async (typeArg: string, keyArg: string, options: { purpose?: string; json?: boolean }) => {
      const type = subjectType(typeArg);
      const normalized = KEY_NORMALIZERS[type](keyArg);
      const key = normalized.ok ? normalized.value : undefined;
      if (!key) throw new CliError(`不是有效的${type}标识 / not a valid ${type} key: ${keyArg}`);
      const purpose = options.purpose?.trim();
      if (type === 'person' && (!purpose || purpose.length < 2)) throw new CliError('查询人员须填写案由 / --purpose is required to look up a person');
      await withDatabase(async ({ db }) => {
        const subject = await findSubject(db, { type, key });
        if (!subject) throw new CliError(`主体不存在 / subject not found: ${type} ${key}`);
        if (type === 'person') {
          await appendAudit(db, { action: 'query.profile', actorUsername: 'cli', target: `person:${subject.key}`, detail: { purpose, subjectIds: [Number(subject.id)], subjectName: subject.name ?? '', via: 'cli' } });
        }
        const profile = await subjectProfile(db, subject, REVEAL);
        const lines = [
          `${profile.subject.type} ${profile.subject.key} ${profile.subject.name ?? ''}`,
          `  departments: ${profile.departments.map((d) => d.name).join('、') || '-'}`,
          ...profile.datasets.flatMap((g) => [
            `  ${g.datasetName.zh} (${g.datasetCode}): ${g.records.length}`,
            ...g.records.slice(0, 5).map((r) => `    ${r.validFrom ?? '…'} ~ ${r.validTo ?? '…'}  ${r.role ?? ''}  ${r.lineage.department.name} batch ${r.lineage.batchId} row ${r.lineage.rowNumber}`),
          ]),
          `  relations: ${profile.relations.current.length} current, ${profile.relations.past.length} past`,
          ...[...profile.relations.current, ...profile.relations.past].map(
            (r) => `    ${r.type.padEnd(22)} ${r.direction === 'out' ? '→' : '←'} ${r.other.name ?? ''} ${r.other.key}  ${r.validFrom ?? '…'} ~ ${r.validTo ?? '…'}`,
          ),
        ];
        printResult(Boolean(options.json), profile, lines.join('\n'));
      });
    });
}

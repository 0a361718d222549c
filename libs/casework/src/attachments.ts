// Files attached to a case (rectification evidence, scans of notices). The bytes are stored
// once under DATA_DIR by their SHA-256; the case keeps an attachment event and a row naming them.
import type { DbHandle } from '@zhijian/db';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertCanSee, type CaseUser, insertEvent } from './cases';
import { actorsFor, TransitionError } from './state-machine';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

function attachmentPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

export async function addAttachment(
  handle: DbHandle,
  dataDir: string,
  caseId: string,
  file: { fileName: string; contentType?: string; content: Buffer },
  user: CaseUser,
): Promise<{ id: string; sha256: string }> {
  await assertCanSee(handle, caseId, user);
  const { rows } = await handle.pool.query<{ department_id: string | null }>('select department_id from cases where id = $1', [caseId]);
  if (actorsFor(user, rows[0]?.department_id ?? null).length === 0) {
    throw new TransitionError('只有承办部门或监督人员可以上传附件 / only the assigned department or a supervisor may attach files', 'forbidden');
  }
  if (file.content.length === 0) throw new TransitionError('附件为空 / the file is empty', 'invalid');
  if (file.content.length > MAX_ATTACHMENT_BYTES) throw new TransitionError(`附件超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB / the file is too large`, 'invalid');
  const fileName = path.basename(file.fileName).slice(0, 200) || 'attachment';
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const target = attachmentPath(dataDir, sha256);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, file.content);
  await rename(temp, target);
  const eventId = await insertEvent(handle.pool, caseId, { type: 'attachment', action: 'attach', user, detail: { fileName, sha256, size: file.content.length } });
  const inserted = await handle.pool.query<{ id: string }>(
    `insert into case_attachments (case_id, event_id, file_name, sha256, size, content_type, uploaded_by) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [caseId, eventId, fileName, sha256, file.content.length, file.contentType || 'application/octet-stream', user.id],
  );
  return { id: (inserted.rows[0] as { id: string }).id, sha256 };
}

export async function readAttachment(handle: DbHandle, dataDir: string, attachmentId: string, user: CaseUser) {
  const { rows } = await handle.pool.query<{ case_id: string; file_name: string; sha256: string; content_type: string }>(
    'select case_id, file_name, sha256, content_type from case_attachments where id = $1',
    [attachmentId],
  );
  const found = rows[0];
  if (!found) throw new TransitionError(`附件不存在 / attachment not found: ${attachmentId}`, 'invalid');
  await assertCanSee(handle, found.case_id, user);
  return { fileName: found.file_name, contentType: found.content_type, content: await readFile(attachmentPath(dataDir, found.sha256)) };
}

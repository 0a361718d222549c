// Data for the fault tests: a subsidy CSV whose rejects are known in advance, the delivery of
// it through the real submit path, and a library large enough that a warning model runs for
// several seconds (built with set-based SQL, as the warning benchmark does).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { createDb, type DbHandle, insertSubjectsSql, schema } from '@zhijian/db';
import { addResponsibility, registerBuiltInDatasets, storeFeedFile, submitFeed } from '@zhijian/ingest';
import { createQueues, createRedisConnection, enqueue } from '@zhijian/jobs';
import { residentIdCheckCharacter } from '@zhijian/standard';

/** `rows` subsidy payments; every 97th has an impossible resident ID. Returns how many are rejected. */
export async function writeSubsidyCsv(file: string, rows: number): Promise<{ rejected: number }> {
  const out = createWriteStream(file);
  out.write('公民身份号码,姓名,发放月份,发放金额(元)\n');
  let buffer = '';
  let rejected = 0;
  for (let i = 0; i < rows; i++) {
    const person = Math.floor(i / 12);
    const birth = new Date(Date.UTC(1940, 0, 1) + (person % 25_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `430702${birth}${String(Math.floor(person / 25_000) % 1000).padStart(3, '0')}`;
    const bad = i % 97 === 0;
    if (bad) rejected++;
    const id = bad ? `${first17}Z` : first17 + residentIdCheckCharacter(first17);
    buffer += `${id},${['张伟', '王芳', '李娜'][i % 3]},2026-${String((i % 12) + 1).padStart(2, '0')},${300 + (person % 500)}.00\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return { rejected };
}

/** The catalogue and a department responsible for subsidies, as `zhijian department/responsibility add` leave them. */
export async function seedHousing(handle: DbHandle): Promise<void> {
  // Two departments, so the same file can be delivered twice as two batches.
  await handle.db.insert(schema.departments).values([{ code: 'housing', name: '市住房保障服务中心' }, { code: 'audit', name: '审计局' }]);
  await registerBuiltInDatasets(handle.db);
  for (const departmentCode of ['housing', 'audit']) {
    await addResponsibility(handle.db, { departmentCode, datasetCode: 'housing.rental_subsidy', frequency: 'monthly' });
  }
}

/** Stores and submits the file and enqueues its staging, exactly as `zhijian ingest` does. */
export async function deliver(
  env: { DATABASE_URL: string; REDIS_URL: string; QUEUE_PREFIX: string; DATA_DIR: string },
  file: string,
  departmentCode: 'housing' | 'audit',
): Promise<string> {
  const handle = createDb(env.DATABASE_URL, { max: 2 });
  const connection = createRedisConnection(env.REDIS_URL);
  const queues = createQueues(connection, env.QUEUE_PREFIX);
  try {
    const stored = await storeFeedFile(env.DATA_DIR, file);
    const { batchId } = await submitFeed(handle, {
      dataDir: env.DATA_DIR,
      sha256: stored.sha256,
      fileName: path.basename(file),
      datasetCode: 'housing.rental_subsidy',
      departmentCode,
      uploadedVia: 'cli',
    });
    await enqueue(queues, 'ingest.stage', { batchId }, { jobId: `stage-${batchId}` });
    return batchId;
  } finally {
    await queues.close();
    connection.disconnect();
    await handle.close();
  }
}

/**
 * Subsidy recipients (ten monthly payments each) and property records with owners spread over
 * every person, in one published batch: `housing.owns_property` then has work for seconds.
 */
export async function buildModelLibrary(handle: DbHandle, payments: number, properties: number): Promise<void> {
  const { pool } = handle;
  const persons = Math.max(1000, Math.floor(properties / 5));
  await pool.query('set synchronous_commit = off');
  await pool.query(insertSubjectsSql(`select g, 'person', lpad(g::text, 18, '0'), '某' || g from generate_series(1, ${persons}) g`, { columns: ['id', 'type', 'key', 'name'] }));
  await pool.query(`select setval('subjects_id_seq', ${persons})`);
  const batch = '00000000-0000-4000-8000-000000000001';
  await pool.query(`insert into departments (id, code, name) values ('00000000-0000-4000-8000-000000000002', 'fault', '故障测试')`);
  await pool.query(`insert into batches (id, dataset_code, dataset_version, department_id, file_sha256, file_name, file_size, status)
    values ('${batch}', 'fault.mixed', 1, '00000000-0000-4000-8000-000000000002', 'fault', 'fault.csv', 0, 'published')`);
  await pool.query(`insert into records (id, dataset_code, batch_id, row_number, subject_id, subject_role, attrs, valid_from, valid_to)
    select g, 'housing.rental_subsidy', '${batch}', g, 1 + (g - 1) / 10, 'recipient',
      jsonb_build_object('month', to_char(m, 'YYYY-MM'), 'amount', 30000 + (g % 500) * 100), m, (m + interval '1 month' - interval '1 day')::date
    from generate_series(1, ${payments}) g, lateral (select (date '2025-03-01' + ((g - 1) % 10) * interval '1 month')::date as m) month`);
  // Property records name their owners in record_subjects only: no main subject, so each carries its own id, negated.
  await pool.query(`insert into records (id, dataset_code, batch_id, row_number, subject_id, subject_role, attrs, valid_from, valid_to)
    select ${payments} + g, 'realestate.property', '${batch}', ${payments} + g, -(${payments} + g), 'property',
      jsonb_build_object('usage', case when g % 10 < 7 then 'residential' else 'commercial' end, 'certificate_no', 'C' || g),
      d, case when g % 5 = 0 then d + 400 + (g % 900) end
    from generate_series(1, ${properties}) g, lateral (select date '2015-01-01' + ((g::bigint * 7919) % 4300)::int as d) reg`);
  await pool.query(`select setval('records_id_seq', ${payments + properties})`);
  await pool.query(`insert into record_subjects (record_id, role, subject_id)
    select ${payments} + g, 'owner_person', 1 + ((g::bigint * 104729) % ${persons}) from generate_series(1, ${properties}) g`);
  await pool.query('analyze subjects; analyze records; analyze record_subjects');
}

/** Warnings raised twice for one model + subject + fingerprint (must be none). */
export async function duplicateWarnings(handle: DbHandle): Promise<number> {
  const { rows } = await handle.pool.query<{ n: string }>(
    `select count(*) as n from (select 1 from warnings group by model_code, subject_type, subject_key, fingerprint having count(*) > 1) d`,
  );
  return Number(rows[0]?.n ?? 0);
}

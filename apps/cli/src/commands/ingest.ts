// `zhijian ingest <file>`: deliver a file for a dataset, as a department's steward would.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { appendAudit } from '@zhijian/auth';
import { createDb } from '@zhijian/db';
import { FeedReadError, feedLimitsOf, MappingError, ResponsibilityError, storeFeedFile, submitFeed, UnknownDatasetError } from '@zhijian/ingest';
import { createQueues, createRedisConnection, enqueue } from '@zhijian/jobs';
import type { Command } from 'commander';
import { waitForBatch } from '../batch-wait';
import { cliEnv } from '../env';
import { CliError } from '../output';
import { dataDir } from '../paths';
import { resolveDatabase, resolveRedis } from '../services';

interface IngestOptions {
  dataset: string;
  department: string;
  mapping?: string;
  sheet?: string;
  supersedes?: string;
  wait?: boolean;
  json?: boolean;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest <file>')
    .description('deliver a CSV (any encoding), XLSX, JSON or NDJSON file for a dataset')
    .requiredOption('--dataset <code>', 'the standard dataset, e.g. housing.rental_subsidy')
    .requiredOption('--department <code>', 'the delivering department (must be responsible for the dataset)')
    .option('--mapping <map.json>', 'JSON object: source header → standard field')
    .option('--sheet <name>', 'XLSX sheet to read (default: the first)')
    .option('--supersedes <batchId>', 'this delivery corrects an earlier batch, whose facts it replaces on publish')
    .option('--wait', 'wait until the batch is loaded or failed (needs a running worker)')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: IngestOptions) => {
      if (!existsSync(file)) throw new CliError(`文件不存在 / no such file: ${file}`);
      const mapping = options.mapping ? await readMapping(options.mapping) : undefined;
      const database = await resolveDatabase();
      const redis = await resolveRedis();
      const handle = createDb(database.url, { max: 3, applicationName: 'zhijian-cli' });
      const connection = createRedisConnection(redis.url);
      const queues = createQueues(connection, cliEnv().QUEUE_PREFIX);
      try {
        if (options.wait && (await queues.get('ingest').getWorkersCount()) === 0) {
          throw new CliError('没有正在运行的 worker / no worker is running: start one with `npx zhijian worker` (or `npm start`), then run this again');
        }
        const stored = await storeFeedFile(dataDir(), file);
        const result = await submitFeed(handle, {
          dataDir: dataDir(),
          sha256: stored.sha256,
          fileName: path.basename(file),
          datasetCode: options.dataset,
          departmentCode: options.department,
          mapping,
          sheet: options.sheet,
          supersedesBatchId: options.supersedes ?? null,
          uploadedVia: 'cli',
          // The operator's FEED_MAX_* / XLSX_MAX_*, as the server and worker apply them.
          limits: feedLimitsOf(cliEnv()),
        }).catch(asCliError);
        if (!result.duplicate) {
          await enqueue(queues, 'ingest.stage', { batchId: result.batchId }, { jobId: `stage-${result.batchId}` });
          await appendAudit(handle.db, { action: 'batch.submit', actorUsername: 'cli', target: result.batchId, detail: { dataset: options.dataset, file: path.basename(file) } });
        } else if (!options.json) {
          process.stderr.write(`同一文件已交付过 / this file was already delivered as batch ${result.batchId}\n`);
        }
        if (!options.wait) {
          const data = { batchId: result.batchId, duplicate: result.duplicate, status: 'queued', mapping: result.mapping, unmapped: result.unmapped };
          process.stdout.write(options.json ? `${JSON.stringify(data)}\n` : `已提交 / submitted: batch ${result.batchId}\n`);
          return;
        }
        // stdout stays one JSON document with --json; progress goes to stderr on a terminal, or always without --json.
        const tty = process.stderr.isTTY === true;
        const outcome = await waitForBatch(handle, result.batchId, { progress: tty || !options.json, tty });
        if (options.json) process.stdout.write(`${JSON.stringify(outcome)}\n`);
        else {
          process.stdout.write(
            `批次 / batch ${outcome.batchId}: ${outcome.status} — read ${outcome.rows.read}, loaded ${outcome.rows.loaded}, rejected ${outcome.rows.rejected}\n`,
          );
          for (const reject of outcome.rejects.slice(0, 20)) {
            process.stdout.write(`  row ${reject.row}: ${reject.errors.map((e) => `${e.field} ${e.code} ${e.message}`).join('; ')}\n`);
          }
          if (outcome.rejects.length > 20) process.stdout.write(`  … ${outcome.rejects.length - 20} more (zhijian batch show ${outcome.batchId} --rejects)\n`);
        }
        if (outcome.status === 'failed') process.exitCode = 1;
      } finally {
        await queues.close();
        connection.disconnect();
        await handle.close();
        await redis.stop();
        await database.stop();
      }
    });
}

async function readMapping(file: string): Promise<Record<string, string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`--mapping 不是有效的 JSON / --mapping is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new CliError('--mapping must be a JSON object from source header to standard field, e.g. {"身份证号": "id_number"}');
  }
  return parsed as Record<string, string>;
}

function asCliError(error: unknown): never {
  if (error instanceof ResponsibilityError || error instanceof MappingError || error instanceof UnknownDatasetError || error instanceof FeedReadError) {
    throw new CliError(error.message);
  }
  throw error;
}

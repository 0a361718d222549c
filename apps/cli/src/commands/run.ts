// `zhijian serve` and `zhijian worker`: run one process in the foreground with the
// environment's services (or the embedded defaults), forwarding Ctrl-C to it.
import type { Command } from 'commander';
import { entryPoints } from '../paths';
import { exitCodeOf, platformEnvironment, spawnEntry, stopChild } from '../processes';
import { resolveDatabase, resolveRedis } from '../services';

export function registerRunCommands(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP server (tRPC, uploads, web apps, /health)')
    .option('--port <port>', 'port to listen on (default PORT or 3000)')
    .action(async (options: { port?: string }) => {
      await runForeground('server', options.port ? { PORT: options.port } : {});
    });

  program
    .command('worker')
    .description('run the BullMQ worker that processes feeds and models')
    .action(async () => {
      await runForeground('worker', {});
    });
}

async function runForeground(which: 'server' | 'worker', extraEnv: Record<string, string>): Promise<void> {
  const database = await resolveDatabase();
  const redis = await resolveRedis();
  const child = spawnEntry(entryPoints[which], {
    ...(await platformEnvironment({ databaseUrl: database.url, redisUrl: redis.url })),
    ...extraEnv,
  });
  const stop = () => void stopChild(child);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await exitCodeOf(child);
  await redis.stop();
  await database.stop();
  process.exitCode = code;
}

// A private 3-node Redis Cluster on loopback (no replicas) for one test file: the shared
// Redis on 6379 is never touched.
import { type ChildProcess, spawn, execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { isPortOpen } from '@zhijian/local-services';

const run = promisify(execFile);

export interface LocalRedisCluster {
  ports: number[];
  /** `redis+cluster://127.0.0.1:<first>?nodes=…` as createRedisConnection reads it. */
  url: string;
  stop(): Promise<void>;
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A port whose cluster-bus twin (port + 10000) is free too; the kernel's ephemeral ports
 * are often above 55535, where the twin would not exist, hence a random low range.
 */
async function findClusterPort(taken: Set<number>): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    if (taken.has(port) || taken.has(port + 10_000)) continue;
    if ((await canListen(port)) && (await canListen(port + 10_000))) return port;
  }
  throw new Error('no free port pair for a Redis Cluster node');
}

export async function startRedisCluster(nodeCount = 3): Promise<LocalRedisCluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-redis-cluster-'));
  const taken = new Set<number>();
  const ports: number[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const port = await findClusterPort(taken);
    taken.add(port).add(port + 10_000);
    ports.push(port);
  }
  const children: ChildProcess[] = ports.map((port) =>
    spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`,
        '--cluster-node-timeout', '5000', '--dir', dir, '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    ),
  );
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (const port of ports) {
      for (let attempt = 0; attempt < 100 && !(await isPortOpen('127.0.0.1', port)); attempt++) await sleep(100);
    }
    const nodes = ports.map((port) => `127.0.0.1:${port}`);
    await run('redis-cli', ['--cluster', 'create', ...nodes, '--cluster-replicas', '0', '--cluster-yes']);
    // Every node must agree that all 16384 slots are served before clients are let in.
    for (const port of ports) {
      for (let attempt = 0; ; attempt++) {
        const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'info']);
        if (stdout.includes('cluster_state:ok')) break;
        if (attempt > 100) throw new Error(`Redis Cluster node ${port} not ready: ${stdout}`);
        await sleep(100);
      }
    }
    return { ports, url: `redis+cluster://127.0.0.1:${ports[0]}?nodes=${nodes.slice(1).join(',')}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

import { Cluster, Redis, type RedisOptions } from 'ioredis';

/** A single Redis or a Redis Cluster: BullMQ takes either. */
export type RedisConnection = Redis | Cluster;

/**
 * `redis+cluster://[user:password@]host:port[?nodes=host:port,host:port]` (or `rediss+cluster://`
 * for TLS) names a Redis Cluster: the host and any `nodes` are seeds, the rest of the cluster is
 * discovered from them. Any other URL is one Redis, as before.
 */
const CLUSTER_SCHEME = /^rediss?\+cluster:$/;

export interface ClusterSeeds {
  nodes: Array<{ host: string; port: number }>;
  username?: string;
  password?: string;
  tls: boolean;
}

/** The cluster seeds a `redis+cluster://` URL names, or null for a single-node URL. */
export function parseClusterUrl(url: string): ClusterSeeds | null {
  const parsed = new URL(url);
  if (!CLUSTER_SCHEME.test(parsed.protocol)) return null;
  const extra = parsed.searchParams.getAll('nodes').flatMap((list) => list.split(','));
  const nodes = [`${parsed.hostname}:${parsed.port || '6379'}`, ...extra]
    .map((node) => node.trim())
    .filter(Boolean)
    .map((node) => {
      const at = node.lastIndexOf(':');
      const host = at > 0 ? node.slice(0, at) : node;
      const port = at > 0 ? Number(node.slice(at + 1)) : 6379;
      if (!host || !Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`invalid Redis Cluster node "${node}" in REDIS_URL`);
      return { host: host.replace(/^\[|\]$/g, ''), port };
    });
  return {
    nodes,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    tls: parsed.protocol === 'rediss+cluster:',
  };
}

/**
 * BullMQ needs `maxRetriesPerRequest: null` on connections used by workers, so blocking
 * commands wait for Redis to come back instead of failing the job. On a cluster the queue
 * keys must share a hash tag (see `hashTaggedPrefix`), which `createQueues` ensures.
 */
export function createRedisConnection(url: string): RedisConnection {
  const cluster = parseClusterUrl(url);
  const options: RedisOptions = { maxRetriesPerRequest: null, enableReadyCheck: true };
  const connection: RedisConnection = cluster
    ? new Cluster(cluster.nodes, {
        redisOptions: { ...options, username: cluster.username, password: cluster.password, tls: cluster.tls ? {} : undefined },
        enableReadyCheck: true,
      })
    : new Redis(url, options);
  // Without a listener, a Redis restart would crash the process with an unhandled 'error'.
  connection.on('error', () => undefined);
  return connection;
}

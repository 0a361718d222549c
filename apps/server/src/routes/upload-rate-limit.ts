import type { RedisConnection } from '@zhijian/jobs';

/**
 * Uploads per user per minute, counted in Redis so the limit holds across server
 * processes: a fixed one-minute window per user, the key expiring with its window.
 */
export function uploadRateLimiter(redis: RedisConnection, options: { prefix: string; perMinute: number }) {
  return async function allowUpload(userId: string): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    const now = Date.now();
    const window = Math.floor(now / 60_000);
    const key = `${options.prefix}:rate:upload:${userId}:${window}`;
    const [[, count]] = (await redis.multi().incr(key).expire(key, 120).exec()) as [[Error | null, number]];
    const retryAfterSeconds = Math.ceil(((window + 1) * 60_000 - now) / 1000);
    return { allowed: count <= options.perMinute, retryAfterSeconds };
  };
}

// Webhooks: a department may register one endpoint of its partner system. Every case event
// of that department becomes a recorded delivery, POSTed as JSON with an HMAC-SHA256
// signature of the body (header `X-Zhijian-Signature: sha256=<hex>`), and retried with a
// growing pause until delivered or out of attempts.
import type { DbHandle } from '@zhijian/db';
import { createHmac, randomBytes } from 'node:crypto';

export const MAX_WEBHOOK_ATTEMPTS = 8;
const TIMEOUT_MS = 10_000;

export class WebhookError extends Error {}

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Registers (or replaces) a department's webhook; returns the secret partners verify with. */
export async function setWebhook(handle: DbHandle, input: { departmentCode: string; url: string; secret?: string; enabled?: boolean }): Promise<{ secret: string }> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new WebhookError(`地址无效 / not a URL: ${input.url}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookError('只支持 http(s) 地址 / only http(s) URLs');
  const secret = input.secret ?? randomBytes(24).toString('hex');
  const { rowCount } = await handle.pool.query(
    `insert into webhooks (department_id, url, secret, enabled)
     select d.id, $2, $3, $4 from departments d where d.code = $1
     on conflict (department_id) do update set url = excluded.url, secret = excluded.secret, enabled = excluded.enabled, updated_at = now()`,
    [input.departmentCode, url.toString(), secret, input.enabled ?? true],
  );
  if (!rowCount) throw new WebhookError(`部门不存在 / unknown department: ${input.departmentCode}`);
  return { secret };
}

export interface DeliveryOutcome {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Sends every due delivery once. A delivery is claimed with `for update skip locked`, so two
 * workers never send the same one; a non-2xx answer or a network error schedules a retry.
 */
export async function deliverDueWebhooks(handle: DbHandle, options: { limit?: number; fetchImpl?: typeof fetch } = {}): Promise<DeliveryOutcome> {
  const outcome: DeliveryOutcome = { delivered: 0, retrying: 0, failed: 0 };
  const send = options.fetchImpl ?? fetch;
  for (let i = 0; i < (options.limit ?? 100); i++) {
    const client = await handle.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ id: string; event: string; payload: unknown; attempts: number; url: string; secret: string }>(
        `select d.id, d.event, d.payload, d.attempts, w.url, w.secret
         from webhook_deliveries d join webhooks w on w.id = d.webhook_id
         where d.status = 'pending' and d.next_attempt_at <= now()
         order by d.next_attempt_at limit 1 for update of d skip locked`,
      );
      const delivery = rows[0];
      if (!delivery) {
        await client.query('commit');
        break;
      }
      const body = JSON.stringify(delivery.payload);
      let statusCode: number | null = null;
      let error: string | null = null;
      try {
        const response = await send(delivery.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-zhijian-event': delivery.event, 'x-zhijian-delivery': delivery.id, 'x-zhijian-signature': signBody(delivery.secret, body) },
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        statusCode = response.status;
        if (!response.ok) error = `HTTP ${response.status}`;
      } catch (cause) {
        error = (cause as Error).message;
      }
      const attempts = delivery.attempts + 1;
      if (error === null) {
        await client.query(`update webhook_deliveries set status = 'delivered', attempts = $2, last_status_code = $3, last_error = null, delivered_at = now() where id = $1`, [delivery.id, attempts, statusCode]);
        outcome.delivered++;
      } else {
        const failed = attempts >= MAX_WEBHOOK_ATTEMPTS;
        await client.query(
          `update webhook_deliveries set status = $2, attempts = $3, last_status_code = $4, last_error = $5,
             next_attempt_at = now() + make_interval(mins => power(2, $3 - 1)::int) where id = $1`,
          [delivery.id, failed ? 'failed' : 'pending', attempts, statusCode, error],
        );
        if (failed) outcome.failed++;
        else outcome.retrying++;
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return outcome;
}

export async function listDeliveries(handle: DbHandle, departmentId?: string) {
  const { rows } = await handle.pool.query(
    `select d.id, d.event, d.status, d.attempts, d.last_status_code as "lastStatusCode", d.last_error as "lastError",
       d.next_attempt_at as "nextAttemptAt", d.delivered_at as "deliveredAt", d.created_at as "createdAt", dep.code as "departmentCode"
     from webhook_deliveries d join webhooks w on w.id = d.webhook_id join departments dep on dep.id = w.department_id
     ${departmentId ? 'where w.department_id = $1' : ''} order by d.created_at desc limit 200`,
    departmentId ? [departmentId] : [],
  );
  return rows;
}

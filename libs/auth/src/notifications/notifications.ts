// In-app notifications: written set-based to every holder of a role in a department,
// idempotent by a key, read and marked read by their recipient only.
import { type Db, type Role, schema } from '@zhijian/db';
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';

export interface NewNotification {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  /** One notification per recipient and key: writing it again changes nothing. */
  dedupeKey?: string | null;
}

/**
 * Notifies every enabled user holding one of `roles` in the department (e.g. its
 * stewards); returns how many notifications were new.
 */
export async function notifyDepartmentRoles(db: Db, input: NewNotification & { departmentId: string; roles: Role[] }): Promise<number> {
  const result = await db.execute(sql`
    insert into notifications (recipient_user_id, department_id, kind, title, body, link, dedupe_key)
    select u.id, ${input.departmentId}, ${input.kind}, ${input.title}, ${input.body ?? ''}, ${input.link ?? null}, ${input.dedupeKey ?? null}
    from users u
    where u.department_id = ${input.departmentId} and not u.disabled
      and u.roles && array[${sql.join(input.roles.map((role) => sql`${role}`), sql`, `)}]::role[]
    on conflict (recipient_user_id, dedupe_key) do nothing`);
  return result.rowCount ?? 0;
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>[number];

export function listNotifications(db: Db, userId: string, options: { unreadOnly?: boolean; limit?: number } = {}) {
  return db
    .select({
      id: schema.notifications.id,
      kind: schema.notifications.kind,
      title: schema.notifications.title,
      body: schema.notifications.body,
      link: schema.notifications.link,
      createdAt: schema.notifications.createdAt,
      readAt: schema.notifications.readAt,
    })
    .from(schema.notifications)
    .where(and(eq(schema.notifications.recipientUserId, userId), options.unreadOnly ? isNull(schema.notifications.readAt) : undefined))
    .orderBy(desc(schema.notifications.createdAt), desc(schema.notifications.id))
    .limit(options.limit ?? 50);
}

export async function unreadNotificationCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(schema.notifications)
    .where(and(eq(schema.notifications.recipientUserId, userId), isNull(schema.notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the given notifications (or all) read — only the user's own; returns how many changed. */
export async function markNotificationsRead(db: Db, userId: string, ids: number[] | 'all'): Promise<number> {
  const rows = await db
    .update(schema.notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(schema.notifications.recipientUserId, userId),
        isNull(schema.notifications.readAt),
        ids === 'all' ? undefined : inArray(schema.notifications.id, ids.length ? ids : [-1]),
      ),
    )
    .returning({ id: schema.notifications.id });
  return rows.length;
}

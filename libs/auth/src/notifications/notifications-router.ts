// notifications: the bell in the shell. Every procedure works on the caller's own notifications.
import { z } from 'zod';
import { protectedProcedure, router } from '../trpc';
import { listNotifications, markNotificationsRead, unreadNotificationCount } from './notifications';

export const notificationListInput = z.object({ unreadOnly: z.boolean().optional(), limit: z.number().int().min(1).max(200).optional() }).optional();
export const markNotificationsReadInput = z.union([z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) }), z.object({ all: z.literal(true) })]);

export const notificationsRouter = router({
  list: protectedProcedure.input(notificationListInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input ?? {})),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadNotificationCount(ctx.db, ctx.user.id)),
  markRead: protectedProcedure
    .input(markNotificationsReadInput)
    .mutation(async ({ ctx, input }) => ({ marked: await markNotificationsRead(ctx.db, ctx.user.id, 'all' in input ? 'all' : input.ids) })),
});

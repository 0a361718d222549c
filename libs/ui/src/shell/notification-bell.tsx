import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useTRPC } from '../trpc/api-client';

/** How often the badge asks for news: notifications come from daily jobs and people, not by the second. */
const UNREAD_POLL_MS = 60_000;

/** 通知: the bell with the unread count; opening it lists the user's notifications, a click follows one. */
export function NotificationBell() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { refetchInterval: UNREAD_POLL_MS }));
  const list = useQuery(trpc.notifications.list.queryOptions({ limit: 20 }, { enabled: open }));
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSettled: () => {
        void queryClient.invalidateQueries(trpc.notifications.unreadCount.pathFilter());
        void queryClient.invalidateQueries(trpc.notifications.list.pathFilter());
      },
    }),
  );

  const content = (
    <Flex vertical style={{ width: 360, maxHeight: 420, overflowY: 'auto' }} data-testid="notification-list">
      {list.data && list.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          loading={list.isPending}
          dataSource={list.data ?? []}
          renderItem={(item) => (
            <List.Item
              data-testid={`notification-${item.id}`}
              data-unread={item.readAt === null}
              style={{ cursor: 'pointer', opacity: item.readAt === null ? 1 : 0.6 }}
              onClick={() => {
                if (item.readAt === null) markRead.mutate({ ids: [item.id] });
                // Links may lead into another of the four apps, so this is a page load, not a route change.
                if (item.link) window.location.assign(item.link);
              }}
            >
              <List.Item.Meta
                avatar={<Badge status={item.readAt === null ? 'processing' : 'default'} />}
                title={<Typography.Text strong={item.readAt === null}>{item.title}</Typography.Text>}
                description={
                  <Flex vertical>
                    <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                      {item.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {new Date(item.createdAt).toLocaleString(locale)}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <Flex justify="space-between" align="center">
          {t('notifications.title')}
          <Button type="link" size="small" disabled={!unread.data} onClick={() => markRead.mutate({ all: true })} data-testid="notifications-read-all">
            {t('notifications.markAllRead')}
          </Button>
        </Flex>
      }
      content={content}
    >
      <Badge count={unread.data ?? 0} size="small" data-testid="notification-count">
        <Button type="text" icon={<BellOutlined />} aria-label={t('notifications.title')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}

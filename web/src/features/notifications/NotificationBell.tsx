// The bell in the header: how many notifications are unread (checked every minute), and a panel
// listing them; opening one marks it read and goes to what waits.
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Drawer, Empty, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, errorMessage } from '../../ui/api';
import { fmtDateTime } from '../../ui/format';
import { proposalKeys, roundKeys } from '../rounds/keys';

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

export const NOTIFICATIONS_KEY = ['notifications'] as const;
const POLL_MS = 60_000;

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const q = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => api.get<{ unread: number; items: NotificationItem[] }>('/notifications'),
    refetchInterval: POLL_MS,
    staleTime: 0,
  });
  const unread = q.data?.unread ?? 0;
  const items = q.data?.items ?? [];
  const readOne = useMutation({
    mutationFn: (n: NotificationItem) => (n.read ? Promise.resolve() : api.post(`/notifications/${n.id}/read`)),
    onSettled: () => qc.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
  const readAll = useMutation({
    mutationFn: () => api.post('/notifications/read-all'),
    onSuccess: () => qc.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
    onError: (e) => message.error(errorMessage(e)),
  });
  const go = (n: NotificationItem) => {
    readOne.mutate(n);
    setOpen(false);
    if (n.link) {
      // The page behind the link is probably stale now: read it again.
      void qc.invalidateQueries({ queryKey: roundKeys.all });
      void qc.invalidateQueries({ queryKey: proposalKeys.all });
      void navigate(n.link);
    }
  };
  const label = unread ? `Thông báo: ${unread} chưa đọc` : 'Thông báo';

  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]} overflowCount={99}>
        <Button
          icon={<BellOutlined aria-hidden />}
          aria-label={label}
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(true)}
          className="notification-bell"
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="right"
        size={screens.sm === false ? '100%' : 400}
        title={unread ? `Thông báo (${unread} chưa đọc)` : 'Thông báo'}
        extra={
          <Button
            size="small"
            icon={<CheckOutlined aria-hidden />}
            disabled={!unread}
            loading={readAll.isPending}
            onClick={() => readAll.mutate()}
          >
            Đánh dấu đã đọc tất cả
          </Button>
        }
        styles={{ body: { padding: 0 } }}
      >
        {items.length === 0 ? (
          <Empty style={{ padding: 32 }} description={q.isPending ? 'Đang tải…' : 'Chưa có thông báo nào.'} />
        ) : (
          <ul className="notification-list" aria-label="Danh sách thông báo">
            {items.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className={n.read ? 'notification-item' : 'notification-item notification-unread'}
                  onClick={() => go(n)}
                >
                  {!n.read && <span className="notification-dot" aria-label="Chưa đọc" role="img" />}
                  <span className="notification-text">
                    <span className="notification-title">{n.title}</span>
                    {n.body && <span className="notification-body">{n.body}</span>}
                    <Typography.Text type="secondary" className="notification-time">
                      {fmtDateTime(n.createdAt)}
                    </Typography.Text>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Drawer>
    </>
  );
}

// /cho-ky: "Quyết định chờ ký" — the drafts the office sent to the signer, each with a preview of
// its content and list, and the Sign button with a confirmation.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Pagination, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { api, errorMessage } from '../../ui/api';
import { fmtDate, fmtDateTime, fmtNumber } from '../../ui/format';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { useServerPaging } from '../../ui/paging';
import { DecisionContentPreview } from './ContentPreview';
import { decisionKeys } from './keys';
import { DownloadButton, ItemsTable, money } from './parts';
import type { DecisionDetail, Inbox, InboxItem, SignResult } from './types';

function InboxCard({ item }: { item: InboxItem }) {
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const detail = useQuery({
    queryKey: decisionKeys.detail(item.id),
    queryFn: () => api.get<DecisionDetail>(`/decisions/${item.id}`),
  });
  const sign = useMutation({
    mutationFn: () => api.post<SignResult>(`/decisions/${item.id}/sign`),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: decisionKeys.all });
      void message.success(`Đã ký ban hành Quyết định số ${r.numberText} ngày ${fmtDate(r.decisionDate)}.`);
    },
  });
  const blocked = (detail.data?.items ?? []).filter((i) => i.notice && !i.notice.ok);
  return (
    <Card
      title={
        <Space wrap>
          <span>{item.content.subject}</span>
          <Typography.Text type="secondary">{item.roundName}</Typography.Text>
        </Space>
      }
      extra={
        <Typography.Text type="secondary">
          Trình lúc {fmtDateTime(item.content.submittedAt ?? item.createdAt)}
        </Typography.Text>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text>
          {item.itemCount} người (tập thể) · tổng tiền thưởng <b>{money(item.totalAmount)}</b> · dự kiến ngày{' '}
          {fmtDate(item.content.plannedDate)}
        </Typography.Text>
        {blocked.length ? (
          <Alert
            type="warning"
            showIcon
            message={`Chưa thể ký: ${blocked[0].displayName} — ${blocked[0].notice!.message}.`}
          />
        ) : null}
        {sign.error ? <Alert type="error" showIcon message={errorMessage(sign.error)} /> : null}
        {detail.data ? (
          <>
            <DecisionContentPreview detail={detail.data} />
            <ItemsTable items={detail.data.items} />
          </>
        ) : null}
        <Flex gap={8} wrap>
          <Button
            type="primary"
            loading={sign.isPending}
            onClick={() =>
              modal.confirm({
                title: 'Ký ban hành quyết định?',
                content: `Quyết định được cấp số trong sổ ${item.symbol}, ghi khen thưởng cho ${item.itemCount} người (tập thể), tổng tiền thưởng ${money(item.totalAmount)}. Sau khi ký không thể sửa.`,
                okText: 'Ký ban hành',
                cancelText: 'Xem lại',
                onOk: () => sign.mutateAsync().catch(() => undefined),
              })
            }
          >
            Ký
          </Button>
          <DownloadButton path={`/decisions/${item.id}/document`} query={{ format: 'pdf' }} label="Xem dự thảo (PDF)" />
          <DownloadButton path={`/decisions/${item.id}/document`} query={{ format: 'docx' }} label="Word" />
          <Link to={`/quyet-dinh/${item.id}`}>Mở chi tiết</Link>
        </Flex>
      </Flex>
    </Card>
  );
}

export function InboxPage() {
  useDocumentTitle('Quyết định chờ ký');
  // One page of the drafts, longest waiting first; the page lives in the address.
  const paging = useServerPaging();
  const q = useQuery({
    queryKey: decisionKeys.inbox(paging.query),
    queryFn: () => api.get<Inbox>(`/decisions/inbox?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  if (q.isLoading) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data!;
  return (
    <>
      <PageHeader title="Quyết định chờ ký" subtitle="Dự thảo quyết định khen thưởng do Thường trực Hội đồng trình" />
      {data.items.length ? (
        <Flex vertical gap={16}>
          {data.total > data.items.length ? (
            <Typography.Text type="secondary" aria-live="polite">
              {fmtNumber(data.total)} quyết định chờ ký
            </Typography.Text>
          ) : null}
          {data.items.map((i) => (
            <InboxCard key={i.id} item={i} />
          ))}
          <Pagination {...paging.pagination(data.total)} align="end" />
        </Flex>
      ) : (
        <Empty description="Không có quyết định nào chờ ký." />
      )}
    </>
  );
}

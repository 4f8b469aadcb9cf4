// /dot-xet/:id/tham-dinh — the office appraises the dossiers sent in a round: one card per
// dossier (unit, how many times sent, the statutory clock), every nominee with the engine's
// verdict and criteria, warnings when the same subject is proposed for the same award and period
// elsewhere, and the actions: accept (with a written reason when the engine says no), return with
// a reason, reject with a reason, or return the whole dossier.
import {
  ArrowLeftOutlined,
  CheckOutlined,
  CloseOutlined,
  FolderOpenOutlined,
  RollbackOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Grid, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, errorMessage } from '../../ui/api';
import { EMPTY, fmtDateTime, fmtMoney } from '../../ui/format';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { acceptNeedsReason, periodText, STATUS, verdictStatus } from '../eligibility/labels';
import { duplicateText } from './labels';
import {
  AwardCell,
  ClockLine,
  NomineeStatusTag,
  ProposalStatusTag,
  ReasonModal,
  VerdictDetails,
  VerdictTags,
} from './parts';
import type { AcceptEligibleResult, Appraisal, AppraisalProposal, Nominee } from './types';
import { roundKeys } from './keys';

type Pending =
  | { kind: 'override'; n: Nominee }
  | { kind: 'return'; n: Nominee }
  | { kind: 'reject'; n: Nominee }
  | { kind: 'returnAll'; p: AppraisalProposal };

function DuplicateWarnings({ n }: { n: Nominee }) {
  if (!n.duplicates?.length) return null;
  return (
    <ul className="duplicate-list">
      {n.duplicates.map((d) => (
        <li key={d.id}>
          <WarningOutlined aria-hidden /> {duplicateText(d)}
        </li>
      ))}
    </ul>
  );
}

function ProposalCard({
  p,
  phone,
  onAct,
  busy,
}: {
  p: AppraisalProposal;
  phone: boolean;
  onAct: (a: Pending | { kind: 'accept'; n: Nominee }) => void;
  busy: string | null;
}) {
  const [expanded, setExpanded] = useState<string[]>([]);
  const waiting = p.nominees.filter((n) => n.status === 'submitted').length;
  const actions = (n: Nominee) => {
    const has = (a: 'accept' | 'return' | 'reject') => n.actions?.includes(a);
    if (!n.actions?.length) return null;
    return (
      <Flex gap={4} wrap vertical={!phone} align="flex-start">
        {has('accept') && (
          <Button
            size="small"
            type={n.status === 'submitted' ? 'primary' : 'default'}
            icon={<CheckOutlined aria-hidden />}
            loading={busy === n.id}
            onClick={() =>
              onAct(n.verdict && acceptNeedsReason(n.verdict) ? { kind: 'override', n } : { kind: 'accept', n })
            }
            aria-label={`Chấp nhận đề nghị của ${n.displayName}`}
          >
            Chấp nhận
          </Button>
        )}
        {has('return') && (
          <Button
            size="small"
            icon={<RollbackOutlined aria-hidden />}
            onClick={() => onAct({ kind: 'return', n })}
            aria-label={`Trả lại đề nghị của ${n.displayName}`}
          >
            Trả lại
          </Button>
        )}
        {has('reject') && (
          <Button
            size="small"
            danger
            icon={<CloseOutlined aria-hidden />}
            onClick={() => onAct({ kind: 'reject', n })}
            aria-label={`Không chấp nhận đề nghị của ${n.displayName}`}
          >
            Không chấp nhận
          </Button>
        )}
      </Flex>
    );
  };
  const who = (n: Nominee) => (
    <div>
      <strong>{n.displayName}</strong>
      {n.positionText && <div className="muted">{n.positionText}</div>}
      <DuplicateWarnings n={n} />
    </div>
  );
  const amount = (n: Nominee) =>
    n.verdict ? (n.verdict.amount === null ? 'Chưa xác định' : fmtMoney(n.verdict.amount)) : EMPTY;
  const columns: TableColumnsType<Nominee> = phone
    ? [
        {
          title: 'Đề nghị',
          key: 'all',
          render: (_: unknown, n) => (
            <Flex vertical gap={4}>
              {who(n)}
              <AwardCell n={n} />
              <div>
                <VerdictTags verdict={n.verdict} submitted={n.submittedVerdict} />{' '}
                <NomineeStatusTag status={n.status} />
              </div>
              {actions(n)}
            </Flex>
          ),
        },
      ]
    : [
        { title: 'Người, tập thể được đề nghị', key: 'who', render: (_: unknown, n) => who(n) },
        { title: 'Danh hiệu, hình thức', key: 'award', width: 160, render: (_: unknown, n) => <AwardCell n={n} /> },
        {
          title: 'Kết quả xét, tiền thưởng',
          key: 'verdict',
          width: 180,
          render: (_: unknown, n) => (
            <>
              <VerdictTags verdict={n.verdict} submitted={n.submittedVerdict} />
              <div className="money muted">{amount(n)}</div>
            </>
          ),
        },
        {
          title: 'Trạng thái',
          key: 'status',
          width: 170,
          render: (_: unknown, n) => <NomineeStatusTag status={n.status} />,
        },
        {
          title: <span className="sr-only">Thao tác</span>,
          key: 'actions',
          width: 160,
          render: (_: unknown, n) => actions(n),
        },
      ];
  return (
    <Card
      className="appraisal-card"
      style={{ marginBottom: 16 }}
      title={
        <Flex gap={8} wrap align="center">
          <span>{p.orgName}</span>
          <ProposalStatusTag status={p.status} />
        </Flex>
      }
      extra={
        <Flex gap={8} wrap>
          <ButtonLink
            to={`/ho-so/${p.id}`}
            size="small"
            icon={<FolderOpenOutlined aria-hidden />}
            aria-label={`Xem hồ sơ đầy đủ của ${p.orgName}`}
          >
            Xem hồ sơ
          </ButtonLink>
          {p.status === 'submitted' && (
            <Button
              size="small"
              icon={<RollbackOutlined aria-hidden />}
              onClick={() => onAct({ kind: 'returnAll', p })}
              aria-label={`Trả lại cả hồ sơ của ${p.orgName}`}
            >
              Trả lại cả hồ sơ
            </Button>
          )}
        </Flex>
      }
    >
      <Flex gap="4px 16px" wrap style={{ marginBottom: 12 }} className="appraisal-meta">
        <span>
          Gửi lần {p.submissions}
          {p.submittedAt ? `, lúc ${fmtDateTime(p.submittedAt)}` : ''}
        </span>
        <span>
          {p.nominees.length} đề nghị{waiting ? `, ${waiting} chờ thẩm định` : ''}
        </span>
        {p.clock && p.status === 'submitted' && <ClockLine clock={p.clock} />}
      </Flex>
      {p.summary && (
        <Typography.Paragraph className="pre-line" ellipsis={{ rows: 3, expandable: true, symbol: 'Xem thêm' }}>
          {p.summary}
        </Typography.Paragraph>
      )}
      <Table<Nominee>
        rowKey="id"
        columns={columns}
        dataSource={p.nominees}
        pagination={false}
        size="small"
        rowClassName={(n) => (n.duplicates?.length ? 'row-duplicate' : '')}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
          expandedRowRender: (n) => (
            <div className="nominee-details">
              {n.achievement && (
                <div className="nominee-section">
                  <Typography.Text strong>Tóm tắt thành tích</Typography.Text>
                  <div className="pre-line achievement-text">{n.achievement}</div>
                </div>
              )}
              {n.officeReason && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={`Lý do ${n.status === 'rejected' ? 'không chấp nhận' : 'trả lại'}: ${n.officeReason}`}
                />
              )}
              {n.overrideReason && (
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={`Chấp nhận khác kết quả xét điều kiện. Lý do: ${n.overrideReason}`}
                />
              )}
              <VerdictDetails verdict={n.verdict} submitted={n.submittedVerdict} />
            </div>
          ),
        }}
      />
    </Card>
  );
}

export function AppraisalPage() {
  const { id = '' } = useParams();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const key = roundKeys.appraisal(id);
  const q = useQuery({ queryKey: key, queryFn: () => api.get<Appraisal>(`/rounds/${id}/appraisal`) });
  const [pending, setPending] = useState<Pending | null>(null);
  const [filter, setFilter] = useState<'waiting' | 'all'>('all');
  const [busy, setBusy] = useState<string | null>(null);
  useDocumentTitle(q.data ? `Thẩm định — ${q.data.round.name}` : 'Thẩm định hồ sơ');

  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: roundKeys.all })]);
  const accept = useMutation({
    mutationFn: ({ n, overrideReason }: { n: Nominee; overrideReason?: string }) =>
      api.post(`/nominees/${n.id}/accept`, overrideReason ? { overrideReason } : {}),
    onMutate: ({ n }) => setBusy(n.id),
    onSettled: () => setBusy(null),
    onSuccess: async (_d, { n }) => {
      void message.success(`Đã chấp nhận đề nghị của ${n.displayName}.`);
      await refresh();
    },
  });

  // "Accept every eligible nominee": only those the engine finds plainly eligible (every criterion the
  // data can check passed; nothing conditional, judged by the council or withheld). The rest stay for
  // one-by-one decisions, where an override needs its written reason.
  const acceptAll = useMutation({
    mutationFn: () => api.post<AcceptEligibleResult>(`/rounds/${id}/appraisal/accept-eligible`, {}),
    onSuccess: async (r) => {
      void message.success(
        `Đã chấp nhận ${r.accepted} đề nghị đủ điều kiện.${r.slotTaken.length ? ` Chưa chấp nhận (đã có đề nghị cùng danh hiệu, cùng kỳ ở hồ sơ khác): ${r.slotTaken.join('; ')}.` : ''}`,
      );
      await refresh();
    },
    onError: (e) => message.error(errorMessage(e)),
  });

  const act = (a: Pending | { kind: 'accept'; n: Nominee }) => {
    if (a.kind === 'accept') accept.mutateAsync({ n: a.n }).catch((e) => message.error(errorMessage(e)));
    else setPending(a);
  };

  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const a = q.data;
  const hasWaiting = (p: AppraisalProposal) => p.nominees.some((n) => n.status === 'submitted');
  const shown = filter === 'all' ? a.proposals : a.proposals.filter(hasWaiting);
  const waitingCount = a.proposals.filter(hasWaiting).length;
  const plainlyEligible = a.proposals
    .flatMap((p) => p.nominees)
    .filter(
      (n) =>
        n.status === 'submitted' &&
        n.verdict?.status === 'eligible' &&
        n.verdict.eligible &&
        !n.verdict.withheld &&
        !n.verdict.dataFailed,
    ).length;
  const confirmAcceptAll = () =>
    modal.confirm({
      title: `Chấp nhận ${plainlyEligible} đề nghị đủ điều kiện?`,
      content:
        'Chỉ chấp nhận các đề nghị mà mọi tiêu chuẩn kiểm tra được bằng dữ liệu đều đạt. Các đề nghị có điều kiện, do Hội đồng đánh giá, chưa đủ hoặc đang tạm dừng vẫn chờ xét từng người.',
      okText: 'Chấp nhận',
      cancelText: 'Hủy',
      onOk: () => acceptAll.mutateAsync().catch(() => undefined),
    });

  const modalProps = (() => {
    if (!pending) return null;
    switch (pending.kind) {
      case 'override': {
        const v = pending.n.verdict!;
        return {
          title: `Chấp nhận đề nghị của ${pending.n.displayName}`,
          intro: (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={`Kết quả xét điều kiện: ${STATUS[verdictStatus(v)].label}`}
              description={
                <>
                  {v.statusText && v.statusText !== STATUS[verdictStatus(v)].label && (
                    <p style={{ margin: '0 0 4px' }}>{v.statusText}</p>
                  )}
                  <ul className="plain-list">
                    {v.criteria
                      .filter((c) => c.met === false || (c.met === null && v.dataFailed))
                      .map((c) => (
                        <li key={c.id}>{c.message}</li>
                      ))}
                  </ul>
                  <div style={{ marginTop: 6 }}>
                    Chấp nhận khác kết quả xét điều kiện phải ghi rõ lý do; lý do được ghi vào nhật ký hệ thống.
                  </div>
                </>
              }
            />
          ),
          label: 'Lý do chấp nhận khác kết quả xét điều kiện',
          field: 'overrideReason',
          okText: 'Chấp nhận',
          placeholder: 'Ví dụ: Đã có kết quả đánh giá năm (bản giấy), chưa cập nhật vào hệ thống.',
          onSubmit: (reason: string) => accept.mutateAsync({ n: pending.n, overrideReason: reason }),
        };
      }
      case 'return':
        return {
          title: `Trả lại đề nghị của ${pending.n.displayName}`,
          intro: <Typography.Paragraph>Đơn vị sẽ nhận thông báo kèm lý do, bổ sung rồi gửi lại.</Typography.Paragraph>,
          label: 'Lý do trả lại, nội dung cần bổ sung',
          okText: 'Trả lại',
          onSubmit: async (reason: string) => {
            await api.post(`/nominees/${pending.n.id}/return`, { reason });
            void message.success(`Đã trả lại đề nghị của ${pending.n.displayName}.`);
            await refresh();
          },
        };
      case 'reject':
        return {
          title: `Không chấp nhận đề nghị của ${pending.n.displayName}`,
          intro: <Typography.Paragraph>Đề nghị bị loại khỏi danh sách trình Hội đồng.</Typography.Paragraph>,
          label: 'Lý do không chấp nhận',
          okText: 'Không chấp nhận',
          danger: true,
          onSubmit: async (reason: string) => {
            await api.post(`/nominees/${pending.n.id}/reject`, { reason });
            void message.success(`Đã ghi nhận không chấp nhận đề nghị của ${pending.n.displayName}.`);
            await refresh();
          },
        };
      case 'returnAll':
        return {
          title: `Trả lại cả hồ sơ của ${pending.p.orgName}`,
          intro: (
            <Typography.Paragraph>
              Mọi đề nghị đang chờ thẩm định trong hồ sơ được trả lại cho đơn vị để bổ sung.
            </Typography.Paragraph>
          ),
          label: 'Lý do trả lại, nội dung cần bổ sung',
          okText: 'Trả lại cả hồ sơ',
          onSubmit: async (reason: string) => {
            await api.post(`/proposals/${pending.p.id}/return`, { reason });
            void message.success(`Đã trả lại hồ sơ của ${pending.p.orgName}.`);
            await refresh();
          },
        };
    }
  })();

  return (
    <>
      <PageHeader
        title="Thẩm định hồ sơ đề nghị"
        subtitle={`${a.round.name} · ${periodText(a.round.period)}`}
        actions={
          <ButtonLink to={`/dot-xet/${a.round.id}`} icon={<ArrowLeftOutlined aria-hidden />}>
            Về đợt xét
          </ButtonLink>
        }
      />
      <Typography.Paragraph type="secondary">
        Thời hạn thẩm định: {a.appraisalRule.workingDays} ngày làm việc.{' '}
        {a.appraisalRule.basis ? `Căn cứ: ${a.appraisalRule.basis}` : ''}
      </Typography.Paragraph>
      {a.proposals.length > 0 && (
        <Flex wrap gap={12} justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Segmented
            value={filter}
            onChange={(v) => setFilter(v as 'waiting' | 'all')}
            options={[
              { value: 'all', label: `Tất cả hồ sơ (${a.proposals.length})` },
              { value: 'waiting', label: `Chờ thẩm định (${waitingCount})` },
            ]}
          />
          <Button
            icon={<CheckOutlined aria-hidden />}
            disabled={plainlyEligible === 0}
            loading={acceptAll.isPending}
            onClick={confirmAcceptAll}
          >
            Chấp nhận tất cả đề nghị đủ điều kiện ({plainlyEligible})
          </Button>
        </Flex>
      )}
      {shown.length === 0 ? (
        <Card>
          <Empty
            description={
              a.proposals.length
                ? 'Không có hồ sơ nào đang chờ thẩm định.'
                : 'Chưa có đơn vị nào gửi hồ sơ trong đợt xét này.'
            }
          />
        </Card>
      ) : (
        <div aria-busy={q.isFetching}>
          {shown.map((p) => (
            <ProposalCard key={p.id} p={p} phone={phone} onAct={act} busy={busy} />
          ))}
        </div>
      )}
      <ReasonModal
        open={!!modalProps}
        title={modalProps?.title ?? ''}
        intro={modalProps?.intro}
        label={modalProps?.label ?? ''}
        okText={modalProps?.okText ?? 'Đồng ý'}
        danger={modalProps && 'danger' in modalProps ? modalProps.danger : false}
        field={modalProps && 'field' in modalProps ? modalProps.field : 'reason'}
        placeholder={modalProps && 'placeholder' in modalProps ? modalProps.placeholder : undefined}
        onSubmit={modalProps?.onSubmit ?? (async () => undefined)}
        onClose={() => setPending(null)}
      />
    </>
  );
}

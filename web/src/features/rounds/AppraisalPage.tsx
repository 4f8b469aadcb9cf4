// /dot-xet/:id/tham-dinh — the office appraises the dossiers sent in a round: one card per
// dossier (unit, how many times sent, the statutory clock), every nominee with the engine's
// verdict and criteria, warnings when the same subject is proposed for the same award and period
// elsewhere, and the actions: accept (with a written reason when the engine says no), return with
// a reason, reject with a reason, or return the whole dossier.
import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Grid, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, errorMessage } from '../../ui/api';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { periodText, STATUS, verdictStatus } from '../eligibility/labels';
import { ReasonModal } from './parts';
import type { AcceptEligibleResult, Appraisal, AppraisalProposal, Nominee } from './types';
import { roundKeys } from './keys';
import { type Pending, ProposalCard } from './AppraisalProposalCard';

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

// /dot-xet/:id — one round: its status and the office's actions (open, close, reopen, finish),
// deadlines with the countdown, the awards it covers, the invited units with their dossier and
// its appraisal clock; a unit opens its dossier from here, the office goes on to the appraisal.
import {
  ArrowLeftOutlined,
  AuditOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FolderOpenOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { NOMINEE_STATUS_LABELS, ROUND_KIND_LABELS } from '../../../../src/domain/rounds/vocab';
import { api, errorMessage } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { periodText } from '../eligibility/labels';
import { nomineeCountText, periodLabel, showsCountdown } from './labels';
import { ClockLine, Countdown, ProposalStatusTag, RoundStatusTag } from './parts';
import type { ProposalOpened, RoundAction, RoundDetail, RoundProposalRow } from './types';
import { roundKeys } from './keys';

const ACTIONS: Record<
  RoundAction,
  { label: string; confirm: string; okText: string; done: string; primary?: boolean; danger?: boolean }
> = {
  open: {
    label: 'Mở đợt xét',
    confirm: 'Các đơn vị được mời sẽ nhận thông báo và bắt đầu lập, gửi hồ sơ đề nghị cho đến hạn nộp.',
    okText: 'Mở đợt xét',
    done: 'Đã mở đợt xét; các đơn vị được mời đã nhận thông báo.',
    primary: true,
  },
  close: {
    label: 'Khóa nhận hồ sơ',
    confirm: 'Sau khi khóa, các đơn vị không lập, sửa hay gửi hồ sơ được nữa. Có thể mở lại nếu cần.',
    okText: 'Khóa nhận hồ sơ',
    done: 'Đã khóa nhận hồ sơ.',
  },
  reopen: {
    label: 'Mở lại việc nhận hồ sơ',
    confirm: 'Các đơn vị lại được sửa và gửi hồ sơ chưa gửi hoặc bị trả lại.',
    okText: 'Mở lại',
    done: 'Đã mở lại việc nhận hồ sơ.',
  },
  finish: {
    label: 'Kết thúc đợt xét',
    confirm: 'Đợt xét kết thúc và không mở lại được nữa.',
    okText: 'Kết thúc đợt xét',
    done: 'Đã kết thúc đợt xét.',
    danger: true,
  },
};

interface UnitRow {
  orgId: string;
  name: string;
  canPropose: boolean;
  proposal: RoundProposalRow | null;
}

export function RoundPage() {
  const { id = '' } = useParams();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const q = useQuery({ queryKey: roundKeys.detail(id), queryFn: () => api.get<RoundDetail>(`/rounds/${id}`) });
  useDocumentTitle(q.data?.name ?? 'Đợt xét khen thưởng');

  const change = useMutation({
    mutationFn: (action: RoundAction) => api.post<RoundDetail>(`/rounds/${id}/status/${action}`),
    onSuccess: async (r, action) => {
      qc.setQueryData(roundKeys.detail(id), r);
      await qc.invalidateQueries({ queryKey: roundKeys.all });
      void message.success(ACTIONS[action].done);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const openDossier = useMutation({
    mutationFn: (orgId: string) => api.post<ProposalOpened>(`/rounds/${id}/proposals`, { orgId }),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: roundKeys.all });
      void navigate(`/ho-so/${p.id}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });

  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const r = q.data;

  const confirm = (action: RoundAction) => {
    const a = ACTIONS[action];
    modal.confirm({
      title: `${a.label} "${r.name}"?`,
      content: a.confirm,
      okText: a.okText,
      cancelText: 'Hủy',
      okButtonProps: { danger: a.danger },
      onOk: () => change.mutateAsync(action).catch(() => undefined),
    });
  };

  const byOrg = new Map(r.proposals.map((p) => [p.orgId, p]));
  const units: UnitRow[] = r.invited
    .filter((o) => r.manage || o.canPropose)
    .map((o) => ({ ...o, proposal: byOrg.get(o.orgId) ?? null }));
  const mine = r.manage ? [] : units.filter((u) => u.canPropose);
  const waiting = r.proposals.filter((p) => p.status === 'submitted').length;

  const dossierButton = (u: UnitRow, primary = false) => {
    if (u.proposal) {
      return (
        <ButtonLink
          to={`/ho-so/${u.proposal.id}`}
          type={primary ? 'primary' : 'default'}
          icon={<FolderOpenOutlined aria-hidden />}
          aria-label={`Mở hồ sơ của ${u.name}`}
        >
          {primary ? 'Mở hồ sơ đề nghị' : 'Mở hồ sơ'}
        </ButtonLink>
      );
    }
    if (u.canPropose && !r.manage && r.status === 'open') {
      return (
        <Button
          type={primary ? 'primary' : 'default'}
          icon={<FileAddOutlined aria-hidden />}
          loading={openDossier.isPending && openDossier.variables === u.orgId}
          onClick={() => openDossier.mutate(u.orgId)}
          aria-label={`Lập hồ sơ đề nghị của ${u.name}`}
        >
          Lập hồ sơ đề nghị
        </Button>
      );
    }
    return null;
  };

  const proposalCell = (u: UnitRow) =>
    u.proposal ? (
      <div>
        <ProposalStatusTag status={u.proposal.status} />
        <div className="muted">{nomineeCountText(u.proposal.nominees, NOMINEE_STATUS_LABELS)}</div>
        {u.proposal.submissions > 1 && <div className="muted">Gửi {u.proposal.submissions} lần</div>}
      </div>
    ) : (
      <Tag>Chưa lập hồ sơ</Tag>
    );
  const clockCell = (u: UnitRow) =>
    u.proposal?.clock && u.proposal.status === 'submitted' ? (
      <ClockLine clock={u.proposal.clock} />
    ) : u.proposal?.status === 'appraised' ? (
      <span className="muted">Đã thẩm định xong</span>
    ) : (
      <span className="muted">—</span>
    );

  const columns: TableColumnsType<UnitRow> = phone
    ? [
        {
          title: 'Đơn vị',
          dataIndex: 'name',
          render: (name: string, u) => (
            <Flex vertical gap={4}>
              <strong>{name}</strong>
              {proposalCell(u)}
              {clockCell(u)}
              <div>{dossierButton(u)}</div>
            </Flex>
          ),
        },
      ]
    : [
        { title: 'Đơn vị', dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
        { title: 'Hồ sơ đề nghị', key: 'proposal', width: 300, render: (_: unknown, u) => proposalCell(u) },
        { title: 'Thời hạn thẩm định', key: 'clock', width: 330, render: (_: unknown, u) => clockCell(u) },
        {
          title: <span className="sr-only">Thao tác</span>,
          key: 'action',
          width: 190,
          render: (_: unknown, u) => dossierButton(u),
        },
      ];

  return (
    <>
      <PageHeader
        title={r.name}
        subtitle={`${ROUND_KIND_LABELS[r.kind]} · ${periodText(r.period)} · ${r.orgName}`}
        actions={
          <>
            <ButtonLink to="/dot-xet" icon={<ArrowLeftOutlined aria-hidden />}>
              Danh sách đợt xét
            </ButtonLink>
            {mine.length === 1 && dossierButton(mine[0]!, true)}
            {r.manage && (
              <ButtonLink
                to={`/dot-xet/${r.id}/tham-dinh`}
                type={waiting ? 'primary' : 'default'}
                icon={<AuditOutlined aria-hidden />}
              >
                Thẩm định hồ sơ{waiting ? ` (${waiting} chờ)` : ''}
              </ButtonLink>
            )}
            {/* Later steps of the round live in their own sections: the council's meetings under
                /hoi-dong (no per-round page yet) and the round's decisions here. */}
            {r.manage && (
              <ButtonLink to={`/quyet-dinh/dot/${r.id}`} icon={<FileDoneOutlined aria-hidden />}>
                Quyết định khen thưởng
              </ButtonLink>
            )}
          </>
        }
      />
      <Card title="Thông tin đợt xét" style={{ marginBottom: 16 }}>
        {r.actions.length > 0 && (
          <Flex gap={8} wrap style={{ marginBottom: 16 }} role="group" aria-label="Thao tác với đợt xét">
            {r.actions.map((a) => (
              <Button
                key={a}
                type={ACTIONS[a].primary ? 'primary' : 'default'}
                danger={ACTIONS[a].danger}
                loading={change.isPending && change.variables === a}
                onClick={() => confirm(a)}
              >
                {ACTIONS[a].label}
              </Button>
            ))}
          </Flex>
        )}
        <Descriptions column={{ xs: 1, sm: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label="Trạng thái">
            <RoundStatusTag status={r.status} />
          </Descriptions.Item>
          <Descriptions.Item label="Loại đợt xét">{ROUND_KIND_LABELS[r.kind]}</Descriptions.Item>
          <Descriptions.Item label="Kỳ xét">{periodLabel(r.period)}</Descriptions.Item>
          <Descriptions.Item label="Ngày mở đợt">{fmtDate(r.opensOn)}</Descriptions.Item>
          <Descriptions.Item label="Hạn nộp hồ sơ">
            <span className="round-deadline">
              {fmtDate(r.submitBy)} {showsCountdown(r.status) && <Countdown daysLeft={r.daysLeft} />}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="Ngày dự kiến quyết định">{fmtDate(r.decisionBy)}</Descriptions.Item>
          {r.note && (
            <Descriptions.Item label="Ghi chú" span="filled">
              <span className="pre-line">{r.note}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          Thời hạn thẩm định: {r.appraisalRule.workingDays} ngày làm việc.{' '}
          {r.appraisalRule.basis ? `Căn cứ: ${r.appraisalRule.basis}` : ''}
        </Typography.Paragraph>
      </Card>
      <Card title={`Danh hiệu, hình thức xét (${r.awards.length})`} style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap>
          {r.awards.map((a) => (
            <Tag key={a.code} color="gold">
              {a.name}
            </Tag>
          ))}
        </Flex>
      </Card>
      <Card
        title={r.manage ? `Đơn vị được mời (${units.length})` : 'Hồ sơ của đơn vị'}
        styles={{ body: { padding: 0 } }}
      >
        <Table<UnitRow>
          rowKey="orgId"
          columns={columns}
          dataSource={units}
          pagination={units.length > 50 ? { pageSize: 50 } : false}
          size="middle"
          locale={{ emptyText: 'Không có đơn vị nào.' }}
        />
      </Card>
    </>
  );
}

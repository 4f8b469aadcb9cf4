// One unit's dossier on the appraisal page: its nominees with verdicts, duplicate warnings and
// the office's actions.
import { CheckOutlined, CloseOutlined, FolderOpenOutlined, RollbackOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { EMPTY, fmtDateTime, fmtMoney } from '../../ui/format';
import { ButtonLink } from '../../ui/page';
import { acceptNeedsReason } from '../eligibility/labels';
import { duplicateText } from './labels';
import { AwardCell, ClockLine, NomineeStatusTag, ProposalStatusTag, VerdictDetails, VerdictTags } from './parts';
import type { AppraisalProposal, Nominee } from './types';

export type Pending =
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

export function ProposalCard({
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

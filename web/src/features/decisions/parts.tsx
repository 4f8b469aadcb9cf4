// Small pieces shared by the decision pages: status tags, the list of recipients with amounts,
// download buttons.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import {
  DECISION_STATUS_LABELS,
  NOMINEE_STATUS_LABELS,
  type DecisionStatus,
  type NomineeStatus,
} from '../../../../src/domain/rounds/vocab';
import { formatMoneyVN, moneyInWords } from '../../../../src/domain/vi-text/money';
import { downloadUrl } from '../../ui/api';
import { EMPTY } from '../../ui/format';
import type { Decision, DecisionItem } from './types';

const DECISION_COLORS: Record<DecisionStatus, string> = { draft: 'processing', signed: 'success', revoked: 'error' };
export function DecisionStatusTag({ d }: { d: Pick<Decision, 'status' | 'external' | 'content'> }) {
  if (d.external) return <Tag color="purple">Quyết định cấp trên</Tag>;
  if (d.status === 'draft')
    return (
      <Tag color={d.content.submittedAt ? 'warning' : 'default'}>
        {d.content.submittedAt ? 'Đã trình, chờ ký' : 'Dự thảo'}
      </Tag>
    );
  return <Tag color={DECISION_COLORS[d.status]}>{DECISION_STATUS_LABELS[d.status]}</Tag>;
}

const NOMINEE_COLORS: Partial<Record<NomineeStatus, string>> = {
  passed: 'blue',
  withheld: 'orange',
  sent_up: 'purple',
  awarded: 'green',
  revoked: 'red',
};
export const NomineeStatusTag = ({ s }: { s: NomineeStatus }) => (
  <Tag color={NOMINEE_COLORS[s] ?? 'default'}>{NOMINEE_STATUS_LABELS[s]}</Tag>
);

export const money = (n: number | null | undefined) => (n == null ? EMPTY : formatMoneyVN(n));
export const moneyWords = (n: number) => moneyInWords(n);

export function DownloadButton({
  path,
  query,
  label,
  primary,
}: {
  path: string;
  query?: Record<string, string>;
  label: string;
  primary?: boolean;
}) {
  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      href={downloadUrl(path, query)}
      download
      type={primary ? 'primary' : 'default'}
    >
      {label}
    </Button>
  );
}

export function ItemsTable({
  items,
  extra,
  showRecover,
}: {
  items: DecisionItem[];
  extra?: TableColumnsType<DecisionItem>;
  showRecover?: boolean;
}) {
  const columns: TableColumnsType<DecisionItem> = [
    { title: 'Số sổ vàng', dataIndex: 'ordinal', width: 70, align: 'center' },
    {
      title: 'Họ và tên / Tập thể',
      dataIndex: 'displayName',
      render: (_, r) => (
        <>
          <Typography.Text strong>{r.displayName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {r.positionText && !r.positionText.includes(r.unitName)
              ? `${r.positionText} — ${r.unitName}`
              : (r.positionText ?? r.unitName)}
          </Typography.Text>
        </>
      ),
    },
    { title: 'Danh hiệu / hình thức', dataIndex: 'awardName', responsive: ['md'] },
    {
      title: 'Tiền thưởng',
      dataIndex: 'payable',
      align: 'right',
      width: 150,
      render: (_, r) =>
        r.payNote && r.payable !== r.amount ? (
          <Tooltip title={r.payNote}>
            <span>
              {money(r.payable)}{' '}
              <Typography.Text type="secondary" delete>
                {money(r.amount)}
              </Typography.Text>
            </span>
          </Tooltip>
        ) : (
          money(r.payable)
        ),
    },
    ...(showRecover
      ? [
          {
            title: 'Phải thu hồi',
            dataIndex: 'recoverAmount',
            align: 'right' as const,
            width: 140,
            render: (v: number | null) => money(v),
          },
        ]
      : []),
    ...(extra ?? []),
  ];
  return (
    <Table
      rowKey="nomineeId"
      size="small"
      columns={columns}
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}

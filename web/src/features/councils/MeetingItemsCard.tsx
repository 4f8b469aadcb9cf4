// The meeting's list of nominees put to the council and, once voting has closed, each one's result.
import { Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { positionLine } from '../../ui/format';
import { ThresholdText } from './parts';
import type { Meeting, MeetingItem } from './types';

export function MeetingItemsCard({ m }: { m: Meeting }) {
  const closed = m.status === 'closed';
  const columns: TableColumnsType<MeetingItem> = [
    { title: 'TT', dataIndex: 'ordinal', width: 48 },
    {
      title: 'Họ và tên, đơn vị',
      render: (_, r) => (
        <>
          <Typography.Text strong>{r.displayName}</Typography.Text>
          <br />
          <small className="muted">{positionLine(r.positionText, r.unitName)}</small>
        </>
      ),
    },
    { title: 'Danh hiệu, hình thức', dataIndex: 'awardName', width: 170 },
    { title: 'Tỷ lệ cần đạt', width: 260, responsive: ['lg'], render: (_, r) => <ThresholdText t={r.threshold} /> },
    ...(closed
      ? ([
          {
            title: 'Kết quả',
            width: 300,
            render: (_: unknown, r: MeetingItem) => (
              <>
                <Tag color={r.passed ? 'success' : 'error'}>{r.passed ? 'Thông qua' : 'Không thông qua'}</Tag>
                <div>
                  Đồng ý <b>{r.yes}</b> · Không đồng ý <b>{r.no}</b> · Không biểu quyết <b>{r.abstain}</b>
                </div>
                <small className="muted">{r.resultText}</small>
              </>
            ),
          },
        ] as TableColumnsType<MeetingItem>)
      : []),
    {
      title: 'Không tham gia biểu quyết',
      width: 200,
      responsive: ['md'],
      render: (_, r) =>
        r.recusals.length ? (
          <ul className="plain-list">
            {r.recusals.map((x, i) => (
              <li key={i}>
                {x.fullName}: <small>{x.reason}</small>
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ];

  return (
    <Card title={closed ? 'Kết quả bỏ phiếu' : 'Danh sách trình Hội đồng'}>
      <Table
        rowKey="nomineeId"
        size="middle"
        pagination={false}
        dataSource={m.items}
        columns={columns}
        scroll={{ x: 720 }}
      />
      {closed && m.items[0] && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {m.items[0].threshold.basis ? `Căn cứ: ${m.items[0].threshold.basis}. ` : ''}
          <Link to="/quan-ly-cong-khai">Quản lý công khai danh sách</Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}

// For whoever manages the catalogue: the provincial documents found when the province's rule set
// was written, how much of each could be read, and what is left to check. A doubt about the rules,
// so the server sends it to the manager only and this part shows it to nobody else.
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate } from '../../ui/format';
import type { ProvinceRuleSetInfo, ProvincialSource } from './types';

const STATUS: Record<ProvincialSource['status'], { label: string; color: string }> = {
  current: { label: 'Đang có hiệu lực', color: 'blue' },
  old_law: { label: 'Theo Luật 2003, không còn làm căn cứ', color: 'default' },
  procedures: { label: 'Chỉ công bố thủ tục', color: 'default' },
};

const READ: Record<ProvincialSource['read'], { label: string; color: string }> = {
  full: { label: 'Đã đọc toàn văn', color: 'green' },
  opening: { label: 'Chỉ đọc được phần đầu', color: 'orange' },
};

export function ProvinceSources({ set }: { set: ProvinceRuleSetInfo }) {
  const { can } = useAuth();
  if (!can('catalogue.manage') || !set.sources) return null;
  const columns: TableColumnsType<ProvincialSource> = [
    {
      title: 'Văn bản',
      key: 'doc',
      width: 300,
      render: (_v, s) => (
        <>
          <div>
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              Quyết định số {s.number}
            </a>{' '}
            của {s.issuer}
          </div>
          <Typography.Text type="secondary">{s.title}</Typography.Text>
        </>
      ),
    },
    { title: 'Ngày ban hành', dataIndex: 'issuedOn', width: 120, render: (d: string) => fmtDate(d) },
    {
      title: 'Hiệu lực từ',
      dataIndex: 'effectiveFrom',
      width: 110,
      render: (d: string | null) => (d ? fmtDate(d) : EMPTY),
    },
    {
      title: 'Tình trạng',
      key: 'status',
      width: 190,
      render: (_v, s) => (
        <>
          <Tag color={STATUS[s.status].color}>{STATUS[s.status].label}</Tag>
          <Tag color={READ[s.read].color}>{READ[s.read].label}</Tag>
        </>
      ),
    },
    { title: 'Ghi chú', dataIndex: 'note', width: 360 },
  ];
  return (
    <section aria-label={`Văn bản của ${set.provinceName} đã tìm thấy`} style={{ marginTop: 12 }}>
      <Typography.Text strong>Văn bản của {set.provinceName} đã tìm thấy</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Văn bản của {set.provinceName} tìm thấy khi lập bộ quy định (tra cứu ngày{' '}
        {set.checkedOn ? fmtDate(set.checkedOn) : EMPTY}). Chỉ nội dung đã đọc toàn văn mới được đưa vào hệ thống; khi
        có toàn văn quy định của tỉnh, hãy điều chỉnh từng tham số khác quy định chung và dẫn chiếu quyết định của tỉnh.
      </Typography.Paragraph>
      <Table<ProvincialSource>
        rowKey="number"
        size="small"
        columns={columns}
        dataSource={set.sources}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </section>
  );
}

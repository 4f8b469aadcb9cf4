// The period report's tables: awards by level and form, individuals by group against the year
// before, and the subordinate units' reports with their sum.
import { Card, Col, Descriptions, Row, Table, Tag } from 'antd';
import { fmtDateTime } from '../../ui/format';
import { type AwardLine, LEVEL, n, type PeriodReport, pct, STATUS } from './period-types';

export function PeriodTables({ r }: { r: PeriodReport }) {
  const f = r.figures;
  return (
    <>
      <Row gutter={[12, 12]}>
        <Col xs={24} xxl={13}>
          <Card size="small" title="Khen thưởng theo cấp, danh hiệu và hình thức">
            <Table<AwardLine>
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={f.awardLines}
              scroll={{ x: 'max-content' }}
              columns={[
                { key: 'name', title: 'Danh hiệu, hình thức', dataIndex: 'name' },
                { key: 'level', title: 'Cấp', render: (_, l) => LEVEL[l.level] },
                {
                  key: 'cat',
                  title: 'Loại',
                  render: (_, l) => (l.category === 'title' ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng'),
                },
                { key: 'i', title: 'Cá nhân', align: 'right', render: (_, l) => n(l.individuals) },
                {
                  key: 'c',
                  title: 'Tập thể, hộ',
                  align: 'right',
                  render: (_, l) => n(l.collectives + l.households),
                },
                { key: 't', title: 'Tổng', align: 'right', render: (_, l) => n(l.total) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={11}>
          <Card size="small" title="Cá nhân được khen thưởng theo đối tượng, so với năm trước">
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={f.share.lines}
              columns={[
                { key: 'label', title: 'Đối tượng', dataIndex: 'label' },
                {
                  key: 'cur',
                  title: `Kỳ này`,
                  align: 'right',
                  render: (_, l) => `${n(l.current)} (${pct(l.current, f.share.individuals)})`,
                },
                {
                  key: 'prev',
                  title: 'Cùng kỳ năm trước',
                  align: 'right',
                  render: (_, l) => `${n(l.previous)} (${pct(l.previous, f.share.previousIndividuals)})`,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      {r.units.length > 0 && (
        <Card
          size="small"
          title={`Báo cáo của các cơ quan, đơn vị trực thuộc: ${r.rollup.submitted}/${r.rollup.total} đã gửi`}
        >
          <Table
            size="small"
            rowKey="id"
            pagination={r.units.length > 20 ? { pageSize: 20 } : false}
            dataSource={r.units}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'name', title: 'Cơ quan, đơn vị', dataIndex: 'name' },
              {
                key: 'status',
                title: 'Tình trạng',
                render: (_, u) => <Tag color={STATUS[u.status].color}>{STATUS[u.status].text}</Tag>,
              },
              { key: 'at', title: 'Ngày gửi', render: (_, u) => fmtDateTime(u.submittedAt) },
              {
                key: 'mv',
                title: 'Phong trào',
                align: 'right',
                render: (_, u) => (u.headline ? n(u.headline.movementsLaunched) : ''),
              },
              {
                key: 'aw',
                title: 'Lượt khen thưởng',
                align: 'right',
                render: (_, u) => (u.headline ? n(u.headline.awards) : ''),
              },
            ]}
          />
          <Descriptions
            size="small"
            title="Cộng số liệu các đơn vị đã gửi"
            column={{ xs: 1, md: 3 }}
            style={{ marginTop: 12 }}
          >
            {r.rollup.labels.map((l) => (
              <Descriptions.Item key={l.key} label={l.label}>
                {n(r.rollup.totals[l.key] ?? 0)}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      )}
    </>
  );
}

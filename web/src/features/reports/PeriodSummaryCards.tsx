// The period report's heading card, its key figures and the oversight figures.
import { Card, Col, Descriptions, Row, Statistic, Tag, Typography } from 'antd';
import { fmtDate, fmtDateTime } from '../../ui/format';
import { n, type PeriodReport } from './period-types';

export function PeriodSummaryCards({ r }: { r: PeriodReport }) {
  const f = r.figures;
  return (
    <>
      <Card size="small">
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {r.subject}
        </Typography.Title>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="Đơn vị báo cáo">{r.unit.name}</Descriptions.Item>
          <Descriptions.Item label="Gửi đến">{r.receiver}</Descriptions.Item>
          <Descriptions.Item label="Số liệu tính từ">
            {fmtDate(r.period.from)} đến {fmtDate(r.period.to)}
          </Descriptions.Item>
          <Descriptions.Item label="Tình trạng">
            {r.status === 'submitted' ? (
              <Tag color="green">Đã gửi cấp trên {fmtDateTime(r.submittedAt)}</Tag>
            ) : r.version === 0 ? (
              <Tag>Chưa lưu lần nào</Tag>
            ) : (
              <Tag color="orange">
                Đang soạn — phiên bản {r.version}, lưu lúc {fmtDateTime(r.updatedAt)}
              </Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" title="Số liệu chính">
        <Row gutter={[16, 12]}>
          <Col xs={12} md={6}>
            <Statistic title="Phong trào đã phát động" value={f.movements.launched} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Lượt đăng ký thi đua" value={f.registrations.total} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Lượt khen thưởng" value={f.awards.total} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Sáng kiến được công nhận" value={f.initiatives.total} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Phong trào đã tổng kết" value={f.movements.finalReviewed} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Khen thưởng cấp Nhà nước" value={f.awards.state} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Hồ sơ trình khen cấp trên" value={f.khenCao.sent} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Cấp trên đã khen thưởng" value={f.khenCao.awarded} />
          </Col>
        </Row>
      </Card>

      <Card size="small" title="Kiểm tra, tập huấn, hội nghị và giải quyết đơn thư">
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={`Kiểm tra (kế hoạch năm ${r.year})`}>
            {n(f.oversight.inspections.planned)} cuộc theo kế hoạch; đã kiểm tra {n(f.oversight.inspections.conducted)},
            đã kết luận {n(f.oversight.inspections.concluded)}
          </Descriptions.Item>
          <Descriptions.Item label="Kiến nghị sau kiểm tra">
            {n(f.oversight.inspections.recommendations)} kiến nghị, còn {n(f.oversight.inspections.openRecommendations)}{' '}
            chưa thực hiện xong
          </Descriptions.Item>
          <Descriptions.Item label="Tập huấn, bồi dưỡng nghiệp vụ">
            Đã tổ chức {n(f.oversight.trainings.held)}/{n(f.oversight.trainings.planned)} lớp,{' '}
            {n(f.oversight.trainings.attendees)} lượt người tham dự
          </Descriptions.Item>
          <Descriptions.Item label="Hội nghị, buổi lễ đã tổ chức">
            {n(f.oversight.conferences.total)} (sơ kết {n(f.oversight.conferences.soKet)}, tổng kết{' '}
            {n(f.oversight.conferences.tongKet)}, cụm, khối {n(f.oversight.conferences.cluster)}, lễ trao tặng{' '}
            {n(f.oversight.conferences.ceremony)})
          </Descriptions.Item>
          <Descriptions.Item label="Đơn thư về thi đua, khen thưởng">
            Tiếp nhận {n(f.oversight.petitions.received)}; đã giải quyết, trả lời {n(f.oversight.petitions.settled)}
            {'; không thụ lý'} {n(f.oversight.petitions.notAccepted)}; đang xử lý {n(f.oversight.petitions.pending)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}

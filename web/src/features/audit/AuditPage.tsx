// /nhat-ky: the audit log (read-only): filters, each entry's before/after, and the chain check.
import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, errorMessage, type Query } from '../../ui/api';
import { EMPTY, fmtDateTime, fmtNumber, isoDatesToVN, optionsOf } from '../../ui/format';
import { useDebounced, useOnChange, useUrlListState } from '../../ui/hooks';
import { useOrganisations } from '../../ui/orgs';
import { ExportButton, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import type { AuditEntry, Page } from '../../ui/types';
import { AuditDiff } from './diff';
import { auditKeys } from './keys';

export const ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': 'Đăng nhập',
  'auth.sign_out': 'Đăng xuất',
  'user.change_password': 'Đổi mật khẩu',
  'organisation.create': 'Thêm cơ quan, đơn vị',
  'organisation.update': 'Sửa cơ quan, đơn vị',
  'organisation.link': 'Sáp nhập, chia tách, đổi tên',
  'cluster.create': 'Thành lập cụm, khối',
  'cluster.set_year': 'Cập nhật thành viên cụm, khối',
  'person.create': 'Thêm cá nhân',
  'person.update': 'Sửa thông tin cá nhân',
  'person.move': 'Chuyển công tác',
  'person.add_award': 'Ghi nhận khen thưởng',
  'person.add_rating': 'Ghi nhận xếp loại',
  'person.add_initiative': 'Ghi nhận sáng kiến',
  'person.add_discipline': 'Ghi nhận kỷ luật',
  'household.create': 'Thêm hộ gia đình',
  'household.update': 'Sửa hộ gia đình',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.reset_password': 'Đặt lại mật khẩu',
  'import.organisations': 'Nhập cơ quan, đơn vị từ Excel',
  'import.people': 'Nhập cá nhân từ Excel',
  'import.households': 'Nhập hộ gia đình từ Excel',
  'import.awards': 'Nhập khen thưởng từ Excel',
  'import.ratings': 'Nhập đánh giá, xếp loại từ Excel',
  'tenant.seed': 'Nạp dữ liệu ban đầu',
  'eligibility.override': 'Điều chỉnh kết quả xét điều kiện',
  'catalogue.override': 'Thay đổi tham số quy định',
  'catalogue.province': 'Chọn quy định của tỉnh',
  'api_token.create': 'Tạo mã truy cập API',
  'api_token.revoke': 'Thu hồi mã truy cập API',
  'token.create': 'Tạo mã truy cập API',
  'user.unlock_sign_in': 'Gỡ chặn đăng nhập',
  'ballot.cast': 'Bỏ phiếu kín',
  'cluster.hand_over': 'Bàn giao cụm trưởng',
  'covenant.sign': 'Ký giao ước thi đua',
  'council.create': 'Thành lập Hội đồng TĐKT',
  'council.update': 'Sửa Hội đồng TĐKT',
  'council.delete': 'Giải thể Hội đồng TĐKT',
  'decision.draft': 'Lập dự thảo quyết định',
  'decision.update': 'Sửa dự thảo quyết định',
  'decision.submit': 'Trình ký quyết định',
  'decision.sign': 'Ký ban hành quyết định',
  'decision.revoke': 'Thu hồi khen thưởng',
  'decision.record_external': 'Ghi nhận quyết định của cấp trên',
  'decision.certificates': 'In giấy khen, giấy chứng nhận',
  'register.set_next': 'Đặt số tiếp theo của sổ quyết định',
  'file.upload': 'Tải lên tệp',
  'file.delete': 'Xóa tệp',
  'initiative.register': 'Đăng ký sáng kiến',
  'initiative.review_start': 'Bắt đầu xét sáng kiến',
  'initiative_council.create': 'Thành lập Hội đồng sáng kiến',
  'meeting.create': 'Tạo phiên họp Hội đồng',
  'meeting.agenda': 'Sửa nội dung phiên họp',
  'meeting.attendance': 'Điểm danh phiên họp',
  'meeting.open_voting': 'Mở bỏ phiếu',
  'meeting.recuse': 'Không tham gia biểu quyết',
  'meeting.close': 'Kết thúc bỏ phiếu, kiểm phiếu',
  'meeting.revote': 'Cho bỏ phiếu lại',
  'movement.create': 'Lập phong trào thi đua',
  'movement.launch': 'Phát động phong trào thi đua',
  'movement.report': 'Báo cáo kết quả phong trào',
  'movement.mid_review': 'Sơ kết phong trào',
  'movement.final_review': 'Tổng kết phong trào',
  'nominee.add': 'Thêm người được đề nghị',
  'nominee.update': 'Sửa đề nghị',
  'nominee.remove': 'Bỏ người khỏi hồ sơ đề nghị',
  'nominee.accept': 'Thẩm định: chấp nhận',
  'nominee.accept_eligible': 'Thẩm định: chấp nhận các đề nghị đủ điều kiện',
  'nominee.return': 'Thẩm định: trả lại để bổ sung',
  'nominee.reject': 'Thẩm định: không chấp nhận',
  'nominee.send_up': 'Trình cấp trên khen thưởng',
  'notice.publish': 'Công khai danh sách',
  'notice_feedback.create': 'Ý kiến về danh sách công khai',
  'notice_feedback.resolve': 'Giải quyết ý kiến, khiếu nại',
  'plan.create': 'Lập kế hoạch thi đua',
  'plan.task.create': 'Thêm nhiệm vụ kế hoạch',
  'plan.task.update': 'Cập nhật nhiệm vụ kế hoạch',
  'plan.task.reorder': 'Sắp xếp nhiệm vụ kế hoạch',
  'plan.task.overdue_notice': 'Nhắc nhiệm vụ quá hạn',
  'petition.deadline_notice': 'Nhắc hạn đơn thư',
  'proposal.create': 'Lập hồ sơ đề nghị',
  'proposal.update': 'Sửa hồ sơ đề nghị',
  'proposal.submit': 'Gửi hồ sơ đề nghị',
  'proposal.return': 'Trả lại hồ sơ đề nghị',
  'registration_call.create': 'Mở đăng ký thi đua',
  'registration.add': 'Đăng ký thi đua',
  'registration.remove': 'Rút đăng ký thi đua',
  'round.create': 'Mở đợt xét khen thưởng',
  'round.open': 'Mở đợt xét khen thưởng',
  'round.close': 'Khóa nhận hồ sơ',
  'round.reopen': 'Mở lại việc nhận hồ sơ',
  'score_table.open': 'Mở chấm điểm',
  'score_table.review': 'Chuyển sang thẩm định bảng điểm',
  'round.finish': 'Kết thúc đợt xét khen thưởng',
  'score_sheet.review': 'Thẩm định bảng điểm',
  'score_table.publish': 'Công bố kết quả chấm điểm',
};

export const ENTITY_LABELS: Record<string, string> = {
  person: 'Cá nhân',
  organisation: 'Cơ quan, đơn vị',
  household: 'Hộ gia đình',
  cluster: 'Cụm, khối thi đua',
  user: 'Tài khoản',
  import: 'Nhập dữ liệu',
  tenant: 'Đơn vị triển khai',
  rule_param: 'Tham số quy định',
};

function entityLink(e: AuditEntry) {
  if (e.entityType === 'person') return <Link to={`/ca-nhan/${e.entityId}`}>Mở hồ sơ cá nhân</Link>;
  if (e.entityType === 'organisation') return <Link to={`/co-quan?id=${e.entityId}`}>Mở cơ quan, đơn vị</Link>;
  if (e.entityType === 'import') return <Link to={`/nhap-du-lieu/${e.entityId}`}>Mở lần nhập dữ liệu</Link>;
  return null;
}

interface VerifyResult {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
  /** Every broken range, each with a Vietnamese message. */
  breaks: { from: number; to: number; reason: string; message: string }[];
  anchors: { compared: boolean; count: number; lastSeq: number | null; lastAt: string | null; problems: string[] };
}

export function AuditPage() {
  useDocumentTitle('Nhật ký hệ thống');
  const { index } = useOrganisations();
  const [params, setParams] = useSearchParams();
  const [actorText, setActorText] = useState(params.get('actor') ?? '');
  const [qText, setQText] = useState(params.get('q') ?? '');
  const actor = useDebounced(actorText, 400);
  const text = useDebounced(qText, 400);

  const filters = {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    action: params.get('action') ?? undefined,
    entityType: params.get('entityType') ?? undefined,
    actor: params.get('actor') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };
  useOnChange([actor], () => {
    if ((actor.trim() || undefined) !== filters.actor) update({ actor: actor.trim() });
  });
  useOnChange([text], () => {
    if ((text.trim() || undefined) !== filters.q) update({ q: text.trim() });
  });

  const list = useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => api.get<Page<AuditEntry>>('/audit', query),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: () => api.get<VerifyResult>('/audit/verify') });

  const columns: TableColumnsType<AuditEntry> = [
    { title: 'Số', dataIndex: 'seq', width: 64, responsive: ['md'] },
    { title: 'Thời gian', dataIndex: 'at', width: 136, render: fmtDateTime },
    { title: 'Người thực hiện', dataIndex: 'actorName', width: 160 },
    {
      title: 'Thao tác',
      dataIndex: 'action',
      width: 170,
      responsive: ['lg'],
      render: (a: string) => <Tag>{ACTION_LABELS[a] ?? a}</Tag>,
    },
    { title: 'Nội dung', dataIndex: 'summary', render: (s: string) => isoDatesToVN(s) },
    { title: 'Lý do', dataIndex: 'reason', width: 180, responsive: ['md'], render: (r: string | null) => r ?? EMPTY },
  ];

  return (
    <>
      <PageHeader
        title="Nhật ký hệ thống"
        subtitle="Mọi thao tác ghi dữ liệu đều được lưu lại; nhật ký không thể sửa hay xóa."
        actions={
          <>
            <Button
              icon={<SafetyCertificateOutlined aria-hidden />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              Kiểm tra toàn vẹn
            </Button>
            <ExportButton path="/audit/export" query={filters} />
          </>
        }
      />
      {verify.data &&
        (verify.data.ok ? (
          <Alert
            type="success"
            showIcon
            closable={{ 'aria-label': 'Đóng' }}
            onClose={() => verify.reset()}
            style={{ marginBottom: 16 }}
            title={`Chuỗi nhật ký toàn vẹn (${fmtNumber(verify.data.checked)} bản ghi)`}
            description={`Không bản ghi nào bị sửa, xóa hay chèn thêm; khớp ${fmtNumber(verify.data.anchors.count)} mốc đã ký lưu ngoài cơ sở dữ liệu.`}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              verify.data.brokenAt === null
                ? 'Không kiểm tra được chuỗi nhật ký với các mốc đã ký'
                : `Chuỗi nhật ký bị phá vỡ từ bản ghi số ${verify.data.brokenAt} (${fmtNumber(verify.data.breaks.length)} chỗ)`
            }
            description={
              <>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {verify.data.breaks.map((b) => (
                    <li key={`${b.reason}-${b.from}-${b.to}`}>{b.message}</li>
                  ))}
                  {verify.data.anchors.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
                Đã kiểm tra {fmtNumber(verify.data.checked)} bản ghi. Các bản ghi trên đã bị sửa, xóa hoặc chèn ngoài hệ
                thống. Hãy báo ngay cho quản trị hệ thống.
              </>
            }
          />
        ))}
      {verify.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(verify.error)} />}
      <Card styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-bar" role="search" aria-label="Lọc nhật ký">
          <Row gutter={12}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label="Khoảng thời gian" htmlFor="audit-range">
                <DatePicker.RangePicker
                  id={{ start: 'audit-range' }}
                  format="DD/MM/YYYY"
                  style={{ width: '100%' }}
                  placeholder={['Từ ngày', 'Đến ngày']}
                  value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
                  onChange={(v) => update({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6} xl={5}>
              <Form.Item label="Thao tác" htmlFor="audit-action">
                <Select
                  id="audit-action"
                  allowClear
                  placeholder="Tất cả"
                  value={filters.action}
                  onChange={(v) => update({ action: v })}
                  options={optionsOf(ACTION_LABELS)}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6} xl={4}>
              <Form.Item label="Đối tượng" htmlFor="audit-entity">
                <Select
                  id="audit-entity"
                  allowClear
                  placeholder="Tất cả"
                  value={filters.entityType}
                  onChange={(v) => update({ entityType: v })}
                  options={optionsOf(ENTITY_LABELS)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={4}>
              <Form.Item label="Người thực hiện" htmlFor="audit-actor">
                <Input
                  id="audit-actor"
                  allowClear
                  value={actorText}
                  onChange={(e) => setActorText(e.target.value)}
                  placeholder="Họ tên"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={5}>
              <Form.Item label="Nội dung" htmlFor="audit-q">
                <Input
                  id="audit-q"
                  allowClear
                  prefix={<SearchOutlined aria-hidden />}
                  value={qText}
                  onChange={(e) => setQText(e.target.value)}
                  placeholder="Từ khóa trong nội dung"
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Typography.Paragraph type="secondary" style={{ padding: '12px 16px 0', margin: 0 }} aria-live="polite">
            {list.data ? `${fmtNumber(list.data.total)} bản ghi` : 'Đang tải…'}
          </Typography.Paragraph>
          <Table<AuditEntry>
            rowKey="seq"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 900 }}
            size="middle"
            expandable={{
              columnTitle: <span className="sr-only">Chi tiết</span>,
              expandedRowRender: (e) => (
                <Flex vertical gap={8} style={{ maxWidth: 1000 }}>
                  <Flex gap={16} wrap>
                    <span>
                      <strong>Thao tác:</strong> {ACTION_LABELS[e.action] ?? e.action}
                    </span>
                    <span>
                      <strong>Đối tượng:</strong> {ENTITY_LABELS[e.entityType] ?? e.entityType}
                    </span>
                    {entityLink(e)}
                  </Flex>
                  {e.before == null && e.after == null ? (
                    <Typography.Text type="secondary">Thao tác này không kèm dữ liệu trước, sau.</Typography.Text>
                  ) : (
                    <AuditDiff before={e.before} after={e.after} orgs={index} />
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    Mã kiểm tra: <code>{e.hash}</code>
                  </Typography.Text>
                </Flex>
              ),
            }}
            locale={{ emptyText: 'Không có bản ghi nào phù hợp.' }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total, [from, to]) => `${fmtNumber(from)}–${fmtNumber(to)} / ${fmtNumber(total)}`,
              onChange: (p, s) => update({ page: p === 1 ? undefined : p, pageSize: s === 20 ? undefined : s }, true),
              style: { padding: '0 16px' },
            }}
          />
        </Card>
      )}
    </>
  );
}

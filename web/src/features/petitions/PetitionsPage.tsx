// /don-thu: the petition register (sổ đơn thư) — complaints, denunciations, recommendations and
// reflections the office may handle, filtered and paged on the server, with the statutory due date
// of each and a warning before it passes; Excel export; recording a petition received on paper.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Grid,
  Input,
  Modal,
  Row,
  Select,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  PETITION_CHANNEL_LABELS,
  PETITION_KIND_LABELS,
  PETITION_STATUS_LABELS,
} from '../../../../src/domain/petitions/rules';
import { api, type Query } from '../../ui/api';
import { DATE_FORMATS, EMPTY, fmtDate, fmtNumber, optionsOf, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useDebounced, useOnChange, useUrlListState } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { ExportButton, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { DeadlineTag, STATUS_COLOR } from './DeadlineTag';
import { PETITIONS_KEY, type PetitionDetail, type PetitionItem, type PetitionPage } from './types';

const DEADLINES = { overdue: 'Quá hạn', due_soon: 'Sắp đến hạn' };
const PAPER_CHANNELS = {
  paper: PETITION_CHANNEL_LABELS.paper,
  in_person: PETITION_CHANNEL_LABELS.in_person,
  post: PETITION_CHANNEL_LABELS.post,
};

export function PetitionsPage() {
  useDocumentTitle('Sổ đơn thư');
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.sm ?? true);
  const [text, setText] = useState(params.get('q') ?? '');
  const [creating, setCreating] = useState(false);
  const debounced = useDebounced(text, 350);
  const filters = {
    q: params.get('q') ?? undefined,
    status: params.get('status') ?? undefined,
    kind: params.get('kind') ?? undefined,
    deadline: params.get('deadline') ?? undefined,
  };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };
  useOnChange([debounced], () => {
    if ((debounced.trim() || undefined) !== filters.q) update({ q: debounced.trim() });
  });
  const list = useQuery({
    queryKey: [...PETITIONS_KEY, query],
    queryFn: () => api.get<PetitionPage>('/petitions', query),
    placeholderData: keepPreviousData,
  });
  const counts = list.data?.counts;

  const columns: TableColumnsType<PetitionItem> = [
    {
      title: 'Mã đơn',
      dataIndex: 'trackingCode',
      width: 130,
      render: (v: string, p) => (
        <Link to={`/don-thu/${p.id}`} style={{ fontFamily: 'monospace' }}>
          {v}
        </Link>
      ),
    },
    { title: 'Ngày nhận', dataIndex: 'receivedOn', width: 100, render: fmtDate },
    {
      title: 'Loại',
      dataIndex: 'kindLabel',
      width: 100,
      render: (v: string, p) => (
        <>
          {v}
          {p.withholds && (
            <div>
              <Tag color="red">Tạm dừng xét</Tag>
            </div>
          )}
        </>
      ),
    },
    {
      title: 'Nội dung',
      dataIndex: 'title',
      render: (v: string, p) => (
        <div>
          <Link to={`/don-thu/${p.id}`}>{v}</Link>
          {p.subjectName && <div className="muted">Về: {p.subjectName}</div>}
          {p.duplicateOfCode && <Tag color="purple">Trùng đơn {p.duplicateOfCode}</Tag>}
        </div>
      ),
    },
    {
      title: 'Người gửi',
      dataIndex: 'senderName',
      width: 170,
      render: (v: string | null, p) => (
        <>
          {v ?? EMPTY}
          {p.anonymous && <div className="muted">không rõ họ tên, địa chỉ</div>}
        </>
      ),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'statusLabel',
      width: 170,
      render: (v: string, p) => <Tag color={STATUS_COLOR[p.status]}>{v}</Tag>,
    },
    {
      title: 'Hạn theo luật',
      dataIndex: 'dueDate',
      width: 190,
      render: (v: string, p) => (
        <div>
          <div>
            {p.dueStage === 'accept' ? 'Thụ lý' : 'Giải quyết'}: {fmtDate(v)}
          </div>
          <DeadlineTag p={p} />
        </div>
      ),
    },
  ];
  const compact: TableColumnsType<PetitionItem> = [
    {
      title: 'Đơn thư',
      key: 'p',
      render: (_: unknown, p) => (
        <div>
          <Link to={`/don-thu/${p.id}`} style={{ fontWeight: 600 }}>
            {p.title}
          </Link>
          <div className="muted">
            {p.trackingCode} · {p.kindLabel} · nhận {fmtDate(p.receivedOn)}
          </div>
          <Tag color={STATUS_COLOR[p.status]}>{p.statusLabel}</Tag> <DeadlineTag p={p} />
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Sổ đơn thư"
        subtitle="Khiếu nại, tố cáo, kiến nghị, phản ánh về thi đua, khen thưởng và hạn giải quyết theo luật"
        actions={
          <>
            <ExportButton path="/petitions/export" query={filters} />
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              Vào sổ đơn
            </Button>
          </>
        }
      />
      {counts && (counts.overdue > 0 || counts.dueSoon > 0) && (
        <Alert
          type={counts.overdue ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={[
            counts.overdue ? `${fmtNumber(counts.overdue)} đơn đã quá hạn` : null,
            counts.dueSoon ? `${fmtNumber(counts.dueSoon)} đơn sắp đến hạn` : null,
          ]
            .filter(Boolean)
            .join('; ')}
          action={
            <Button size="small" onClick={() => update({ deadline: counts.overdue ? 'overdue' : 'due_soon' })}>
              Xem
            </Button>
          }
        />
      )}
      <Card styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-bar" role="search" aria-label="Tìm trong sổ đơn thư">
          <Row gutter={12}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label="Tìm kiếm" htmlFor="petitions-q">
                <Input
                  id="petitions-q"
                  allowClear
                  prefix={<SearchOutlined aria-hidden />}
                  placeholder="Mã đơn, người gửi, nội dung, người bị phản ánh"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={5}>
              <Form.Item label="Loại đơn" htmlFor="petitions-kind">
                <Select
                  id="petitions-kind"
                  allowClear
                  placeholder="Tất cả"
                  value={filters.kind}
                  onChange={(v) => update({ kind: v })}
                  options={optionsOf(PETITION_KIND_LABELS)}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={5}>
              <Form.Item label="Trạng thái" htmlFor="petitions-status">
                <Select
                  id="petitions-status"
                  allowClear
                  placeholder="Tất cả"
                  value={filters.status}
                  onChange={(v) => update({ status: v })}
                  options={optionsOf(PETITION_STATUS_LABELS)}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item label="Thời hạn" htmlFor="petitions-deadline">
                <Select
                  id="petitions-deadline"
                  allowClear
                  placeholder="Tất cả"
                  value={filters.deadline}
                  onChange={(v) => update({ deadline: v })}
                  options={optionsOf(DEADLINES)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Card>
          <Table<PetitionItem>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            columns={phone ? compact : columns}
            dataSource={list.data?.items}
            locale={{ emptyText: 'Chưa có đơn thư nào.' }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (n) => `${fmtNumber(n)} đơn`,
              onChange: (p, s) => update({ page: p, pageSize: s }, true),
            }}
            scroll={phone ? undefined : { x: 1000 }}
          />
        </Card>
      )}
      <CreatePetitionModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

interface CreateValues {
  orgId: string;
  kind: string;
  channel: string;
  senderName?: string;
  senderAddress?: string;
  contact?: string;
  title: string;
  content: string;
  subjectText?: string;
  nomineeId?: string;
  receivedOn?: import('dayjs').Dayjs | null;
}

interface SubjectOption {
  nomineeId: string;
  label: string;
  roundName: string;
  statusLabel: string;
}

/** Searches the nominees under consideration in the officer's units (GET /petitions/subjects). */
function NomineePicker({ value, onChange }: { value?: string; onChange?: (v: string | undefined) => void }) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 300);
  const found = useQuery({
    queryKey: ['petition-subjects', q],
    queryFn: () => api.get<{ items: SubjectOption[] }>('/petitions/subjects', { q }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      allowClear
      aria-label="Người, tập thể đang được xét khen thưởng"
      placeholder="Gõ tên để tìm"
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không có ai đang được xét với tên này.'}
      options={(found.data?.items ?? []).map((o) => ({
        value: o.nomineeId,
        label: o.label,
        title: `${o.roundName} — ${o.statusLabel}`,
      }))}
      optionRender={(o) => (
        <div>
          <div>{o.label}</div>
          <div className="muted" style={{ fontSize: 12 }}>
            {o.data.title}
          </div>
        </div>
      )}
    />
  );
}

function CreatePetitionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const { problem, setProblem, clear } = useFormProblem();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: (v: CreateValues) =>
      api.post<PetitionDetail>('/petitions', { ...v, receivedOn: toIso(v.receivedOn) ?? undefined }),
    onSuccess: (p) => {
      void qc.invalidateQueries({ queryKey: PETITIONS_KEY });
      onClose();
      form.resetFields();
      void navigate(`/don-thu/${p.id}`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title="Vào sổ đơn nhận trực tiếp, qua bưu điện"
      okText="Vào sổ"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'complaint', channel: 'paper' }}
        onValuesChange={clear}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="orgId" label="Cơ quan tiếp nhận" rules={[{ required: true, message: 'Chọn cơ quan.' }]}>
          <OrgTreeSelect placeholder="Chọn cơ quan, đơn vị" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label="Loại đơn" rules={[{ required: true }]}>
              <Select options={optionsOf(PETITION_KIND_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="channel" label="Hình thức tiếp nhận" rules={[{ required: true }]}>
              <Select options={optionsOf(PAPER_CHANNELS)} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="senderName" label="Họ và tên người gửi">
              <Input maxLength={150} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="receivedOn" label="Ngày nhận đơn" extra="Để trống: hôm nay.">
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="senderAddress" label="Địa chỉ người gửi">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="contact" label="Số điện thoại hoặc thư điện tử">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="title"
          label="Tóm tắt nội dung"
          rules={[{ required: true, whitespace: true, message: 'Nhập tóm tắt.' }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="nomineeId"
          label="Người, tập thể đang được xét khen thưởng mà đơn đề cập"
          extra="Tìm theo tên trong các đợt xét đang diễn ra. Đơn khiếu nại, tố cáo về người được chọn sẽ tạm dừng việc xét khen thưởng cho đến khi giải quyết xong."
        >
          <NomineePicker />
        </Form.Item>
        <Form.Item
          name="subjectText"
          label="Người, tập thể hoặc khen thưởng bị phản ánh (ghi theo đơn)"
          extra="Dùng khi không tìm thấy trong các đợt xét đang diễn ra."
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="content"
          label="Nội dung đơn"
          rules={[
            { required: true, whitespace: true, message: 'Nhập nội dung.' },
            { min: 10, message: 'Nội dung cần ít nhất 10 ký tự.' },
          ]}
        >
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

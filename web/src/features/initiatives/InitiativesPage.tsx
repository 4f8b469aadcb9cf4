// /sang-kien — initiatives (sáng kiến) registered for recognition, with their status; the office
// sets up each unit's initiative council for the year (members and roles) and registers an
// initiative for an author found in the registry, with optional criteria of its own and the share
// of votes needed.
import { MinusCircleOutlined, PlusOutlined, SolutionOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { INITIATIVE_SCOPE_LABELS, type InitiativeScope } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, fmtDate, optionsOf, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useDebounced, useOnChange } from '../../ui/hooks';
import { useServerPaging } from '../../ui/paging';
import { OrgTreeSelect } from '../../ui/orgs';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import type { Page, Person } from '../../ui/types';
import {
  COUNCILS_KEY,
  INITIATIVE_COUNCIL_ROLE_LABELS,
  INITIATIVES_KEY,
  STATUS_COLOURS,
  type InitiativeCouncil,
  type InitiativeCouncilRole,
  type InitiativeDetail,
  type InitiativeListItem,
} from './types';

interface Candidate {
  userId: string;
  username: string;
  fullName: string;
  position: string;
  roles: string[];
}

interface CouncilValues {
  orgId: string;
  year: number;
  name: string;
  members: { userId?: string; role: InitiativeCouncilRole }[];
}

function CouncilModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CouncilValues>();
  const { can } = useAuth();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  const orgId = Form.useWatch('orgId', form);
  // Accounts that may sit on a council of the unit: the office's council candidates (officers
  // who run rounds may list them), or, for an administrator, every account.
  const viaCouncils = can('round.manage');
  const candidates = useQuery({
    queryKey: ['councils', 'candidates', orgId],
    queryFn: () => api.get<{ items: Candidate[] }>('/councils/candidates', { orgId }),
    enabled: open && viaCouncils && !!orgId,
  });
  const users = useQuery({
    queryKey: ['users'],
    queryFn: async () => {
      const r = await api.get<{ items: { id: string; username: string; fullName: string; active: boolean }[] }>(
        '/users',
        { active: 'true', pageSize: 200 },
      );
      return {
        items: r.items
          .filter((u) => u.active)
          .map((u) => ({ userId: u.id, username: u.username, fullName: u.fullName, position: '', roles: [] })),
      };
    },
    enabled: open && !viaCouncils && can('users.manage'),
  });
  const list = (viaCouncils ? candidates.data?.items : users.data?.items) ?? [];
  useOnChange([open], () => {
    if (!open) return;
    clear();
    form.resetFields();
    form.setFieldsValue({
      year: new Date().getFullYear(),
      members: [{ role: 'chair' }, { role: 'secretary' }, { role: 'member' }],
    });
  });
  const save = useMutation({
    mutationFn: (v: CouncilValues) =>
      api.post<{ id: string }>('/initiative-councils', { ...v, members: v.members.filter((m) => m.userId) }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: COUNCILS_KEY });
      void message.success('Đã thành lập Hội đồng sáng kiến.');
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title="Thành lập Hội đồng sáng kiến"
      okText="Thành lập"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      {!viaCouncils && !can('users.manage') && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Tài khoản của bạn không xem được danh sách tài khoản để chọn thành viên Hội đồng."
        />
      )}
      <Form
        form={form}
        name="initiative-council"
        layout="vertical"
        onValuesChange={clear}
        onFinish={(v) => save.mutate(v)}
      >
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="orgId" label="Cơ quan, đơn vị" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
              <OrgTreeSelect hideClosed />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Chưa nhập năm.' }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="name"
          label="Tên Hội đồng"
          rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên Hội đồng.' }]}
        >
          <Input maxLength={300} placeholder="Hội đồng sáng kiến phường …" />
        </Form.Item>
        <Typography.Text strong>Thành viên</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          Ít nhất 3 thành viên, đúng một Chủ tịch Hội đồng. Mỗi thành viên là một tài khoản của hệ thống
          {viaCouncils ? ' có phân quyền tại đơn vị' : ''}; thành viên chấm điểm, biểu quyết hoặc xin không tham gia khi
          có xung đột lợi ích.
        </Typography.Paragraph>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="start" wrap>
                  <Form.Item
                    name={[f.name, 'userId']}
                    rules={[{ required: true, message: 'Chọn tài khoản.' }]}
                    style={{ flex: '1 1 240px', minWidth: 200 }}
                  >
                    <Select
                      aria-label={`Tài khoản thành viên thứ ${i + 1}`}
                      placeholder={orgId || !viaCouncils ? 'Chọn tài khoản' : 'Chọn đơn vị trước'}
                      showSearch={{ optionFilterProp: 'label' }}
                      loading={candidates.isFetching || users.isFetching}
                      options={list.map((c) => ({ value: c.userId, label: `${c.fullName} (${c.username})` }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'role']}
                    rules={[{ required: true, message: 'Chọn vai trò.' }]}
                    style={{ width: 190 }}
                  >
                    <Select
                      aria-label={`Vai trò của thành viên thứ ${i + 1}`}
                      options={optionsOf(INITIATIVE_COUNCIL_ROLE_LABELS)}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(f.name)}
                    aria-label={`Bỏ thành viên thứ ${i + 1}`}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ role: 'member' })} block>
                Thêm thành viên
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

interface RegisterValues {
  councilId: string;
  personId: string;
  title: string;
  description: string;
  appliedFrom?: Dayjs | null;
  scope: InitiativeScope;
  custom: boolean;
  criteria?: { id: string; label: string; maxPoints: number }[];
  share: string;
  minAverage?: number | null;
}

const SHARES: { value: string; label: string; share: number }[] = [
  { value: '2/3', label: 'Ít nhất 2/3 tổng số thành viên (mặc định)', share: 2 / 3 },
  { value: '1/2', label: 'Ít nhất 1/2 tổng số thành viên', share: 1 / 2 },
  { value: '3/4', label: 'Ít nhất 3/4 tổng số thành viên', share: 3 / 4 },
];

function PersonSearch({
  orgId,
  value,
  onChange,
  id,
}: {
  orgId?: string;
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
}) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const people = useQuery({
    queryKey: ['people', 'search', orgId, q],
    queryFn: () => api.get<Page<Person>>('/people', { q, orgId, pageSize: 20 }),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={(v: string) => {
        onChange?.(v);
        setText('');
      }}
      disabled={!orgId}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      placeholder={orgId ? 'Gõ họ tên để tìm (không cần dấu)' : 'Chọn Hội đồng trước'}
      loading={people.isFetching}
      notFoundContent={people.isFetching ? 'Đang tìm…' : 'Không tìm thấy trong đơn vị'}
      options={(people.data?.items ?? []).map((p) => ({
        value: p.id,
        label: p.fullName,
        detail: [p.position, p.orgName].filter(Boolean).join(' — '),
      }))}
      optionRender={(o) => (
        <div>
          <div>{o.label}</div>
          {o.data.detail ? <div className="muted candidate-detail">{o.data.detail}</div> : null}
        </div>
      )}
    />
  );
}

function RegisterModal({
  open,
  councils,
  onClose,
}: {
  open: boolean;
  councils: InitiativeCouncil[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<RegisterValues>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { problem, setProblem, clear } = useFormProblem();
  const councilId = Form.useWatch('councilId', form);
  const custom = Form.useWatch('custom', form);
  const council = councils.find((c) => c.id === councilId);
  useOnChange([open], () => {
    if (!open) return;
    clear();
    form.resetFields();
    form.setFieldsValue({
      scope: 'co_so',
      custom: false,
      share: '2/3',
      minAverage: 50,
      councilId: councils.length === 1 ? councils[0].id : undefined,
    });
  });
  const save = useMutation({
    mutationFn: (v: RegisterValues) =>
      api.post<InitiativeDetail>('/initiative-applications', {
        councilId: v.councilId,
        personId: v.personId,
        title: v.title,
        description: v.description,
        ...(v.appliedFrom ? { appliedFrom: toIso(v.appliedFrom) } : {}),
        scope: v.scope,
        ...(v.custom && v.criteria?.length ? { criteria: v.criteria } : {}),
        share: SHARES.find((s) => s.value === v.share)?.share ?? 2 / 3,
        minAverage: v.minAverage ?? null,
      }),
    onSuccess: async (d) => {
      await qc.invalidateQueries({ queryKey: INITIATIVES_KEY });
      void message.success('Đã đăng ký sáng kiến.');
      onClose();
      void navigate(`/sang-kien/${d.id}`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title="Đăng ký xét công nhận sáng kiến"
      okText="Đăng ký"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={760}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="initiative-register"
        layout="vertical"
        onValuesChange={(changed: Partial<RegisterValues>) => {
          clear();
          if (changed.councilId) form.setFieldValue('personId', undefined);
          if (changed.custom && !form.getFieldValue('criteria')?.length)
            form.setFieldValue('criteria', [
              { id: 'moi', label: 'Tính mới', maxPoints: 40 },
              { id: 'kha_thi', label: 'Tính khả thi, khả năng áp dụng', maxPoints: 30 },
              { id: 'hieu_qua', label: 'Hiệu quả, lợi ích mang lại', maxPoints: 30 },
            ]);
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="councilId" label="Hội đồng sáng kiến" rules={[{ required: true, message: 'Chọn Hội đồng.' }]}>
          <Select
            options={councils.map((c) => ({ value: c.id, label: `${c.name} — năm ${c.year}` }))}
            placeholder="Chọn Hội đồng"
            notFoundContent="Chưa có Hội đồng sáng kiến"
          />
        </Form.Item>
        <Form.Item
          name="personId"
          label="Tác giả"
          rules={[{ required: true, message: 'Chọn tác giả.' }]}
          extra={council ? `Người thuộc ${council.orgName}, tìm trong cơ sở dữ liệu cá nhân.` : undefined}
        >
          <PersonSearch orgId={council?.orgId} />
        </Form.Item>
        <Form.Item
          name="title"
          label="Tên sáng kiến"
          rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên sáng kiến.' }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="description"
          label="Mô tả, minh chứng"
          rules={[{ required: true, whitespace: true, message: 'Chưa nhập mô tả.' }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={20000}
            placeholder="Nội dung giải pháp, nơi áp dụng, hiệu quả, tài liệu minh chứng…"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="scope"
              label="Phạm vi ảnh hưởng đề nghị"
              rules={[{ required: true, message: 'Chọn phạm vi.' }]}
            >
              <Radio.Group optionType="button" options={optionsOf(INITIATIVE_SCOPE_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="appliedFrom" label="Áp dụng từ ngày">
              <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item name="share" label="Tỷ lệ biểu quyết cần đạt">
              <Select options={SHARES.map((s) => ({ value: s.value, label: s.label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="minAverage" label="Điểm bình quân tối thiểu" extra="Để trống nếu Hội đồng chỉ biểu quyết.">
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="custom"
          label="Tiêu chí chấm điểm riêng"
          valuePropName="checked"
          extra={custom ? undefined : 'Mặc định: Tính mới (40), Tính khả thi (30), Hiệu quả (30).'}
        >
          <Switch checkedChildren="Có" unCheckedChildren="Không" />
        </Form.Item>
        {custom && (
          <Form.List name="criteria">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Flex key={f.key} gap={8} wrap align="start">
                    <Form.Item
                      name={[f.name, 'id']}
                      rules={[{ required: true, whitespace: true, message: 'Nhập mã.' }]}
                      style={{ width: 110 }}
                    >
                      <Input maxLength={20} placeholder="Mã" aria-label={`Mã tiêu chí thứ ${i + 1}`} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'label']}
                      rules={[{ required: true, whitespace: true, message: 'Nhập nội dung.' }]}
                      style={{ flex: '1 1 240px' }}
                    >
                      <Input maxLength={200} placeholder="Tiêu chí" aria-label={`Nội dung tiêu chí thứ ${i + 1}`} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'maxPoints']}
                      rules={[{ required: true, message: 'Nhập điểm.' }]}
                      style={{ width: 110 }}
                    >
                      <InputNumber
                        min={1}
                        max={100}
                        placeholder="Tối đa"
                        aria-label={`Điểm tối đa của tiêu chí thứ ${i + 1}`}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => remove(f.name)}
                      aria-label={`Bỏ tiêu chí thứ ${i + 1}`}
                    />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add()} block>
                  Thêm tiêu chí
                </Button>
              </>
            )}
          </Form.List>
        )}
      </Form>
    </Modal>
  );
}

export function InitiativesPage() {
  useDocumentTitle('Sáng kiến');
  const { can } = useAuth();
  const manage = can('initiative.manage');
  const [modal, setModal] = useState<'council' | 'register' | null>(null);
  const paging = useServerPaging();
  const list = useQuery({
    queryKey: [...INITIATIVES_KEY, 'list', paging.query],
    queryFn: () => api.get<{ items: InitiativeListItem[]; total: number }>(`/initiative-applications?${paging.query}`),
  });
  const councils = useQuery({
    queryKey: COUNCILS_KEY,
    queryFn: () => api.get<{ items: InitiativeCouncil[] }>('/initiative-councils', { pageSize: 200 }),
  });
  if (list.isPending) return <PageSkeleton />;
  if (list.error) return <LoadError error={list.error} onRetry={() => list.refetch()} />;
  const toAssess = list.data.items.filter((i) => i.assessing).length;
  return (
    <>
      <PageHeader
        title="Sáng kiến"
        subtitle="Đăng ký, Hội đồng sáng kiến xét và công nhận; sáng kiến được công nhận được tính khi xét danh hiệu thi đua."
        actions={
          manage ? (
            <>
              <Button icon={<SolutionOutlined aria-hidden />} onClick={() => setModal('council')}>
                Thành lập Hội đồng sáng kiến
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal('register')}>
                Đăng ký sáng kiến
              </Button>
            </>
          ) : undefined
        }
      />
      {toAssess > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Có ${toAssess} sáng kiến đang được Hội đồng (có bạn là thành viên) xét: mở sáng kiến để chấm điểm, biểu quyết.`}
        />
      )}
      <Card title="Sáng kiến đăng ký xét công nhận" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey="id"
          dataSource={list.data.items}
          aria-label="Sáng kiến đăng ký xét công nhận"
          pagination={paging.pagination(list.data.total)}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có sáng kiến nào.' }}
          columns={[
            {
              title: 'Tên sáng kiến',
              dataIndex: 'title',
              render: (t: string, r) => (
                <span>
                  <Link to={`/sang-kien/${r.id}`}>{t}</Link>
                  {r.assessing && (
                    <Tag color="blue" style={{ marginInlineStart: 6 }}>
                      Bạn trong Hội đồng xét
                    </Tag>
                  )}
                </span>
              ),
            },
            { title: 'Tác giả', dataIndex: 'author', width: 180 },
            {
              title: 'Phạm vi',
              dataIndex: 'scope',
              width: 110,
              render: (s: InitiativeScope) => INITIATIVE_SCOPE_LABELS[s],
            },
            {
              title: 'Tình trạng',
              dataIndex: 'status',
              width: 170,
              render: (s: InitiativeListItem['status'], r) => <Tag color={STATUS_COLOURS[s]}>{r.statusLabel}</Tag>,
            },
            { title: 'Ngày quyết định', dataIndex: 'decidedOn', width: 130, render: fmtDate },
          ]}
        />
      </Card>
      <Card title="Hội đồng sáng kiến">
        {councils.isPending ? (
          <PageSkeleton />
        ) : councils.error ? (
          <LoadError error={councils.error} onRetry={() => councils.refetch()} />
        ) : councils.data.items.length === 0 ? (
          <Empty description="Chưa có Hội đồng sáng kiến." />
        ) : (
          <Row gutter={[16, 16]}>
            {councils.data.items.map((c) => (
              <Col key={c.id} xs={24} lg={12}>
                <Card
                  size="small"
                  title={`${c.name} — năm ${c.year}`}
                  extra={c.member ? <Tag color="blue">Bạn là thành viên</Tag> : undefined}
                >
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
                    {c.orgName}
                  </Typography.Paragraph>
                  <ul className="item-list">
                    {c.members.map((m) => (
                      <li key={m.userId}>
                        {m.fullName} <span className="muted">— {INITIATIVE_COUNCIL_ROLE_LABELS[m.role]}</span>
                      </li>
                    ))}
                  </ul>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Card>
      {manage && (
        <>
          <CouncilModal open={modal === 'council'} onClose={() => setModal(null)} />
          <RegisterModal
            open={modal === 'register'}
            councils={councils.data?.items ?? []}
            onClose={() => setModal(null)}
          />
        </>
      )}
    </>
  );
}

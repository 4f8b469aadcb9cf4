// /hoi-dong (the standing office): council meetings (create one for a round) and the councils
// themselves (members with their role in the council and their name and position as printed).
import { DeleteOutlined, EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Pagination,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { COUNCIL_ROLE_LABELS, type CouncilRole } from '../../../../src/domain/rounds/vocab';
import { api } from '../../ui/api';
import { DATE_FORMATS, fmtDate, fromIso, optionsOf, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useDebounced } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { MAX_PAGE_SIZE, useServerPaging } from '../../ui/paging';
import { MeetingStatusTag } from './parts';
import type {
  CandidateList,
  Council,
  CouncilList,
  Meeting,
  MeetingList,
  MeetingRow,
  RoundOption,
  RoundOptionList,
} from './types';

export const COUNCILS_KEY = ['councils'] as const;
export const MEETINGS_KEY = ['meetings'] as const;

export function CouncilsPage() {
  useDocumentTitle('Hội đồng Thi đua - Khen thưởng');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'hoi-dong' ? 'councils' : 'meetings';
  return (
    <>
      <PageHeader
        title="Hội đồng Thi đua - Khen thưởng"
        subtitle="Phiên họp xét khen thưởng, bỏ phiếu kín và thành viên Hội đồng"
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'councils' ? { tab: 'hoi-dong' } : {}, { replace: true })}
        items={[
          { key: 'meetings', label: 'Phiên họp', children: <MeetingsTab /> },
          { key: 'councils', label: 'Hội đồng và thành viên', children: <CouncilsTab /> },
        ]}
      />
    </>
  );
}

// ── Meetings ──

function MeetingsTab() {
  // One page of the meetings, newest first; the page lives in the address.
  const paging = useServerPaging();
  const meetings = useQuery({
    queryKey: [...MEETINGS_KEY, 'list', paging.query],
    queryFn: () => api.get<MeetingList>(`/meetings?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  const [creating, setCreating] = useState(false);
  if (meetings.error) return <LoadError error={meetings.error} onRetry={() => meetings.refetch()} />;
  const columns: TableColumnsType<MeetingRow> = [
    { title: 'Ngày họp', dataIndex: 'heldOn', width: 120, render: (d: string) => fmtDate(d) },
    {
      title: 'Đợt xét',
      dataIndex: 'roundName',
      render: (n: string, r) => <Link to={`/hoi-dong/phien-hop/${r.id}`}>{n}</Link>,
    },
    { title: 'Hội đồng', dataIndex: 'councilName', responsive: ['md'] },
    { title: 'Số nội dung', dataIndex: 'itemCount', width: 110, align: 'right' },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 190,
      render: (_: unknown, r) => <MeetingStatusTag status={r.status} label={r.statusLabel} />,
    },
  ];
  return (
    <Card
      title="Phiên họp"
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          Tạo phiên họp
        </Button>
      }
    >
      <Table
        rowKey="id"
        size="middle"
        loading={meetings.isFetching}
        dataSource={meetings.data?.items}
        columns={columns}
        pagination={paging.pagination(meetings.data?.total)}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty description="Chưa có phiên họp nào." /> }}
      />
      <MeetingCreateModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}

function MeetingCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const { problem, setProblem, clear } = useFormProblem();
  const navigate = useNavigate();
  const qc = useQueryClient();
  // The rounds are searched on the server (a province runs many); the chosen one is kept aside so
  // that a new search does not lose its organisation.
  const [roundSearch, setRoundSearch] = useState('');
  const roundTerm = useDebounced(roundSearch.trim());
  const rounds = useQuery({
    queryKey: ['meetings', 'rounds', roundTerm],
    queryFn: () =>
      api.get<RoundOptionList>('/meetings/rounds', { pageSize: 50, ...(roundTerm ? { q: roundTerm } : {}) }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const roundId = Form.useWatch('roundId', form);
  const [chosen, setRound] = useState<RoundOption | undefined>();
  const round = roundId && chosen?.id === roundId ? chosen : undefined;
  const councils = useQuery({
    queryKey: [...COUNCILS_KEY, 'of', round?.orgId],
    queryFn: () => api.get<CouncilList>('/councils', { orgId: round!.orgId, pageSize: MAX_PAGE_SIZE }),
    enabled: open && !!round,
  });
  const create = useMutation({
    mutationFn: (v: { roundId: string; councilId: string; heldOn: string | null; startsAt?: string; place: string }) =>
      api.post<Meeting>('/meetings', v),
    onSuccess: (m) => {
      void qc.invalidateQueries({ queryKey: MEETINGS_KEY });
      onClose();
      void navigate(`/hoi-dong/phien-hop/${m.id}`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title="Tạo phiên họp Hội đồng"
      okText="Tạo phiên họp"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onValuesChange={clear}
        onFinish={(v) =>
          create.mutate({
            roundId: v.roundId,
            councilId: v.councilId,
            heldOn: toIso(v.heldOn),
            ...(v.startsAt?.trim() ? { startsAt: v.startsAt.trim() } : {}),
            place: v.place,
          })
        }
      >
        <Form.Item name="roundId" label="Đợt xét khen thưởng" rules={[{ required: true, message: 'Chọn đợt xét.' }]}>
          <Select
            loading={rounds.isFetching}
            showSearch={{ filterOption: false, onSearch: setRoundSearch }}
            onChange={(id: string) => {
              setRound(rounds.data?.items.find((r) => r.id === id));
              form.setFieldValue('councilId', undefined);
            }}
            notFoundContent={rounds.isFetching ? 'Đang tìm…' : 'Không có đợt xét nào khớp.'}
            options={[
              ...(round && !rounds.data?.items.some((r) => r.id === round.id) ? [round] : []),
              ...(rounds.data?.items ?? []),
            ].map((r) => ({
              value: r.id,
              label: `${r.name} (${r.waiting} chờ Hội đồng xét)`,
            }))}
          />
        </Form.Item>
        <Form.Item name="councilId" label="Hội đồng" rules={[{ required: true, message: 'Chọn Hội đồng.' }]}>
          <Select
            loading={councils.isFetching}
            disabled={!roundId}
            placeholder={roundId ? undefined : 'Chọn đợt xét trước'}
            options={councils.data?.items.map((c) => ({
              value: c.id,
              label: `${c.name} (${c.members.length} thành viên)`,
            }))}
          />
        </Form.Item>
        <Form.Item name="heldOn" label="Ngày họp" rules={[{ required: true, message: 'Chọn ngày họp.' }]}>
          <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="startsAt"
          label="Giờ bắt đầu"
          extra="Chỉ mở bỏ phiếu được từ giờ này; biên bản ghi giờ mở và giờ kết thúc bỏ phiếu thực tế."
          rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/u, message: 'Giờ họp có dạng HH:MM, ví dụ 08:00.' }]}
        >
          <Input maxLength={5} placeholder="08:00" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="place"
          label="Địa điểm"
          rules={[{ required: true, whitespace: true, message: 'Nhập địa điểm họp.' }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          Danh sách trình Hội đồng gồm những người (tập thể) của đợt đã qua thẩm định, xếp theo đơn vị rồi theo tên; mỗi
          nội dung ghi tỷ lệ phiếu cần đạt theo quy định có hiệu lực vào ngày họp.
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}

// ── Councils ──

function CouncilsTab() {
  // One page of the councils, latest term first; the page lives in the address.
  const paging = useServerPaging();
  const councils = useQuery({
    queryKey: [...COUNCILS_KEY, 'list', paging.query],
    queryFn: () => api.get<CouncilList>(`/councils?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  const [editing, setEditing] = useState<Council | 'new' | null>(null);
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  if (councils.error) return <LoadError error={councils.error} onRetry={() => councils.refetch()} />;
  const onDelete = (c: Council) =>
    modal.confirm({
      title: `Xóa ${c.name}?`,
      content: 'Chỉ xóa được Hội đồng chưa có phiên họp.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          await api.del(`/councils/${c.id}`);
          void message.success('Đã xóa Hội đồng.');
          await qc.invalidateQueries({ queryKey: COUNCILS_KEY });
        } catch (e) {
          void message.error((e as Error).message);
        }
      },
    });
  return (
    <Card
      title="Hội đồng theo nhiệm kỳ"
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
          Thành lập Hội đồng
        </Button>
      }
    >
      {councils.isPending ? null : councils.data.items.length === 0 ? (
        <Empty description="Chưa có Hội đồng nào." />
      ) : (
        <Flex vertical gap={16}>
          {councils.data.items.map((c) => (
            <Card
              key={c.id}
              type="inner"
              title={c.name}
              extra={
                <Flex gap={8}>
                  <Button
                    icon={<EditOutlined aria-hidden />}
                    onClick={() => setEditing(c)}
                    aria-label={`Sửa ${c.name}`}
                  >
                    Sửa
                  </Button>
                  {c.meetingCount === 0 && (
                    <Button
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => onDelete(c)}
                      aria-label={`Xóa ${c.name}`}
                    />
                  )}
                </Flex>
              }
            >
              <Typography.Paragraph type="secondary">
                {c.orgName} · Nhiệm kỳ từ {fmtDate(c.termFrom)}
                {c.termTo ? ` đến ${fmtDate(c.termTo)}` : ''} · {c.members.length} thành viên · {c.meetingCount} phiên
                họp
              </Typography.Paragraph>
              <Table
                rowKey="userId"
                size="small"
                pagination={false}
                dataSource={c.members}
                columns={[
                  { title: 'TT', width: 50, render: (_: unknown, __: unknown, i: number) => i + 1 },
                  { title: 'Họ và tên', dataIndex: 'fullName' },
                  { title: 'Chức vụ', dataIndex: 'position', responsive: ['md'] },
                  {
                    title: 'Vai trò trong Hội đồng',
                    dataIndex: 'roleLabel',
                    width: 190,
                    render: (l: string) => <Tag>{l}</Tag>,
                  },
                ]}
              />
            </Card>
          ))}
          <Pagination {...paging.pagination(councils.data.total)} align="end" />
        </Flex>
      )}
      {editing && <CouncilModal council={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

interface MemberValue {
  userId?: string;
  role?: CouncilRole;
  fullName?: string;
  position?: string;
}

function CouncilModal({ council, onClose }: { council: Council | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const { problem, setProblem, clear } = useFormProblem();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const orgId = Form.useWatch('orgId', form) ?? council?.orgId;
  const candidates = useQuery({
    queryKey: ['councils', 'candidates', orgId],
    queryFn: () => api.get<CandidateList>('/councils/candidates', { orgId }),
    enabled: !!orgId,
  });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      council ? api.patch<Council>(`/councils/${council.id}`, v) : api.post<Council>('/councils', v),
    onSuccess: () => {
      void message.success(council ? 'Đã lưu Hội đồng.' : 'Đã thành lập Hội đồng.');
      void qc.invalidateQueries({ queryKey: COUNCILS_KEY });
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const onPick = (i: number, userId: string) => {
    const c = candidates.data?.items.find((x) => x.userId === userId);
    if (!c) return;
    const members = [...(form.getFieldValue('members') as MemberValue[])];
    members[i] = {
      ...members[i],
      userId,
      fullName: members[i]?.fullName || c.fullName,
      position: members[i]?.position || c.position,
    };
    form.setFieldValue('members', members);
  };
  return (
    <Modal
      open
      width={880}
      title={council ? `Sửa ${council.name}` : 'Thành lập Hội đồng Thi đua - Khen thưởng'}
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onValuesChange={clear}
        initialValues={
          council
            ? {
                name: council.name,
                termFrom: fromIso(council.termFrom),
                termTo: fromIso(council.termTo),
                members: council.members,
              }
            : { members: [{ role: 'chair' }] }
        }
        onFinish={(v) => {
          const members = (v.members as MemberValue[]).map((m) => ({
            userId: m.userId,
            role: m.role,
            fullName: m.fullName ?? '',
            position: m.position ?? '',
          }));
          const body = { name: v.name, termFrom: toIso(v.termFrom), termTo: toIso(v.termTo), members };
          save.mutate(council ? body : { ...body, orgId: v.orgId });
        }}
      >
        {!council && (
          <Form.Item name="orgId" label="Cơ quan, đơn vị" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
            <OrgTreeSelect hideClosed />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label="Tên Hội đồng"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên Hội đồng.' }]}
        >
          <Input maxLength={300} placeholder="Hội đồng Thi đua - Khen thưởng phường …" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="termFrom" label="Nhiệm kỳ từ ngày" rules={[{ required: true, message: 'Chọn ngày.' }]}>
            <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item name="termTo" label="Nhiệm kỳ đến ngày">
            <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Flex>
        <Typography.Text strong>Thành viên</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          Mỗi thành viên là một tài khoản của hệ thống. Là thành viên Hội đồng thì được bỏ phiếu tại các phiên họp của
          Hội đồng, kể cả Chủ tịch Hội đồng có vai trò “người ký”. Họ tên và chức vụ ghi như sẽ in trong biên bản.
        </Typography.Paragraph>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} wrap align="start">
                  <Form.Item
                    name={[f.name, 'userId']}
                    rules={[{ required: true, message: 'Chọn tài khoản.' }]}
                    style={{ flex: '1 1 200px', minWidth: 180 }}
                  >
                    <Select
                      aria-label={`Tài khoản thành viên thứ ${i + 1}`}
                      placeholder="Tài khoản"
                      showSearch={{ optionFilterProp: 'label' }}
                      loading={candidates.isFetching}
                      onChange={(v: string) => onPick(i, v)}
                      options={candidates.data?.items.map((c) => ({
                        value: c.userId,
                        label: `${c.fullName} (${c.username})`,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'role']}
                    rules={[{ required: true, message: 'Chọn vai trò.' }]}
                    style={{ width: 190 }}
                  >
                    <Select
                      aria-label={`Vai trò của thành viên thứ ${i + 1}`}
                      placeholder="Vai trò"
                      options={optionsOf(COUNCIL_ROLE_LABELS)}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'fullName']}
                    rules={[{ required: true, whitespace: true, message: 'Nhập họ tên.' }]}
                    style={{ flex: '1 1 160px' }}
                  >
                    <Input
                      aria-label={`Họ và tên in trong biên bản, thành viên thứ ${i + 1}`}
                      placeholder="Họ và tên"
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'position']} style={{ flex: '1 1 180px' }}>
                    <Input aria-label={`Chức vụ, thành viên thứ ${i + 1}`} placeholder="Chức vụ" />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(f.name)}
                    aria-label={`Bỏ thành viên thứ ${i + 1}`}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ role: 'member' })}>
                Thêm thành viên
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

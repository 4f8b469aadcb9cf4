import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { z } from 'zod';
import type { InspectionDetail } from '../../../../src/features/inspections/schema';
import { api } from '../../ui/api';
import { DATE_FORMATS, fmtDate, fromIso, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useDebounced } from '../../ui/hooks';
import { peopleKeys } from '../people/keys';

import type { Act } from './InspectionPage';

type Detail = z.output<typeof InspectionDetail>;
interface Person {
  id: string;
  fullName: string;
  orgName?: string | null;
}

const STATE_COLORS: Record<string, string> = { done: 'green', overdue: 'red', due_soon: 'orange', open: 'blue' };

export function RecordCard({ d, editable, onSave }: { d: Detail; editable: boolean; onSave: (b: unknown) => void }) {
  const [form] = Form.useForm();
  const { problem, setProblem } = useFormProblem();
  const leader = d.team.find((m) => m.role === 'leader');
  const others = d.team.filter((m) => m.role !== 'leader');
  if (!editable)
    return (
      <Card title="Biên bản kiểm tra" style={{ marginBottom: 16 }}>
        {d.findings ? (
          <>
            <Typography.Paragraph>
              <b>Đoàn kiểm tra:</b> {d.team.map((m) => `${m.name} (${m.roleLabel})`).join('; ')}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.findings}</Typography.Paragraph>
          </>
        ) : (
          <Typography.Text type="secondary">Chưa lập biên bản.</Typography.Text>
        )}
      </Card>
    );
  return (
    <Card title="Biên bản kiểm tra" style={{ marginBottom: 16 }}>
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          heldOn: fromIso(d.heldOn),
          place: d.place,
          leaderName: leader?.name,
          leaderPosition: leader?.position,
          members: others.map((m) => m.name).join('\n'),
          findings: d.findings,
          unitRepresentative: d.unitRepresentative,
        }}
        onFinish={(v) => {
          setProblem(null);
          try {
            onSave({
              heldOn: toIso(v.heldOn),
              place: v.place || null,
              team: [
                { name: v.leaderName, position: v.leaderPosition || null, role: 'leader' },
                ...String(v.members ?? '')
                  .split('\n')
                  .map((s: string) => s.trim())
                  .filter(Boolean)
                  .map((name: string) => ({ name, role: 'member' })),
              ],
              findings: v.findings,
              unitRepresentative: v.unitRepresentative || null,
            });
          } catch (e) {
            setProblem(applyApiError(form, e));
          }
        }}
      >
        <Space wrap>
          <Form.Item name="heldOn" label="Ngày kiểm tra" rules={[{ required: true, message: 'Chọn ngày.' }]}>
            <DatePicker format={DATE_FORMATS} />
          </Form.Item>
          <Form.Item name="place" label="Địa điểm">
            <Input style={{ width: 320 }} maxLength={300} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="leaderName" label="Trưởng đoàn" rules={[{ required: true, message: 'Nhập họ tên.' }]}>
            <Input style={{ width: 260 }} maxLength={200} />
          </Form.Item>
          <Form.Item name="leaderPosition" label="Chức vụ của Trưởng đoàn">
            <Input style={{ width: 320 }} maxLength={300} />
          </Form.Item>
        </Space>
        <Form.Item name="members" label="Thành viên đoàn (mỗi người một dòng)">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="unitRepresentative" label="Đại diện đơn vị được kiểm tra">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="findings" label="Kết quả kiểm tra" rules={[{ required: true, message: 'Nhập kết quả.' }]}>
          <Input.TextArea rows={5} maxLength={20000} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          Lưu biên bản
        </Button>
      </Form>
    </Card>
  );
}

export function RecommendationsCard({ d, following, act }: { d: Detail; following: boolean; act: Act }) {
  const [form] = Form.useForm();
  const [note, setNote] = useState<Record<string, string>>({});
  return (
    <Card title="Kiến nghị và theo dõi thực hiện" style={{ marginBottom: 16 }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={d.recommendations}
        locale={{ emptyText: 'Chưa có kiến nghị.' }}
        columns={[
          { title: 'Nội dung kiến nghị', dataIndex: 'text' },
          { title: 'Thời hạn', dataIndex: 'dueDate', render: fmtDate, width: 110 },
          {
            title: 'Tình trạng',
            key: 'state',
            width: 150,
            render: (_: unknown, r) => <Tag color={STATE_COLORS[r.state]}>{r.stateLabel}</Tag>,
          },
          {
            title: 'Theo dõi',
            key: 'follow',
            render: (_: unknown, r) =>
              r.doneOn || !following ? (
                <span style={{ whiteSpace: 'pre-wrap' }}>{r.followUp ?? '—'}</span>
              ) : (
                <Space.Compact style={{ width: '100%' }}>
                  <Input
                    aria-label="Kết quả thực hiện"
                    placeholder="Kết quả thực hiện"
                    value={note[r.id] ?? ''}
                    onChange={(e) => setNote({ ...note, [r.id]: e.target.value })}
                  />
                  <Button
                    disabled={!note[r.id]?.trim()}
                    onClick={() =>
                      act.mutate({
                        path: `/recommendations/${r.id}/follow-up`,
                        body: { followUp: note[r.id], doneOn: dayjs().format('YYYY-MM-DD') },
                      })
                    }
                  >
                    Đã thực hiện
                  </Button>
                </Space.Compact>
              ),
          },
        ]}
      />
      {following ? (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 12 }}
          onFinish={(v) => {
            act.mutate({ path: '/recommendations', body: { text: v.text, dueDate: toIso(v.dueDate) } });
            form.resetFields();
          }}
        >
          <Form.Item name="text" rules={[{ required: true, message: 'Nhập nội dung.' }]} style={{ minWidth: 320 }}>
            <Input placeholder="Nội dung kiến nghị" aria-label="Nội dung kiến nghị" maxLength={2000} />
          </Form.Item>
          <Form.Item name="dueDate" rules={[{ required: true, message: 'Chọn thời hạn.' }]}>
            <DatePicker format={DATE_FORMATS} placeholder="Thời hạn" aria-label="Thời hạn" />
          </Form.Item>
          <Button htmlType="submit">Thêm kiến nghị</Button>
        </Form>
      ) : null}
    </Card>
  );
}

export function ConclusionCard({ d, act }: { d: Detail; act: Act }) {
  const [form] = Form.useForm();
  const can = d.canManage && (d.status === 'conducted' || d.status === 'concluded');
  return (
    <Card title="Kết luận kiểm tra" style={{ marginBottom: 16 }}>
      {can ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ conclusion: d.conclusion }}
          onFinish={(v) => act.mutate({ path: '/conclusion', body: { conclusion: v.conclusion } })}
        >
          <Form.Item name="conclusion" rules={[{ required: true, message: 'Nhập kết luận.' }]}>
            <Input.TextArea rows={4} aria-label="Kết luận" maxLength={20000} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            Ban hành kết luận
          </Button>
        </Form>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          {d.conclusion ?? <Typography.Text type="secondary">Chưa có kết luận.</Typography.Text>}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

export function MattersCard({ d, following, act }: { d: Detail; following: boolean; act: Act }) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 300);
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const people = useQuery({
    queryKey: peopleKeys.pick(d.targetOrgId, q),
    queryFn: () => api.get<{ items: Person[] }>('/people', { orgId: d.targetOrgId, q, pageSize: 20 }),
    enabled: following,
  });
  return (
    <Card title="Xem xét trách nhiệm (tạm dừng xét khen thưởng)" style={{ marginBottom: 16 }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={d.matters}
        locale={{ emptyText: 'Không có trường hợp nào đang xem xét.' }}
        columns={[
          { title: 'Cá nhân, tập thể', dataIndex: 'name' },
          { title: 'Từ ngày', dataIndex: 'since', render: fmtDate, width: 110 },
          { title: 'Nội dung', dataIndex: 'note' },
          {
            title: 'Kết thúc',
            key: 'resolved',
            width: 160,
            render: (_: unknown, m) =>
              m.resolvedOn ? (
                fmtDate(m.resolvedOn)
              ) : following ? (
                <Button
                  size="small"
                  onClick={() => {
                    const text = window.prompt('Kết quả xem xét');
                    if (text?.trim()) act.mutate({ path: `/matters/${m.id}/resolve`, body: { note: text } });
                  }}
                >
                  Kết thúc xem xét
                </Button>
              ) : (
                <Tag color="red">Đang xem xét</Tag>
              ),
          },
        ]}
      />
      {following ? (
        <Space wrap style={{ marginTop: 12 }}>
          <Select
            mode="multiple"
            aria-label="Cá nhân"
            placeholder="Tìm cá nhân của đơn vị được kiểm tra"
            style={{ minWidth: 320 }}
            showSearch={{ filterOption: false, onSearch: setSearch }}
            value={picked}
            onChange={setPicked}
            options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
          />
          <Input
            placeholder="Lý do xem xét"
            aria-label="Lý do xem xét"
            style={{ width: 320 }}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button
            danger
            disabled={!picked.length || !note.trim()}
            onClick={() => {
              act.mutate({ path: '/matters', body: { personIds: picked, note } });
              setPicked([]);
              setNote('');
            }}
          >
            Tạm dừng xét khen thưởng
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}

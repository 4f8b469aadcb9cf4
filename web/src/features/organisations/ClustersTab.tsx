// Clusters and blocs (Cụm, Khối thi đua): members per year, the leader and deputy marked;
// officers found a cluster and set a year's members.
import { EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { CLUSTER_KIND_LABELS, type ClusterKind, type ClusterRole } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { optionsOf } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useOnChange } from '../../ui/hooks';
import { OrgTreeSelect, useOrganisations } from '../../ui/orgs';
import { ButtonLink, LoadError, PageSkeleton } from '../../ui/page';
import type { Cluster } from '../../ui/types';
import { ROLE_COLOURS } from './OrgDetail';

const CLUSTERS_KEY = ['clusters'] as const;

export function roleLabel(kind: ClusterKind, role: ClusterRole): string {
  const head = kind === 'cum' ? 'Cụm' : 'Khối';
  return role === 'leader' ? `${head} trưởng` : role === 'deputy' ? `${head} phó` : 'Thành viên';
}

const ROLE_ORDER: Record<ClusterRole, number> = { leader: 0, deputy: 1, member: 2 };

function ClusterCard({ cluster, onEdit }: { cluster: Cluster; onEdit?: (year: number) => void }) {
  const { index } = useOrganisations();
  const years = useMemo(() => [...new Set(cluster.members.map((m) => m.year))].sort((a, b) => b - a), [cluster]);
  const [year, setYear] = useState<number | undefined>(years[0]);
  useEffect(() => {
    if (year === undefined || !years.includes(year)) setYear(years[0]);
  }, [years, year]);
  const members = cluster.members
    .filter((m) => m.year === year)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const selectId = `cluster-year-${cluster.id}`;
  return (
    <Card
      title={
        <Flex vertical style={{ whiteSpace: 'normal' }}>
          <span>{cluster.name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
            {CLUSTER_KIND_LABELS[cluster.kind]} · Mã {cluster.code} · Tổ chức:{' '}
            {index.label(cluster.organiserOrgId) || '—'}
          </Typography.Text>
        </Flex>
      }
      style={{ height: '100%' }}
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <label htmlFor={selectId}>Năm</label>
        {years.length ? (
          <Select
            id={selectId}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        ) : (
          <Typography.Text type="secondary">chưa có</Typography.Text>
        )}
        {onEdit && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(year ?? new Date().getFullYear())}>
            Cập nhật thành viên
          </Button>
        )}
        {year !== undefined && (
          <ButtonLink
            to={`/cum-thi-dua/${cluster.id}/${year}`}
            aria-label={`Giao ước, chấm điểm ${cluster.name} năm ${year}`}
          >
            Giao ước, chấm điểm năm {year}
          </ButtonLink>
        )}
      </Flex>
      <Table
        size="small"
        rowKey="orgId"
        pagination={false}
        dataSource={members}
        locale={{ emptyText: 'Chưa có thành viên trong năm này.' }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'orgName' },
          {
            title: 'Vai trò',
            dataIndex: 'role',
            width: 140,
            render: (r: ClusterRole) => <Tag color={ROLE_COLOURS[r]}>{roleLabel(cluster.kind, r)}</Tag>,
          },
        ]}
      />
    </Card>
  );
}

interface ClusterValues {
  kind: ClusterKind;
  code: string;
  name: string;
  organiserOrgId: string;
}

function NewClusterModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<ClusterValues>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  useOnChange([open], () => {
    if (open) {
      clear();
      form.resetFields();
    }
  });
  const save = useMutation({
    mutationFn: (v: ClusterValues) => api.post('/clusters', v),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: CLUSTERS_KEY });
      void message.success('Đã thành lập cụm, khối thi đua.');
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title="Thành lập cụm, khối thi đua"
      okText="Thành lập"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="cluster-new"
        layout="vertical"
        initialValues={{ kind: 'cum' }}
        onFinish={(v) => {
          clear();
          save.mutate(v);
        }}
      >
        <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Chọn loại.' }]}>
          <Select options={optionsOf(CLUSTER_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="code" label="Mã" rules={[{ required: true, whitespace: true, message: 'Chưa nhập mã.' }]}>
          <Input maxLength={50} placeholder="Ví dụ: CUM06" />
        </Form.Item>
        <Form.Item name="name" label="Tên" rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên.' }]}>
          <Input maxLength={300} placeholder="Ví dụ: Cụm thi đua số 06" />
        </Form.Item>
        <Form.Item
          name="organiserOrgId"
          label="Cơ quan tổ chức, theo dõi"
          rules={[{ required: true, message: 'Chọn cơ quan tổ chức.' }]}
        >
          <OrgTreeSelect hideClosed />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface YearValues {
  year: number;
  members: { orgId?: string; role: ClusterRole }[];
}

function ClusterYearModal({ cluster, year, onClose }: { cluster: Cluster | null; year: number; onClose: () => void }) {
  const [form] = Form.useForm<YearValues>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  useOnChange([cluster, year], () => {
    if (!cluster) return;
    clear();
    const current = cluster.members
      .filter((m) => m.year === year)
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
    form.setFieldsValue({
      year,
      members: current.length
        ? current.map((m) => ({ orgId: m.orgId, role: m.role }))
        : [{ role: 'leader' }, { role: 'deputy' }, { role: 'member' }],
    });
  });
  const save = useMutation({
    mutationFn: (v: YearValues) =>
      api.put(`/clusters/${cluster!.id}/years`, { year: v.year, members: v.members.filter((m) => m.orgId) }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: CLUSTERS_KEY });
      await qc.invalidateQueries({ queryKey: ['organisation'] });
      void message.success('Đã cập nhật thành viên.');
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const kind = cluster?.kind ?? 'cum';
  return (
    <Modal
      open={!!cluster}
      title={cluster ? `Thành viên "${cluster.name}"` : ''}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={720}
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="cluster-year"
        layout="vertical"
        onFinish={(v) => {
          clear();
          save.mutate(v);
        }}
      >
        <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Chưa nhập năm.' }]}>
          <InputNumber min={2000} max={2100} style={{ width: 140 }} />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          Mỗi năm có đúng một {kind === 'cum' ? 'Cụm trưởng' : 'Khối trưởng'} và nhiều nhất một{' '}
          {kind === 'cum' ? 'Cụm phó' : 'Khối phó'}.
        </Typography.Paragraph>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Row key={f.key} gutter={8} align="top" wrap={false}>
                  <Col flex="auto" style={{ minWidth: 0 }}>
                    <Form.Item
                      name={[f.name, 'orgId']}
                      label={i === 0 ? 'Đơn vị' : undefined}
                      rules={[{ required: true, message: 'Chọn đơn vị.' }]}
                    >
                      <OrgTreeSelect hideClosed aria-label={`Đơn vị thứ ${i + 1}`} />
                    </Form.Item>
                  </Col>
                  <Col flex="150px">
                    <Form.Item name={[f.name, 'role']} label={i === 0 ? 'Vai trò' : undefined}>
                      <Select
                        aria-label={`Vai trò của đơn vị thứ ${i + 1}`}
                        options={(['leader', 'deputy', 'member'] as ClusterRole[]).map((r) => ({
                          value: r,
                          label: roleLabel(kind, r),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="40px" style={{ paddingTop: i === 0 ? 30 : 0 }}>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => remove(f.name)}
                      aria-label={`Bỏ đơn vị thứ ${i + 1}`}
                    />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ role: 'member' })} block>
                Thêm đơn vị
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

export function ClustersTab() {
  const { can } = useAuth();
  const q = useQuery({ queryKey: CLUSTERS_KEY, queryFn: () => api.get<{ items: Cluster[] }>('/clusters') });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<{ cluster: Cluster; year: number } | null>(null);
  const manage = can('org.manage');
  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const items = q.data.items;
  return (
    <>
      {manage && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            Thành lập cụm, khối
          </Button>
        </Flex>
      )}
      {items.length === 0 ? (
        <Card>
          <Empty description="Chưa có cụm, khối thi đua nào trong phạm vi bạn được xem." />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((c) => (
            <Col key={c.id} xs={24} xl={12}>
              <ClusterCard cluster={c} onEdit={manage ? (year) => setEditing({ cluster: c, year }) : undefined} />
            </Col>
          ))}
        </Row>
      )}
      <NewClusterModal open={creating} onClose={() => setCreating(false)} />
      <ClusterYearModal
        cluster={editing?.cluster ?? null}
        year={editing?.year ?? new Date().getFullYear()}
        onClose={() => setEditing(null)}
      />
    </>
  );
}

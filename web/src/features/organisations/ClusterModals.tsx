// The clusters tab's modal forms: found a cluster (cụm) or bloc (khối), and set its members for a year.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { CLUSTER_KIND_LABELS, type ClusterKind, type ClusterRole } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { optionsOf } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect } from '../../ui/orgs';
import type { Cluster } from '../../ui/types';
import { ROLE_ORDER, roleLabel } from './cluster-roles';
import { clusterKeys, organisationKeys } from './keys';

interface ClusterValues {
  kind: ClusterKind;
  code: string;
  name: string;
  organiserOrgId: string;
}

export function NewClusterModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<ClusterValues>({
    open,
    submit: (v) => api.post('/clusters', v),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: clusterKeys.all });
      void message.success('Đã thành lập cụm, khối thi đua.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Thành lập cụm, khối thi đua"
      okText="Thành lập"
      name="cluster-new"
      formProps={{ initialValues: { kind: 'cum' } }}
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
    </FormModal>
  );
}

interface YearValues {
  year: number;
  members: { orgId?: string; role: ClusterRole }[];
}

export function ClusterYearModal({
  cluster,
  year,
  onClose,
}: {
  cluster: Cluster | null;
  year: number;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<YearValues>({
    open: !!cluster,
    subject: cluster,
    initialValues: () => {
      if (!cluster) return undefined;
      const current = cluster.members
        .filter((m) => m.year === year)
        .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
      return {
        year,
        members: current.length
          ? current.map((m) => ({ orgId: m.orgId, role: m.role }))
          : [{ role: 'leader' }, { role: 'deputy' }, { role: 'member' }],
      };
    },
    submit: (v) =>
      api.put(`/clusters/${cluster!.id}/years`, { year: v.year, members: v.members.filter((m) => m.orgId) }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: clusterKeys.all });
      await qc.invalidateQueries({ queryKey: organisationKeys.details });
      void message.success('Đã cập nhật thành viên.');
      onClose();
    },
  });
  const kind = cluster?.kind ?? 'cum';
  return (
    <FormModal
      state={state}
      open={!!cluster}
      onClose={onClose}
      title={cluster ? `Thành viên "${cluster.name}"` : ''}
      okText="Lưu"
      width={720}
      name="cluster-year"
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
    </FormModal>
  );
}

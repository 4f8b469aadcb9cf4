// Setting up a unit's initiative council for a year: its name and members (accounts) with their
// roles — at least three, exactly one chair.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { optionsOf } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect } from '../../ui/orgs';
import { councilKeys } from '../councils/keys';
import { accountCandidatesKey, initiativeKeys } from './keys';
import { INITIATIVE_COUNCIL_ROLE_LABELS, type InitiativeCouncilRole } from './types';

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

export function CouncilModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<CouncilValues, { id: string }>({
    open,
    initialValues: () => ({
      year: new Date().getFullYear(),
      members: [{ role: 'chair' }, { role: 'secretary' }, { role: 'member' }],
    }),
    submit: (v) =>
      api.post<{ id: string }>('/initiative-councils', { ...v, members: v.members.filter((m) => m.userId) }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: initiativeKeys.councils() });
      void message.success('Đã thành lập Hội đồng sáng kiến.');
      onClose();
    },
  });
  const orgId = Form.useWatch('orgId', state.form);
  // Accounts that may sit on a council of the unit: the office's council candidates (officers
  // who run rounds may list them), or, for an administrator, every account.
  const viaCouncils = can('round.manage');
  const candidates = useQuery({
    queryKey: councilKeys.candidates(orgId),
    queryFn: () => api.get<{ items: Candidate[] }>('/councils/candidates', { orgId }),
    enabled: open && viaCouncils && !!orgId,
  });
  const users = useQuery({
    queryKey: accountCandidatesKey,
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
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Thành lập Hội đồng sáng kiến"
      okText="Thành lập"
      width={720}
      name="initiative-council"
      formProps={{ onValuesChange: state.clear }}
      intro={
        !viaCouncils &&
        !can('users.manage') && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title="Tài khoản của bạn không xem được danh sách tài khoản để chọn thành viên Hội đồng."
          />
        )
      }
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
    </FormModal>
  );
}

// Setting up a council (or editing one): the body, the name, the term and the members — each an
// account with a role in the council and the name and position printed in the minutes.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { COUNCIL_ROLE_LABELS, type CouncilRole } from '../../../../src/domain/rounds/vocab';
import { api } from '../../ui/api';
import { DATE_FORMATS, fromIso, optionsOf, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect } from '../../ui/orgs';
import { councilKeys } from './keys';
import type { CandidateList, Council } from './types';

interface MemberValue {
  userId?: string;
  role?: CouncilRole;
  fullName?: string;
  position?: string;
}

interface CouncilValues {
  orgId?: string;
  name: string;
  termFrom: Dayjs | null;
  termTo?: Dayjs | null;
  members: MemberValue[];
}

export function CouncilModal({ council, onClose }: { council: Council | null; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const state = useFormModal<CouncilValues, Council>({
    open: true,
    initialValues: () =>
      council
        ? {
            name: council.name,
            termFrom: fromIso(council.termFrom),
            termTo: fromIso(council.termTo),
            members: council.members,
          }
        : { members: [{ role: 'chair' }] },
    submit: (v) => {
      const members = v.members.map((m) => ({
        userId: m.userId,
        role: m.role,
        fullName: m.fullName ?? '',
        position: m.position ?? '',
      }));
      const body = { name: v.name, termFrom: toIso(v.termFrom), termTo: toIso(v.termTo), members };
      return council
        ? api.patch<Council>(`/councils/${council.id}`, body)
        : api.post<Council>('/councils', { ...body, orgId: v.orgId });
    },
    onSuccess: () => {
      void message.success(council ? 'Đã lưu Hội đồng.' : 'Đã thành lập Hội đồng.');
      void qc.invalidateQueries({ queryKey: councilKeys.all });
      onClose();
    },
  });
  const { form } = state;
  const orgId = Form.useWatch('orgId', form) ?? council?.orgId;
  const candidates = useQuery({
    queryKey: councilKeys.candidates(orgId),
    queryFn: () => api.get<CandidateList>('/councils/candidates', { orgId }),
    enabled: !!orgId,
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
    <FormModal
      state={state}
      open
      onClose={onClose}
      width={880}
      title={council ? `Sửa ${council.name}` : 'Thành lập Hội đồng Thi đua - Khen thưởng'}
      okText="Lưu"
      name="council"
      formProps={{ onValuesChange: state.clear }}
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
        Mỗi thành viên là một tài khoản của hệ thống. Là thành viên Hội đồng thì được bỏ phiếu tại các phiên họp của Hội
        đồng, kể cả Chủ tịch Hội đồng có vai trò “người ký”. Họ tên và chức vụ ghi như sẽ in trong biên bản.
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
                  <Input aria-label={`Họ và tên in trong biên bản, thành viên thứ ${i + 1}`} placeholder="Họ và tên" />
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
    </FormModal>
  );
}

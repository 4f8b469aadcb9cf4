// The person page's two modal forms: edit the details (with a reason for the audit) and move the
// person to another unit.
import { useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../ui/api';
import { DATE_FORMATS, EMPTY, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect } from '../../ui/orgs';
import type { Person } from '../../ui/types';
import { peopleKeys, personKeys } from './keys';
import { personBody, personInitialValues, PersonFormFields, type PersonValues } from './PersonFormFields';

/** After a change to one person: their record and every list of people. */
function usePersonChanged(id: string) {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: personKeys.detail(id) });
    await qc.invalidateQueries({ queryKey: peopleKeys.all });
  };
}

export function EditPersonModal({ person, open, onClose }: { person: Person; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const changed = usePersonChanged(person.id);
  const state = useFormModal<PersonValues, Person>({
    open,
    initialValues: () => personInitialValues(person),
    submit: (v) => api.patch<Person>(`/people/${person.id}`, { ...personBody(v), reason: v.reason?.trim() || null }),
    onSuccess: async () => {
      await changed();
      void message.success('Đã lưu thay đổi.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title={`Sửa thông tin — ${person.fullName}`}
      okText="Lưu thay đổi"
      width={640}
      name="person-edit"
    >
      <PersonFormFields mode="edit" />
    </FormModal>
  );
}

interface MoveValues {
  orgId: string;
  fromDate: Dayjs;
  position?: string;
  reason?: string;
}

export function MovePersonModal({ person, open, onClose }: { person: Person; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const changed = usePersonChanged(person.id);
  const state = useFormModal<MoveValues>({
    open,
    initialValues: () => ({ position: person.position ?? '' }),
    submit: (v) =>
      api.post(`/people/${person.id}/move`, {
        orgId: v.orgId,
        fromDate: toIso(v.fromDate),
        position: v.position?.trim() || null,
        reason: v.reason?.trim() || null,
      }),
    onSuccess: async () => {
      await changed();
      void message.success('Đã ghi nhận chuyển công tác.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title={`Chuyển công tác — ${person.fullName}`}
      okText="Chuyển công tác"
      width={600}
      name="person-move"
    >
      <Typography.Paragraph type="secondary">
        Đơn vị hiện tại: {person.orgName ?? EMPTY}. Quá trình công tác cũ kết thúc vào ngày trước ngày chuyển.
      </Typography.Paragraph>
      <Form.Item name="orgId" label="Đơn vị mới" rules={[{ required: true, message: 'Chọn đơn vị mới.' }]}>
        <OrgTreeSelect hideClosed />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="fromDate" label="Từ ngày" rules={[{ required: true, message: 'Chưa chọn ngày chuyển.' }]}>
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="position" label="Chức vụ ở đơn vị mới">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="reason" label="Lý do">
        <Input.TextArea rows={2} maxLength={500} placeholder="Ví dụ: Quyết định điều động số …" />
      </Form.Item>
    </FormModal>
  );
}

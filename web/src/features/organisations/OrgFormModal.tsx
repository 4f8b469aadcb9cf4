// Add a unit under another one, or edit a unit (with the reason for the change).
import { useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ORG_TYPE_LABELS, type OrgType } from '../../../../src/domain/registry/vocab';
import { TDKT_OFFICE_KINDS, TDKT_OFFICE_LABELS, type TdktOfficeKind } from '../../../../src/domain/reports/forms';
import { api } from '../../ui/api';
import { DATE_FORMATS, fromIso, optionsOf, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import type { Organisation } from '../../ui/types';
import { organisationKeys } from './keys';

interface Values {
  type: OrgType;
  code: string;
  name: string;
  shortName?: string;
  address?: string;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
  tdktOffice?: TdktOfficeKind | null;
  reason?: string;
}

/** The server sends the TĐKT office kind (biểu 0604) with every organisation. */
const tdktOfficeOf = (o: Organisation) =>
  (o as Organisation & { tdktOffice?: TdktOfficeKind | null }).tdktOffice ?? null;

type Props =
  | { mode: 'create'; parent: Organisation; open: boolean; onClose: () => void; onSaved: (org: Organisation) => void }
  | { mode: 'edit'; org: Organisation; open: boolean; onClose: () => void; onSaved: (org: Organisation) => void };

/** A sensible type for a new unit directly under the province; elsewhere the user chooses. */
const childType = (parent: Organisation): OrgType | undefined =>
  parent.type === 'province' ? 'provincial_agency' : undefined;

export function OrgFormModal(props: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const editing = props.mode === 'edit' ? props.org : null;

  const state = useFormModal<Values, Organisation>({
    open: props.open,
    initialValues: () =>
      editing
        ? {
            type: editing.type,
            code: editing.code,
            name: editing.name,
            shortName: editing.shortName ?? '',
            address: editing.address ?? '',
            effectiveFrom: fromIso(editing.effectiveFrom),
            effectiveTo: fromIso(editing.effectiveTo),
            tdktOffice: tdktOfficeOf(editing),
          }
        : props.mode === 'create'
          ? { code: `${props.parent.code}.`, type: childType(props.parent) }
          : undefined,
    submit: (v) => {
      const common = {
        type: v.type,
        code: v.code.trim(),
        name: v.name,
        shortName: v.shortName?.trim() || null,
        address: v.address?.trim() || null,
      };
      if (editing) {
        return api.patch<Organisation>(`/organisations/${editing.id}`, {
          ...common,
          effectiveFrom: toIso(v.effectiveFrom) ?? undefined,
          effectiveTo: toIso(v.effectiveTo),
          tdktOffice: v.tdktOffice ?? null,
          reason: v.reason?.trim() || null,
        });
      }
      const parent = props.mode === 'create' ? props.parent : null;
      return api.post<Organisation>('/organisations', {
        ...common,
        parentId: parent!.id,
        ...(v.effectiveFrom ? { effectiveFrom: toIso(v.effectiveFrom) } : {}),
      });
    },
    onSuccess: async (org) => {
      await qc.invalidateQueries({ queryKey: organisationKeys.all });
      await qc.invalidateQueries({ queryKey: organisationKeys.details });
      void message.success(editing ? `Đã lưu thay đổi của "${org.name}".` : `Đã thêm "${org.name}".`);
      props.onSaved(org);
    },
  });

  const title = props.mode === 'create' ? `Thêm đơn vị trực thuộc "${props.parent.name}"` : `Sửa "${props.org.name}"`;

  return (
    <FormModal
      state={state}
      open={props.open}
      onClose={props.onClose}
      title={title}
      okText={editing ? 'Lưu thay đổi' : 'Thêm đơn vị'}
      width={640}
      name={`org-${props.mode}`}
    >
      <Form.Item
        name="name"
        label="Tên đơn vị"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên đơn vị.' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="code"
            label="Mã đơn vị"
            extra="Chữ không dấu, số và các ký tự . _ -"
            rules={[
              { required: true, whitespace: true, message: 'Chưa nhập mã.' },
              { pattern: /^[A-Za-z0-9._-]+$/, message: 'Mã chỉ gồm chữ không dấu, số và các ký tự . _ -' },
            ]}
          >
            <Input maxLength={50} spellCheck={false} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="type" label="Loại đơn vị" rules={[{ required: true, message: 'Chọn loại đơn vị.' }]}>
            <Select
              options={optionsOf(ORG_TYPE_LABELS)}
              placeholder="Chọn loại"
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="shortName" label="Tên viết tắt">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="effectiveFrom" label="Ngày hiệu lực" extra={editing ? undefined : 'Bỏ trống là hôm nay.'}>
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label="Địa chỉ">
        <Input maxLength={300} />
      </Form.Item>
      {editing && (
        <>
          <Form.Item
            name="effectiveTo"
            label="Ngày hết hiệu lực"
            extra="Chỉ điền khi đơn vị giải thể hoặc thôi hoạt động."
          >
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item
            name="tdktOffice"
            label="Tổ chức làm công tác thi đua, khen thưởng"
            extra="Dùng cho biểu 0604.N/BNV-TĐKT; bỏ trống nếu đơn vị không phải là tổ chức làm công tác thi đua, khen thưởng."
          >
            <Select
              allowClear
              placeholder="Không phải"
              options={TDKT_OFFICE_KINDS.map((k) => ({ value: k, label: TDKT_OFFICE_LABELS[k] }))}
            />
          </Form.Item>
          <Form.Item name="reason" label="Lý do" extra="Ghi vào nhật ký hệ thống.">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

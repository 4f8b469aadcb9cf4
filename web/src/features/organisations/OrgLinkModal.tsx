// Record that units were merged (or split, renamed, transferred) into the selected unit. The old
// units keep their history; people's records stay attached.
import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { ORG_LINK_KIND_LABELS, type OrgLinkKind } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { DATE_FORMATS, optionsOf, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect } from '../../ui/orgs';
import type { Organisation } from '../../ui/types';
import { organisationKeys } from './keys';

interface Values {
  kind: OrgLinkKind;
  fromOrgIds: string[];
  effectiveDate: Dayjs;
  decisionRef?: string;
  note?: string;
}

export function OrgLinkModal({ target, open, onClose }: { target: Organisation; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();

  const notTarget = useCallback((o: Organisation) => o.id !== target.id, [target.id]);

  const state = useFormModal<Values, unknown>({
    open: open,
    submit: (v) =>
      api.post('/organisation-links', {
        kind: v.kind,
        fromOrgIds: v.fromOrgIds,
        toOrgId: target.id,
        effectiveDate: toIso(v.effectiveDate),
        decisionRef: v.decisionRef?.trim() || null,
        note: v.note?.trim() || null,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: organisationKeys.all });
      await qc.invalidateQueries({ queryKey: organisationKeys.details });
      void message.success('Đã ghi nhận.');
      onClose();
    },
  });

  return (
    <FormModal
      state={state}
      open={open}
      title={`Ghi nhận sáp nhập vào "${target.name}"`}
      okText="Ghi nhận"
      onClose={onClose}
      width={640}
      name="org-link"
      formProps={{ initialValues: { kind: 'merge' } }}
    >
      <Form.Item name="kind" label="Hình thức" rules={[{ required: true, message: 'Chọn hình thức.' }]}>
        <Select options={optionsOf(ORG_LINK_KIND_LABELS)} />
      </Form.Item>
      <Form.Item
        name="fromOrgIds"
        label="Đơn vị cũ"
        extra={`Các đơn vị được sáp nhập vào "${target.name}". Đơn vị cũ sẽ hết hiệu lực từ ngày trước ngày hiệu lực.`}
        rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một đơn vị cũ.' }]}
      >
        <OrgTreeSelect multiple selectable={notTarget} placeholder="Chọn một hoặc nhiều đơn vị" />
      </Form.Item>
      <Form.Item
        name="effectiveDate"
        label="Ngày hiệu lực"
        rules={[{ required: true, message: 'Chưa chọn ngày hiệu lực.' }]}
      >
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item name="decisionRef" label="Văn bản (số, ngày, cơ quan ban hành)">
        <Input maxLength={300} placeholder="Ví dụ: Nghị quyết số 1661/NQ-UBTVQH15 ngày 16/6/2025" />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

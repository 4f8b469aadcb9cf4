// Writing the covenant (targets, how it is carried out, its bases) and recording a member's signature.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../ui/api';
import { DATE_FORMATS, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { clusterYearKeys } from './keys';
import type { ClusterYear } from './types';

interface CovenantValues {
  targets: { group: string; items: string[] }[];
  implementation: string[];
  bases: string[];
}

const EXAMPLE: CovenantValues = {
  targets: [{ group: 'Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', items: [''] }],
  implementation: [''],
  bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
};

function TextList({
  name,
  label,
  add,
  placeholder,
}: {
  name: string;
  label: string;
  add: string;
  placeholder: string;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add: push, remove }) => (
        <fieldset className="cs-fieldset">
          <legend>{label}</legend>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} align="start">
              <Form.Item name={f.name} style={{ flex: 1, marginBottom: 8 }}>
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={2000}
                  placeholder={placeholder}
                  aria-label={`${label} — dòng ${i + 1}`}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined aria-hidden />}
                onClick={() => remove(f.name)}
                aria-label={`Bỏ dòng ${i + 1} của ${label.toLowerCase()}`}
              />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => push('')}>
            {add}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

export function CovenantModal({ data, open, onClose }: { data: ClusterYear; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<CovenantValues, ClusterYear>({
    open,
    initialValues: () => {
      const c = data.covenant;
      return c ? { targets: c.targets, implementation: c.implementation, bases: c.bases } : EXAMPLE;
    },
    submit: (v) =>
      api.put<ClusterYear>(`/clusters/${data.cluster.id}/years/${data.year}/covenant`, {
        targets: (v.targets ?? []).map((g) => ({
          group: g.group ?? '',
          items: (g.items ?? []).filter((s) => s?.trim()),
        })),
        implementation: (v.implementation ?? []).filter((s) => s?.trim()),
        bases: (v.bases ?? []).filter((s) => s?.trim()),
      }),
    onSuccess: (d) => {
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      void message.success('Đã lưu giao ước thi đua.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title={`Giao ước thi đua năm ${data.year}`}
      okText="Lưu giao ước"
      width={820}
      name="covenant"
      formProps={{ onValuesChange: state.clear }}
    >
      <Form.List name="targets">
        {(groups, { add, remove }) => (
          <fieldset className="cs-fieldset">
            <legend>Nhóm chỉ tiêu, nhiệm vụ thi đua</legend>
            {groups.map((g, gi) => (
              <div key={g.key} className="cs-group">
                <Flex gap={8} align="start">
                  <Form.Item
                    name={[g.name, 'group']}
                    label={`Nhóm ${gi + 1}`}
                    rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên nhóm.' }]}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <Input maxLength={300} placeholder="Ví dụ: Thực hiện nhiệm vụ chính trị" />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(g.name)}
                    aria-label={`Bỏ nhóm ${gi + 1}`}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
                <Form.List name={[g.name, 'items']}>
                  {(items, { add: addItem, remove: removeItem }) => (
                    <div className="cs-group-items">
                      {items.map((it, ii) => (
                        <Flex key={it.key} gap={8} align="start">
                          <Form.Item
                            name={it.name}
                            style={{ flex: 1, marginBottom: 8 }}
                            rules={[{ required: true, whitespace: true, message: 'Chưa nhập chỉ tiêu.' }]}
                          >
                            <Input.TextArea
                              autoSize={{ minRows: 1, maxRows: 4 }}
                              maxLength={1000}
                              placeholder="Chỉ tiêu, nhiệm vụ"
                              aria-label={`Chỉ tiêu ${ii + 1} của nhóm ${gi + 1}`}
                            />
                          </Form.Item>
                          <Button
                            type="text"
                            icon={<MinusCircleOutlined aria-hidden />}
                            onClick={() => removeItem(it.name)}
                            aria-label={`Bỏ chỉ tiêu ${ii + 1} của nhóm ${gi + 1}`}
                          />
                        </Flex>
                      ))}
                      <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => addItem('')}>
                        Thêm chỉ tiêu vào nhóm {gi + 1}
                      </Button>
                    </div>
                  )}
                </Form.List>
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ group: '', items: [''] })}>
              Thêm nhóm chỉ tiêu
            </Button>
          </fieldset>
        )}
      </Form.List>
      <TextList
        name="implementation"
        label="Tổ chức thực hiện"
        add="Thêm nội dung thực hiện"
        placeholder="Ví dụ: Các đơn vị tự chấm điểm, gửi Cụm trưởng trước ngày 30/11"
      />
      <TextList name="bases" label="Căn cứ" add="Thêm căn cứ" placeholder="Căn cứ Luật, Nghị định, Kế hoạch…" />
    </FormModal>
  );
}

interface SignValues {
  signerName: string;
  position: string;
  signedOn: Dayjs;
}

export function SignModal({ data, orgId, onClose }: { data: ClusterYear; orgId: string | null; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const member = data.members.find((m) => m.orgId === orgId);
  const state = useFormModal<SignValues, ClusterYear>({
    open: !!orgId,
    subject: orgId,
    submit: (v) =>
      api.post<ClusterYear>(`/clusters/${data.cluster.id}/years/${data.year}/covenant/sign`, {
        orgId,
        signerName: v.signerName,
        position: v.position,
        signedOn: toIso(v.signedOn),
      }),
    onSuccess: (d) => {
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      void message.success(`Đã ghi nhận ${member?.name ?? 'đơn vị'} ký giao ước.`);
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={!!orgId}
      onClose={onClose}
      title={`Ghi nhận ký giao ước — ${member?.name ?? ''}`}
      okText="Ghi nhận"
      name="covenant-sign"
      formProps={{ onValuesChange: state.clear }}
    >
      <Form.Item
        name="signerName"
        label="Người ký"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập họ tên người ký.' }]}
      >
        <Input maxLength={150} placeholder="Họ và tên" />
      </Form.Item>
      <Form.Item
        name="position"
        label="Chức vụ"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập chức vụ.' }]}
      >
        <Input maxLength={200} placeholder="Ví dụ: Chủ tịch UBND phường" />
      </Form.Item>
      <Form.Item name="signedOn" label="Ngày ký" rules={[{ required: true, message: 'Chưa chọn ngày ký.' }]}>
        <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: 180 }} />
      </Form.Item>
    </FormModal>
  );
}

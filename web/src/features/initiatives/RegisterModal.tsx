// Registering an initiative for recognition: the council, the author (searched among the unit's
// people), what it is, its scope, and optionally its own scoring criteria and the share of votes
// needed.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { INITIATIVE_SCOPE_LABELS, type InitiativeScope } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { DATE_FORMATS, optionsOf, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { useDebounced } from '../../ui/hooks';
import type { Page, Person } from '../../ui/types';
import { initiativeKeys } from './keys';
import type { InitiativeCouncil, InitiativeDetail } from './types';

interface RegisterValues {
  councilId: string;
  personId: string;
  title: string;
  description: string;
  appliedFrom?: Dayjs | null;
  scope: InitiativeScope;
  custom: boolean;
  criteria?: { id: string; label: string; maxPoints: number }[];
  share: string;
  minAverage?: number | null;
}

const SHARES: { value: string; label: string; share: number }[] = [
  { value: '2/3', label: 'Ít nhất 2/3 tổng số thành viên (mặc định)', share: 2 / 3 },
  { value: '1/2', label: 'Ít nhất 1/2 tổng số thành viên', share: 1 / 2 },
  { value: '3/4', label: 'Ít nhất 3/4 tổng số thành viên', share: 3 / 4 },
];

function PersonSearch({
  orgId,
  value,
  onChange,
  id,
}: {
  orgId?: string;
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
}) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const people = useQuery({
    queryKey: initiativeKeys.authorSearch(orgId, q),
    queryFn: () => api.get<Page<Person>>('/people', { q, orgId, pageSize: 20 }),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={(v: string) => {
        onChange?.(v);
        setText('');
      }}
      disabled={!orgId}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      placeholder={orgId ? 'Gõ họ tên để tìm (không cần dấu)' : 'Chọn Hội đồng trước'}
      loading={people.isFetching}
      notFoundContent={people.isFetching ? 'Đang tìm…' : 'Không tìm thấy trong đơn vị'}
      options={(people.data?.items ?? []).map((p) => ({
        value: p.id,
        label: p.fullName,
        detail: [p.position, p.orgName].filter(Boolean).join(' — '),
      }))}
      optionRender={(o) => (
        <div>
          <div>{o.label}</div>
          {o.data.detail ? <div className="muted candidate-detail">{o.data.detail}</div> : null}
        </div>
      )}
    />
  );
}

export function RegisterModal({
  open,
  councils,
  onClose,
}: {
  open: boolean;
  councils: InitiativeCouncil[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const state = useFormModal<RegisterValues, InitiativeDetail>({
    open,
    initialValues: () => ({
      scope: 'co_so',
      custom: false,
      share: '2/3',
      minAverage: 50,
      councilId: councils.length === 1 ? councils[0].id : undefined,
    }),
    submit: (v) =>
      api.post<InitiativeDetail>('/initiative-applications', {
        councilId: v.councilId,
        personId: v.personId,
        title: v.title,
        description: v.description,
        ...(v.appliedFrom ? { appliedFrom: toIso(v.appliedFrom) } : {}),
        scope: v.scope,
        ...(v.custom && v.criteria?.length ? { criteria: v.criteria } : {}),
        share: SHARES.find((s) => s.value === v.share)?.share ?? 2 / 3,
        minAverage: v.minAverage ?? null,
      }),
    onSuccess: async (d) => {
      await qc.invalidateQueries({ queryKey: initiativeKeys.all });
      void message.success('Đã đăng ký sáng kiến.');
      onClose();
      void navigate(`/sang-kien/${d.id}`);
    },
  });
  const { form } = state;
  const councilId = Form.useWatch('councilId', form);
  const custom = Form.useWatch('custom', form);
  const council = councils.find((c) => c.id === councilId);
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Đăng ký xét công nhận sáng kiến"
      okText="Đăng ký"
      width={760}
      name="initiative-register"
      formProps={{
        onValuesChange: (changed: Partial<RegisterValues>) => {
          state.clear();
          if (changed.councilId) form.setFieldValue('personId', undefined);
          if (changed.custom && !form.getFieldValue('criteria')?.length)
            form.setFieldValue('criteria', [
              { id: 'moi', label: 'Tính mới', maxPoints: 40 },
              { id: 'kha_thi', label: 'Tính khả thi, khả năng áp dụng', maxPoints: 30 },
              { id: 'hieu_qua', label: 'Hiệu quả, lợi ích mang lại', maxPoints: 30 },
            ]);
        },
      }}
    >
      <Form.Item name="councilId" label="Hội đồng sáng kiến" rules={[{ required: true, message: 'Chọn Hội đồng.' }]}>
        <Select
          options={councils.map((c) => ({ value: c.id, label: `${c.name} — năm ${c.year}` }))}
          placeholder="Chọn Hội đồng"
          notFoundContent="Chưa có Hội đồng sáng kiến"
        />
      </Form.Item>
      <Form.Item
        name="personId"
        label="Tác giả"
        rules={[{ required: true, message: 'Chọn tác giả.' }]}
        extra={council ? `Người thuộc ${council.orgName}, tìm trong cơ sở dữ liệu cá nhân.` : undefined}
      >
        <PersonSearch orgId={council?.orgId} />
      </Form.Item>
      <Form.Item
        name="title"
        label="Tên sáng kiến"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên sáng kiến.' }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        name="description"
        label="Mô tả, minh chứng"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập mô tả.' }]}
      >
        <Input.TextArea
          rows={4}
          maxLength={20000}
          placeholder="Nội dung giải pháp, nơi áp dụng, hiệu quả, tài liệu minh chứng…"
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="scope"
            label="Phạm vi ảnh hưởng đề nghị"
            rules={[{ required: true, message: 'Chọn phạm vi.' }]}
          >
            <Radio.Group optionType="button" options={optionsOf(INITIATIVE_SCOPE_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="appliedFrom" label="Áp dụng từ ngày">
            <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item name="share" label="Tỷ lệ biểu quyết cần đạt">
            <Select options={SHARES.map((s) => ({ value: s.value, label: s.label }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="minAverage" label="Điểm bình quân tối thiểu" extra="Để trống nếu Hội đồng chỉ biểu quyết.">
            <InputNumber min={0} max={100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="custom"
        label="Tiêu chí chấm điểm riêng"
        valuePropName="checked"
        extra={custom ? undefined : 'Mặc định: Tính mới (40), Tính khả thi (30), Hiệu quả (30).'}
      >
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
      {custom && (
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} wrap align="start">
                  <Form.Item
                    name={[f.name, 'id']}
                    rules={[{ required: true, whitespace: true, message: 'Nhập mã.' }]}
                    style={{ width: 110 }}
                  >
                    <Input maxLength={20} placeholder="Mã" aria-label={`Mã tiêu chí thứ ${i + 1}`} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'label']}
                    rules={[{ required: true, whitespace: true, message: 'Nhập nội dung.' }]}
                    style={{ flex: '1 1 240px' }}
                  >
                    <Input maxLength={200} placeholder="Tiêu chí" aria-label={`Nội dung tiêu chí thứ ${i + 1}`} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'maxPoints']}
                    rules={[{ required: true, message: 'Nhập điểm.' }]}
                    style={{ width: 110 }}
                  >
                    <InputNumber
                      min={1}
                      max={100}
                      placeholder="Tối đa"
                      aria-label={`Điểm tối đa của tiêu chí thứ ${i + 1}`}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(f.name)}
                    aria-label={`Bỏ tiêu chí thứ ${i + 1}`}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add()} block>
                Thêm tiêu chí
              </Button>
            </>
          )}
        </Form.List>
      )}
    </FormModal>
  );
}

// The administrator changes one rule parameter from a date on (a multiplier, a threshold, a new
// base salary…): the value typed by the parameter's kind, the legal basis, a note and the reason.
// The server checks the value against the rules and answers on the right field.
import { useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Descriptions, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, ApiError } from '../../ui/api';
import { DATE_FORMATS, EMPTY, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { formatParamValue, optionLabel, sentence } from './labels';
import { MarkTag } from './parts';
import type { ParamInfo } from './types';
import { catalogueKeys, eligibilityAuditKeys, eligibilityKeys } from './keys';

interface Values {
  value: unknown;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  citation?: string;
  note?: string;
  reason: string;
}

const NO_DISCIPLINE = '__none__';

/** Server fragments ("hệ số phải là số không âm") as sentences on the field. */
const asSentences = (e: unknown) =>
  e instanceof ApiError
    ? new ApiError(
        e.status,
        e.code,
        e.message,
        e.fields.map((f) => ({ ...f, message: sentence(f.message) })),
      )
    : e;

const moneyFormatter = (v: string | number | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const moneyParser = (v: string | undefined) => Number((v ?? '').replace(/[^\d]/g, '')) as unknown as number;

/** Filled in by Form.Item and handed to whichever control renders (hence `never`: any control accepts them). */
interface FormControlProps {
  id?: string;
  value?: never;
  onChange?: never;
}

/** The control for the parameter's kind. */
function ValueInput({
  param,
  codes,
  ...control
}: { param: ParamInfo; codes: { value: string; label: string }[] } & FormControlProps) {
  switch (param.type) {
    case 'boolean':
      return (
        <Radio.Group
          {...control}
          options={[
            { value: true, label: 'Có' },
            { value: false, label: 'Không' },
          ]}
        />
      );
    case 'enum':
      return (
        <Select
          {...control}
          options={(param.options ?? []).map((o) => ({ value: o, label: optionLabel(param.key, o) }))}
          placeholder="Chọn giá trị"
        />
      );
    case 'discipline-form':
      return (
        <Select
          {...control}
          options={[
            { value: NO_DISCIPLINE, label: 'Không xét kỷ luật' },
            ...(param.options ?? []).map((o) => ({ value: o, label: optionLabel(param.key, o) })),
          ]}
          placeholder="Chọn hình thức kỷ luật"
        />
      );
    case 'code':
      return (
        <Select
          {...control}
          options={codes}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Chọn danh hiệu, hình thức"
        />
      );
    case 'month-day':
      return <Input {...control} placeholder="dd/mm, ví dụ 01/09" maxLength={5} style={{ width: '100%' }} />;
    case 'integer':
      return param.key === 'params.rounding.unit' ? (
        <InputNumber
          {...control}
          min={0}
          precision={0}
          formatter={moneyFormatter}
          parser={moneyParser}
          suffix="đ"
          style={{ width: '100%' }}
        />
      ) : (
        <InputNumber {...control} min={0} precision={0} style={{ width: '100%' }} />
      );
    case 'dated-table':
      return (
        <InputNumber
          {...control}
          min={0}
          precision={0}
          formatter={moneyFormatter}
          parser={moneyParser}
          suffix="đ"
          style={{ width: '100%' }}
          placeholder="Ví dụ 2.530.000"
        />
      );
    case 'number':
      return <InputNumber {...control} min={0} step={0.1} decimalSeparator="," style={{ width: '100%' }} />;
  }
}

function initialValue(param: ParamInfo): unknown {
  if (param.type === 'dated-table') return undefined;
  if (param.type === 'discipline-form') return param.value ?? NO_DISCIPLINE;
  if (param.type === 'month-day' && typeof param.value === 'string')
    return formatParamValue('month-day', param.key, param.value);
  return param.value;
}

function toApiValue(param: ParamInfo, v: unknown): unknown {
  if (param.type === 'discipline-form') return v === NO_DISCIPLINE ? null : v;
  if (param.type === 'month-day') {
    const m = /^(\d{1,2})\/(\d{1,2})$/.exec(String(v).trim());
    return m ? `${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : String(v);
  }
  return v;
}

export function ParamChangeModal({
  param,
  codes,
  onClose,
}: {
  param: ParamInfo | null;
  codes: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<Values, unknown>({
    open: !!param,
    subject: param,
    initialValues: () => (param ? { value: initialValue(param) } : undefined),
    submit: (v) =>
      api
        .post('/catalogue/overrides', {
          key: param!.key,
          value: toApiValue(param!, v.value),
          effectiveFrom: toIso(v.effectiveFrom),
          ...(v.effectiveTo ? { effectiveTo: toIso(v.effectiveTo) } : {}),
          ...(v.citation?.trim() ? { citation: v.citation.trim() } : {}),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          reason: v.reason.trim(),
        })
        .catch((e: unknown) => {
          throw asSentences(e);
        }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: catalogueKeys.all });
      await qc.invalidateQueries({ queryKey: eligibilityKeys.all });
      await qc.invalidateQueries({ queryKey: eligibilityAuditKeys.all });
      void message.success('Đã lưu thay đổi tham số.');
      onClose();
    },
  });
  const salary = param?.type === 'dated-table';
  const valueRules =
    param?.type === 'month-day'
      ? [
          { required: true, message: 'Chưa nhập giá trị mới.' },
          { pattern: /^\s*\d{1,2}\/\d{1,2}\s*$/, message: 'Nhập ngày và tháng dạng dd/mm, ví dụ 01/09.' },
        ]
      : [{ required: true, message: salary ? 'Chưa nhập mức lương cơ sở mới.' : 'Chưa nhập giá trị mới.' }];

  return (
    <FormModal
      state={state}
      open={!!param}
      onClose={onClose}
      title={salary ? 'Thêm mức lương cơ sở' : 'Thay đổi tham số quy định'}
      okText="Lưu thay đổi"
      width={720}
      style={{ top: 32 }}
      name="param-change"
      intro={
        param && (
          <>
            <Descriptions
              size="small"
              bordered
              column={1}
              style={{ marginBottom: 16 }}
              styles={{ label: { width: 160 } }}
              items={[
                { key: 'label', label: 'Tham số', children: param.label },
                ...(salary
                  ? []
                  : [
                      {
                        key: 'value',
                        label: 'Giá trị hiện hành',
                        children: formatParamValue(param.type, param.key, param.value),
                      },
                    ]),
                {
                  key: 'basis',
                  label: 'Căn cứ',
                  children: (
                    <>
                      {param.basis ?? EMPTY} <MarkTag mark={param.mark} />
                    </>
                  ),
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
              Thay đổi áp dụng cho các lần xét có ngày quyết định từ ngày hiệu lực trở đi; kết quả đã xét trước đó không
              bị sửa. Thay đổi và lý do được ghi vào nhật ký hệ thống.
            </Typography.Paragraph>
          </>
        )
      }
    >
      <Row gutter={16}>
        <Col xs={24} sm={salary ? 12 : 8}>
          {param && (
            <Form.Item name="value" label={salary ? 'Mức lương cơ sở mới' : 'Giá trị mới'} rules={valueRules}>
              <ValueInput param={param} codes={codes} />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} sm={salary ? 12 : 8}>
          <Form.Item
            name="effectiveFrom"
            label="Áp dụng từ ngày"
            rules={[{ required: true, message: 'Chưa chọn ngày bắt đầu áp dụng.' }]}
          >
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
        {!salary && (
          <Col xs={24} sm={8}>
            <Form.Item
              name="effectiveTo"
              label="Đến ngày (nếu có)"
              dependencies={['effectiveFrom']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_r, v: Dayjs | null | undefined) => {
                    const from = getFieldValue('effectiveFrom') as Dayjs | undefined;
                    return !v || !from || !v.isBefore(from, 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error('Ngày kết thúc không được trước ngày bắt đầu áp dụng.'));
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="citation" label="Văn bản căn cứ">
        <Input maxLength={300} placeholder="Ví dụ: Quyết định số 12/2027/QĐ-UBND ngày 05/01/2027 của UBND tỉnh" />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="Lý do"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập lý do thay đổi.' }]}
      >
        <Input.TextArea rows={2} maxLength={1000} placeholder="Vì sao thay đổi, theo văn bản nào" />
      </Form.Item>
    </FormModal>
  );
}

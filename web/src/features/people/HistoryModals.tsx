// Adding one row to a person's history: an award already granted, a yearly rating, an
// initiative, a discipline record. Corrections are new rows (the server keeps every row).
import { useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  AWARD_NAMES,
  AWARD_TRACK_LABELS,
  DISCIPLINE_FORM_LABELS,
  INITIATIVE_SCOPE_LABELS,
  RATING_LABELS,
} from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { DATE_FORMATS, matches, optionsOf, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { personKeys } from './keys';

export type HistoryKind = 'award' | 'rating' | 'initiative' | 'discipline';

const TITLES: Record<HistoryKind, string> = {
  award: 'Ghi nhận khen thưởng',
  rating: 'Ghi nhận xếp loại',
  initiative: 'Ghi nhận sáng kiến',
  discipline: 'Ghi nhận kỷ luật',
};
const PATHS: Record<HistoryKind, string> = {
  award: 'awards',
  rating: 'ratings',
  initiative: 'initiatives',
  discipline: 'disciplines',
};

const PERIOD_RULES = [
  { required: true, message: 'Chưa nhập năm.' },
  { pattern: /^\s*\d{4}(-\d{4})?\s*$/, message: 'Năm xét phải có dạng 2026 hoặc 2025-2026.' },
];

type Values = Record<string, string | Dayjs | null | undefined>;

function bodyOf(kind: HistoryKind, v: Values) {
  const text = (k: string) => {
    const s = v[k];
    return typeof s === 'string' && s.trim() ? s.trim() : null;
  };
  const date = (k: string) => toIso(v[k] as Dayjs | null | undefined);
  switch (kind) {
    case 'award':
      return {
        awardCode: v.awardCode,
        period: text('period'),
        track: v.track,
        decisionNo: text('decisionNo'),
        decisionDate: date('decisionDate'),
        issuer: text('issuer'),
        note: text('note'),
      };
    case 'rating':
      return { period: text('period'), rating: v.rating, ...(text('reason') ? { reason: text('reason') } : {}) };
    case 'initiative':
      return {
        title: text('title'),
        recognizedOn: date('recognizedOn'),
        scope: v.scope,
        decisionNo: text('decisionNo'),
      };
    case 'discipline':
      return {
        form: v.form,
        fromDate: date('fromDate'),
        toDate: date('toDate'),
        decisionNo: text('decisionNo'),
        reason: text('reason'),
      };
  }
}

function Fields({ kind }: { kind: HistoryKind }) {
  const dateInput = <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />;
  if (kind === 'award') {
    return (
      <>
        <Form.Item
          name="awardCode"
          label="Danh hiệu, hình thức"
          rules={[{ required: true, message: 'Chưa chọn danh hiệu, hình thức.' }]}
        >
          <Select
            options={optionsOf(AWARD_NAMES)}
            showSearch={{ filterOption: (input, o) => matches(String(o?.label ?? ''), input) }}
            placeholder="Chọn danh hiệu, hình thức"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="period"
              label="Năm, kỳ xét"
              extra="Ví dụ 2025 hoặc năm học 2024-2025."
              rules={PERIOD_RULES}
            >
              <Input maxLength={9} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="track" label="Loại hình khen thưởng">
              <Select options={optionsOf(AWARD_TRACK_LABELS)} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="decisionNo" label="Số quyết định">
              <Input maxLength={100} placeholder="Ví dụ: 125/QĐ-UBND" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="decisionDate" label="Ngày quyết định">
              {dateInput}
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="issuer" label="Cấp quyết định">
          <Input maxLength={200} placeholder="Ví dụ: Chủ tịch UBND phường Mường Lay" />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </>
    );
  }
  if (kind === 'rating') {
    return (
      <>
        <Form.Item name="period" label="Năm, kỳ xét" extra="Ví dụ 2025 hoặc năm học 2024-2025." rules={PERIOD_RULES}>
          <Input maxLength={9} />
        </Form.Item>
        <Form.Item name="rating" label="Mức xếp loại" rules={[{ required: true, message: 'Chọn mức xếp loại.' }]}>
          <Select options={optionsOf(RATING_LABELS)} placeholder="Chọn mức xếp loại" />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do (khi trùng thời gian)"
          extra="Chỉ cần khi kỳ này trùng thời gian với một kết quả xếp loại khác loại kỳ đã có (năm 2026 và năm học 2025-2026)."
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </>
    );
  }
  if (kind === 'initiative') {
    return (
      <>
        <Form.Item
          name="title"
          label="Tên sáng kiến"
          rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên sáng kiến.' }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="recognizedOn"
              label="Ngày công nhận"
              rules={[{ required: true, message: 'Chưa chọn ngày công nhận.' }]}
            >
              {dateInput}
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="scope"
              label="Phạm vi ảnh hưởng"
              rules={[{ required: true, message: 'Chọn phạm vi ảnh hưởng.' }]}
            >
              <Select options={optionsOf(INITIATIVE_SCOPE_LABELS)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="decisionNo" label="Số quyết định công nhận">
          <Input maxLength={100} />
        </Form.Item>
      </>
    );
  }
  return (
    <>
      <Form.Item name="form" label="Hình thức kỷ luật" rules={[{ required: true, message: 'Chọn hình thức kỷ luật.' }]}>
        <Select options={optionsOf(DISCIPLINE_FORM_LABELS)} placeholder="Chọn hình thức" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="fromDate" label="Từ ngày" rules={[{ required: true, message: 'Chưa chọn ngày bắt đầu.' }]}>
            {dateInput}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="toDate" label="Đến ngày" rules={[{ required: true, message: 'Chưa chọn ngày kết thúc.' }]}>
            {dateInput}
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="decisionNo" label="Số quyết định">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="reason" label="Lý do">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}

const DEFAULTS: Record<HistoryKind, Values> = {
  award: { track: 'cong_trang' },
  rating: {},
  initiative: { scope: 'co_so' },
  discipline: {},
};

export function HistoryModal({
  personId,
  personName,
  kind,
  onClose,
}: {
  personId: string;
  personName: string;
  kind: HistoryKind | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<Values>({
    open: !!kind,
    subject: kind,
    initialValues: () => (kind ? DEFAULTS[kind] : undefined),
    submit: (v) => api.post(`/people/${personId}/${PATHS[kind!]}`, bodyOf(kind!, v)),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: personKeys.detail(personId) });
      void message.success('Đã ghi nhận vào quá trình của cá nhân.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={!!kind}
      onClose={onClose}
      title={kind ? `${TITLES[kind]} — ${personName}` : ''}
      okText="Ghi nhận"
      width={620}
      name="person-history"
    >
      {kind && <Fields kind={kind} />}
    </FormModal>
  );
}

// The administrator's side of the procedure banner (issue 9.3): each uncertain procedure parameter
// (vote shares, quorum, notice period, appraisal time) still on the national default is confirmed
// here for the tenant, citing the province's own decision (number, date, issuer, trích yếu) and the
// value it sets; from then on the documents cite that decision. Only an administrator
// (catalogue.manage, and the server's canConfirm) ever sees this card.
import { CheckCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../ui/api';
import { DATE_FORMATS, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { catalogueKeys, eligibilityAuditKeys, procedureRuleKeys } from './keys';

interface PendingItem {
  key: string;
  label: string;
  value: number | boolean | string | null;
}

interface Pending {
  date: string;
  items: PendingItem[];
  canConfirm: boolean;
}

interface Values {
  value: number | boolean;
  number: string;
  date: Dayjs;
  issuer: string;
  title: string;
  effectiveFrom: Dayjs;
  reason: string;
}

type Kind = 'share' | 'days' | 'boolean';

const kindOf = (item: PendingItem): Kind =>
  typeof item.value === 'boolean' ? 'boolean' : item.key.endsWith('.share') ? 'share' : 'days';

/** 0.5 → '50%', 10 → '10 ngày', true → 'Có'. */
function valueText(item: PendingItem): string {
  const kind = kindOf(item);
  if (kind === 'boolean') return item.value ? 'Có' : 'Không';
  if (typeof item.value !== 'number') return String(item.value ?? '');
  if (kind === 'share') return `${(Math.round(item.value * 10000) / 100).toLocaleString('vi-VN')}%`;
  return `${item.value.toLocaleString('vi-VN')} ngày`;
}

/** What the form shows (a share as a percentage) and what the API takes. */
const toForm = (item: PendingItem) =>
  kindOf(item) === 'share' && typeof item.value === 'number' ? Math.round(item.value * 10000) / 100 : item.value;
const toApi = (item: PendingItem, v: number | boolean) =>
  kindOf(item) === 'share' && typeof v === 'number' ? Math.round(v * 100) / 10000 : v;

function ConfirmModal({ item, onClose }: { item: PendingItem | null; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<Values, { citation: string }>({
    open: !!item,
    subject: item,
    initialValues: () => (item ? { value: toForm(item) as number | boolean } : undefined),
    submit: (v) =>
      api.post<{ citation: string }>('/procedure-rules/confirmations', {
        key: item!.key,
        value: toApi(item!, v.value),
        effectiveFrom: toIso(v.effectiveFrom ?? v.date),
        decision: { number: v.number.trim(), date: toIso(v.date), issuer: v.issuer.trim(), title: v.title.trim() },
        reason: v.reason.trim(),
      }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: procedureRuleKeys.all });
      await qc.invalidateQueries({ queryKey: catalogueKeys.all });
      await qc.invalidateQueries({ queryKey: eligibilityAuditKeys.all });
      void message.success(`Đã xác nhận. Văn bản sẽ dẫn: ${r.citation}.`);
      onClose();
    },
    fieldMap: {
      'decision.number': 'number',
      'decision.date': 'date',
      'decision.issuer': 'issuer',
      'decision.title': 'title',
    },
  });
  const kind = item ? kindOf(item) : 'days';
  return (
    <FormModal
      state={state}
      open={!!item}
      onClose={onClose}
      title="Xác nhận tham số theo quyết định của tỉnh"
      okText="Xác nhận"
      width={720}
      style={{ top: 32 }}
      name="procedure-confirm"
      intro={
        item && (
          <Descriptions
            size="small"
            bordered
            column={1}
            style={{ marginBottom: 16 }}
            styles={{ label: { width: 180 } }}
            items={[
              { key: 'label', label: 'Tham số', children: item.label },
              { key: 'value', label: 'Đang áp dụng (mức chung)', children: valueText(item) },
            ]}
          />
        )
      }
    >
      <Form.Item
        name="value"
        label="Giá trị theo quyết định của tỉnh"
        rules={[{ required: true, message: 'Chưa nhập giá trị.' }]}
      >
        {kind === 'boolean' ? (
          <Radio.Group
            options={[
              { value: true, label: 'Có' },
              { value: false, label: 'Không' },
            ]}
          />
        ) : kind === 'share' ? (
          <InputNumber min={0} max={100} step={1} decimalSeparator="," suffix="%" style={{ width: 200 }} />
        ) : (
          <InputNumber min={1} max={90} precision={0} suffix="ngày" style={{ width: 200 }} />
        )}
      </Form.Item>
      <Typography.Text strong>Quyết định của tỉnh</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="number"
            label="Số, ký hiệu"
            rules={[
              { required: true, whitespace: true, message: 'Chưa nhập số, ký hiệu.' },
              { pattern: /^\s*\d+\/[\p{L}\p{N}./-]+\s*$/u, message: 'Số, ký hiệu có dạng 15/2025/QĐ-UBND.' },
            ]}
          >
            <Input maxLength={40} placeholder="Ví dụ 15/2025/QĐ-UBND" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="date"
            label="Ngày ban hành"
            rules={[{ required: true, message: 'Chưa chọn ngày ban hành.' }]}
          >
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="issuer"
        label="Cơ quan ban hành"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập cơ quan ban hành.' }]}
      >
        <Input maxLength={200} placeholder="Ví dụ Ủy ban nhân dân tỉnh Điện Biên" />
      </Form.Item>
      <Form.Item
        name="title"
        label="Trích yếu"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập trích yếu của quyết định.' }]}
      >
        <Input maxLength={500} placeholder="Ví dụ ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="effectiveFrom"
            label="Áp dụng từ ngày"
            extra="Bỏ trống: từ ngày ban hành."
            dependencies={['date']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, v: Dayjs | null | undefined) => {
                  const issued = getFieldValue('date') as Dayjs | undefined;
                  return !v || !issued || !v.isBefore(issued, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error('Ngày áp dụng không được trước ngày ban hành quyết định.'));
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="reason"
        label="Lý do"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập lý do.' }]}
      >
        <Input.TextArea rows={2} maxLength={500} placeholder="Ví dụ: đối chiếu Quy chế thi đua, khen thưởng của tỉnh" />
      </Form.Item>
    </FormModal>
  );
}

/** The card on the catalogue page; nothing for a non-administrator or once all are confirmed. */
export function ProcedureConfirmations() {
  const q = useQuery({
    queryKey: procedureRuleKeys.pending(),
    queryFn: () => api.get<Pending>('/procedure-rules/pending'),
    staleTime: 60_000,
  });
  const [confirming, setConfirming] = useState<PendingItem | null>(null);
  if (!q.data?.canConfirm || !q.data.items.length) return null;
  return (
    <Card size="small" title="Tham số thủ tục cần xác nhận theo quy định của tỉnh" style={{ marginBottom: 16 }}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="Các tham số dưới đây đang dùng mức chung toàn quốc; văn bản chưa ghi căn cứ cho các nội dung này."
        description="Nhập quyết định của tỉnh (số, ngày, cơ quan ban hành, trích yếu) và giá trị quyết định đó quy định, rồi xác nhận. Từ ngày áp dụng, biên bản và quyết định dẫn quyết định của tỉnh."
      />
      <Table<PendingItem>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={q.data.items}
        columns={[
          { title: 'Tham số', dataIndex: 'label' },
          { title: 'Đang áp dụng (mức chung)', key: 'value', width: 200, render: (_v, item) => valueText(item) },
          {
            title: 'Thao tác',
            key: 'action',
            width: 130,
            render: (_v, item) => (
              <Button
                type="primary"
                size="small"
                icon={<CheckCircleOutlined aria-hidden />}
                onClick={() => setConfirming(item)}
                aria-label={`Xác nhận: ${item.label}`}
              >
                Xác nhận
              </Button>
            ),
          },
        ]}
      />
      <ConfirmModal item={confirming} onClose={() => setConfirming(null)} />
    </Card>
  );
}

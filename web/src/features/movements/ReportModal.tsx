// A unit's progress report on a movement: the reporting unit (one of the user's own), the date, a
// summary and the result against each criterion.
import { App, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../ui/api';
import { DATE_FORMATS, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { useMovementSaved } from './keys';
import type { MovementDetail } from './types';

interface ReportValues {
  orgId: string;
  reportedOn: Dayjs;
  summary: string;
  results: Record<string, string | undefined>;
}

export function ReportModal({
  movement,
  orgId,
  open,
  onClose,
}: {
  movement: MovementDetail;
  orgId: string | null;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const saved = useMovementSaved();
  const mine = movement.participants.filter((p) => movement.myOrgIds.includes(p.orgId));
  const state = useFormModal<ReportValues, MovementDetail>({
    open,
    initialValues: () => ({ orgId: orgId ?? mine[0]?.orgId, reportedOn: dayjs() }),
    submit: (v) => {
      const results: Record<string, string> = {};
      for (const c of movement.criteria) {
        const r = v.results?.[c.id]?.trim();
        if (r) results[c.id] = r;
      }
      return api.post<MovementDetail>(`/movements/${movement.id}/reports`, {
        orgId: v.orgId,
        reportedOn: toIso(v.reportedOn),
        summary: v.summary,
        results,
      });
    },
    onSuccess: async (m) => {
      await saved(m);
      void message.success('Đã gửi báo cáo kết quả thực hiện.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Báo cáo kết quả thực hiện phong trào"
      okText="Gửi báo cáo"
      width={720}
      name="movement-report"
    >
      <Row gutter={16}>
        <Col xs={24} sm={16}>
          <Form.Item name="orgId" label="Đơn vị báo cáo" rules={[{ required: true, message: 'Chọn đơn vị báo cáo.' }]}>
            <Select options={mine.map((p) => ({ value: p.orgId, label: p.name }))} disabled={mine.length < 2} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="reportedOn"
            label="Ngày báo cáo"
            rules={[{ required: true, message: 'Chưa chọn ngày báo cáo.' }]}
          >
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="summary"
        label="Tóm tắt kết quả"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập tóm tắt kết quả.' }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={5000}
          placeholder="Việc đã làm, kết quả nổi bật, khó khăn…"
        />
      </Form.Item>
      <Typography.Text strong>Kết quả theo từng chỉ tiêu</Typography.Text>
      <ol className="movement-report-criteria">
        {movement.criteria.map((c) => (
          <li key={c.id}>
            <Form.Item
              name={['results', c.id]}
              label={
                <span>
                  {c.text}
                  {c.target ? <span className="muted"> — chỉ tiêu: {c.target}</span> : null}
                </span>
              }
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder="Kết quả đạt được" />
            </Form.Item>
          </li>
        ))}
      </ol>
    </FormModal>
  );
}

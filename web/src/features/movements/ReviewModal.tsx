// The mid-term review (sơ kết) or the final review (tổng kết) of a movement; the final one may open
// the thematic commendation round for the participating units.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, Row, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../ui/api';
import { DATE_FORMATS, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { roundKeys } from '../rounds/keys';
import { addDays } from '../rounds/labels';
import { useAwardOptions } from '../rounds/RoundsPage';
import { useMovementSaved } from './keys';
import type { MovementDetail } from './types';

interface ReviewValues {
  heldOn: Dayjs;
  summary: string;
  openRound?: boolean;
  round?: { name: string; awardCodes: string[]; submitBy: Dayjs; decisionBy: Dayjs };
}

export function ReviewModal({
  movement,
  kind,
  open,
  onClose,
}: {
  movement: MovementDetail;
  kind: 'mid' | 'final';
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const saved = useMovementSaved();
  const final = kind === 'final';
  const state = useFormModal<ReviewValues, MovementDetail>({
    open,
    initialValues: () => {
      const today = dayjs().format('YYYY-MM-DD');
      return {
        heldOn: dayjs(),
        openRound: final,
        round: final
          ? {
              name: `Khen thưởng chuyên đề phong trào thi đua "${movement.theme}"`,
              awardCodes: [],
              submitBy: dayjs(addDays(today, 14)),
              decisionBy: dayjs(addDays(today, 28)),
            }
          : undefined,
      };
    },
    submit: (v) =>
      final
        ? api.post<MovementDetail>(`/movements/${movement.id}/final-review`, {
            summary: v.summary,
            heldOn: toIso(v.heldOn),
            round:
              v.openRound && v.round
                ? {
                    name: v.round.name,
                    awardCodes: v.round.awardCodes,
                    submitBy: toIso(v.round.submitBy),
                    decisionBy: toIso(v.round.decisionBy),
                  }
                : null,
          })
        : api.post<MovementDetail>(`/movements/${movement.id}/mid-review`, {
            summary: v.summary,
            heldOn: toIso(v.heldOn),
          }),
    onSuccess: async (m) => {
      await saved(m);
      // A new thematic round shows in the rounds list at once.
      if (m.roundId) void qc.invalidateQueries({ queryKey: roundKeys.all });
      void message.success(
        final
          ? m.roundId
            ? 'Đã tổng kết phong trào và mở đợt khen thưởng chuyên đề.'
            : 'Đã tổng kết phong trào.'
          : 'Đã sơ kết phong trào.',
      );
      onClose();
    },
    // The round's own checks name its fields without the "round." prefix.
    fieldMap: {
      awardCodes: 'round.awardCodes',
      name: 'round.name',
      submitBy: 'round.submitBy',
      decisionBy: 'round.decisionBy',
    },
  });
  const openRound = Form.useWatch('openRound', state.form);
  const decisionBy = Form.useWatch(['round', 'decisionBy'], state.form);
  const awards = useAwardOptions(toIso(decisionBy) ?? dayjs().format('YYYY-MM-DD'));
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title={final ? 'Tổng kết phong trào thi đua' : 'Sơ kết phong trào thi đua'}
      okText={final ? 'Ghi nhận tổng kết' : 'Ghi nhận sơ kết'}
      width={720}
      name={final ? 'movement-final-review' : 'movement-mid-review'}
      intro={
        final && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="Tổng kết là bước cuối: sau khi ghi nhận, các đơn vị không báo cáo thêm được nữa."
          />
        )
      }
    >
      <Form.Item
        name="heldOn"
        label={final ? 'Ngày tổng kết' : 'Ngày sơ kết'}
        rules={[{ required: true, message: 'Chưa chọn ngày.' }]}
      >
        <DatePicker format={DATE_FORMATS} style={{ width: 180 }} placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item
        name="summary"
        label="Kết quả, đánh giá"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập kết quả, đánh giá.' }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={10000}
          placeholder="Kết quả đạt được so với chỉ tiêu, đơn vị tiêu biểu, hạn chế, bài học…"
        />
      </Form.Item>
      {final && (
        <>
          <Form.Item
            name="openRound"
            valuePropName="checked"
            label="Mở đợt khen thưởng chuyên đề cho các đơn vị tham gia"
          >
            <Switch checkedChildren="Có" unCheckedChildren="Không" />
          </Form.Item>
          {openRound && (
            <div className="movement-round-fields">
              <Form.Item
                name={['round', 'name']}
                label="Tên đợt khen thưởng"
                rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên đợt khen thưởng.' }]}
              >
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item
                name={['round', 'awardCodes']}
                label="Hình thức khen thưởng"
                rules={[{ required: true, message: 'Chọn ít nhất một hình thức khen thưởng.' }]}
              >
                <Select
                  mode="multiple"
                  options={awards.options}
                  loading={awards.isPending}
                  optionFilterProp="label"
                  placeholder="Chọn hình thức khen thưởng"
                  allowClear
                />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={12}>
                  <Form.Item
                    name={['round', 'submitBy']}
                    label="Hạn nộp hồ sơ"
                    rules={[
                      { required: true, message: 'Chưa chọn hạn nộp hồ sơ.' },
                      {
                        validator: (_, d: Dayjs | null) =>
                          d?.isBefore(dayjs(), 'day')
                            ? Promise.reject(new Error('Hạn nộp hồ sơ không được trước hôm nay.'))
                            : Promise.resolve(),
                      },
                    ]}
                  >
                    <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
                  </Form.Item>
                </Col>
                <Col xs={12}>
                  <Form.Item
                    name={['round', 'decisionBy']}
                    label="Ngày dự kiến quyết định"
                    dependencies={[['round', 'submitBy']]}
                    rules={[
                      { required: true, message: 'Chưa chọn ngày dự kiến quyết định.' },
                      ({ getFieldValue }) => ({
                        validator: (_, d: Dayjs | null) => {
                          const s = getFieldValue(['round', 'submitBy']) as Dayjs | null;
                          return d && s && d.isBefore(s, 'day')
                            ? Promise.reject(new Error('Ngày dự kiến quyết định phải sau hạn nộp hồ sơ.'))
                            : Promise.resolve();
                        },
                      }),
                    ]}
                  >
                    <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
                  </Form.Item>
                </Col>
              </Row>
              <Typography.Text type="secondary">
                Đợt xét được mở ngay cho {movement.participants.length} đơn vị tham gia phong trào; kỳ xét năm{' '}
                {movement.toDate.slice(0, 4)}.
              </Typography.Text>
            </div>
          )}
        </>
      )}
    </FormModal>
  );
}

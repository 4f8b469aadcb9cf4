// The modal forms of one exemplary model: edit its profile; record a consent, withdraw it, record
// a ceremony. Each on the app's FormModal.
import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { CEREMONY_KIND_LABELS, MODEL_FIELD_LABELS } from '../../../../src/domain/models/vocab';
import { api } from '../../ui/api';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { DATE_FORMATS, optionsOf, toIso } from '../../ui/format';
import type { Model } from './ModelsPage';

export type Saved = (x: Model, text: string) => Promise<void>;

interface EditValues {
  field: string;
  headline: string;
  story: string;
}

export function EditModelModal({
  m,
  open,
  onClose,
  onSaved,
}: {
  m: Model;
  open: boolean;
  onClose: () => void;
  onSaved: Saved;
}) {
  const state = useFormModal<EditValues, Model>({
    open,
    subject: m.id,
    initialValues: () => ({ field: m.field, headline: m.headline, story: m.story }),
    submit: (v) => api.patch<Model>(`/models/${m.id}`, v),
    onSuccess: (x) => onSaved(x, 'Đã lưu hồ sơ.'),
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Sửa hồ sơ gương điển hình"
      okText="Lưu"
      name="model-edit"
      width={720}
    >
      <ModelProfileFields />
    </FormModal>
  );
}

/** The field, summary and story of a model: what the public page shows, so no personal data. */
export function ModelProfileFields() {
  return (
    <>
      <Form.Item name="field" label="Lĩnh vực" rules={[{ required: true, message: 'Chọn lĩnh vực.' }]}>
        <Select options={optionsOf(MODEL_FIELD_LABELS)} placeholder="Chọn lĩnh vực" />
      </Form.Item>
      <Form.Item name="headline" label="Tóm tắt" rules={[{ required: true, message: 'Nhập tóm tắt.' }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="story"
        label="Câu chuyện điển hình"
        rules={[{ required: true, message: 'Nhập câu chuyện điển hình.' }]}
        extra="Không ghi số CCCD, ngày sinh, địa chỉ, số điện thoại: nội dung này sẽ đăng công khai."
      >
        <Input.TextArea rows={7} maxLength={20000} />
      </Form.Item>
    </>
  );
}

const RECORD = {
  consent: { title: 'Ghi nhận sự đồng ý công khai thông tin', path: 'consents', ok: 'Đã ghi nhận sự đồng ý.' },
  withdraw: {
    title: 'Rút lại sự đồng ý',
    path: 'consents/withdraw',
    ok: 'Đã rút lại sự đồng ý; trang công khai đã được gỡ.',
  },
  ceremony: { title: 'Ghi nhận lễ trao tặng, đón nhận', path: 'ceremonies', ok: 'Đã ghi nhận buổi lễ.' },
} as const;

export type RecordKind = keyof typeof RECORD;

interface RecordValues {
  givenBy?: string;
  capacity?: string;
  givenOn?: Dayjs;
  purposes?: string;
  kind?: string;
  heldOn?: Dayjs;
  place?: string;
  presentedBy?: string;
  note?: string;
}

const PURPOSES = 'Đăng câu chuyện, thành tích và ảnh trên trang công khai của đơn vị';

export function RecordModal({
  kind,
  m,
  onClose,
  onSaved,
}: {
  /** Which record the modal writes; null: closed. */
  kind: RecordKind | null;
  m: Model;
  onClose: () => void;
  onSaved: Saved;
}) {
  const spec = RECORD[kind ?? 'consent'];
  const state = useFormModal<RecordValues, Model>({
    open: kind !== null,
    subject: kind,
    initialValues: () => (kind === 'consent' ? { purposes: PURPOSES } : undefined),
    submit: (v) =>
      api.post<Model>(
        `/models/${m.id}/${spec.path}`,
        kind === 'consent'
          ? { givenBy: v.givenBy, capacity: v.capacity, givenOn: toIso(v.givenOn), purposes: v.purposes }
          : kind === 'ceremony'
            ? {
                kind: v.kind,
                heldOn: toIso(v.heldOn),
                place: v.place,
                presentedBy: v.presentedBy,
                note: v.note || null,
              }
            : { note: v.note || null },
      ),
    onSuccess: (x) => onSaved(x, spec.ok),
  });
  return (
    <FormModal
      state={state}
      open={kind !== null}
      onClose={onClose}
      title={spec.title}
      okText={kind === 'withdraw' ? 'Rút lại' : 'Lưu'}
      okDanger={kind === 'withdraw'}
      name={`model-${kind ?? 'record'}`}
      width={640}
    >
      {kind === 'consent' ? (
        <>
          <Form.Item name="givenBy" label="Người đồng ý" rules={[{ required: true, message: 'Nhập người đồng ý.' }]}>
            <Input maxLength={150} />
          </Form.Item>
          <Form.Item
            name="capacity"
            label="Tư cách người đồng ý"
            rules={[{ required: true, message: 'Nhập tư cách (bản thân, chủ hộ, thủ trưởng đơn vị...).' }]}
          >
            <Input maxLength={150} placeholder="Bản thân, chủ hộ, thủ trưởng đơn vị..." />
          </Form.Item>
          <Form.Item name="givenOn" label="Ngày đồng ý" rules={[{ required: true, message: 'Chọn ngày đồng ý.' }]}>
            <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item
            name="purposes"
            label="Mục đích đồng ý"
            rules={[{ required: true, message: 'Nhập mục đích đồng ý.' }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      ) : null}
      {kind === 'withdraw' ? (
        <>
          <Typography.Paragraph>
            Trang công khai, ảnh và mục trong danh sách gương điển hình sẽ được gỡ ngay. Bản ghi sự đồng ý vẫn được lưu.
          </Typography.Paragraph>
          <Form.Item name="note" label="Ghi chú">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      ) : null}
      {kind === 'ceremony' ? (
        <>
          <Form.Item name="kind" label="Buổi lễ" rules={[{ required: true, message: 'Chọn loại buổi lễ.' }]}>
            <Select options={optionsOf(CEREMONY_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="heldOn" label="Ngày tổ chức" rules={[{ required: true, message: 'Chọn ngày.' }]}>
            <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item name="place" label="Địa điểm" rules={[{ required: true, message: 'Nhập địa điểm.' }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="presentedBy" label="Người trao" rules={[{ required: true, message: 'Nhập người trao.' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="note" label="Ghi chú">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}

// The plan's document parts: number and date, subject, legal bases, the numbered sections with
// their parts (one paragraph per line), closing, recipients and signature.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Typography,
} from 'antd';
import { api } from '../../ui/api';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { DATE_FORMATS, fromIso, toIso } from '../../ui/format';
import type { Plan, PlanSection } from './types';
import { planKeys } from './keys';

const toLines = (a: string[] | null | undefined) => (a ?? []).join('\n');
const fromLines = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

interface SectionValues {
  heading: string;
  paragraphs?: string;
  subsections?: { heading: string; paragraphs?: string }[];
}

interface Values {
  title: string;
  number?: string;
  symbol: string;
  place: string;
  issuedOn?: ReturnType<typeof fromIso>;
  pendingMonth?: number | null;
  issuerLines?: string;
  bases?: string;
  intro?: string;
  sections: SectionValues[];
  closing?: string;
  recipients?: string;
  archive?: string;
  signerLines?: string;
  signerName?: string;
  taskPlacement: Plan['taskPlacement'];
}

function initial(p: Plan): Values {
  return {
    ...p,
    number: p.number ?? undefined,
    intro: p.intro ?? undefined,
    closing: p.closing ?? undefined,
    issuedOn: fromIso(p.issuedOn),
    issuerLines: toLines(p.issuerLines),
    bases: toLines(p.bases),
    recipients: toLines(p.recipients),
    archive: p.archive.join(', '),
    signerLines: toLines(p.signerLines),
    sections: p.sections.map((s) => ({
      heading: s.heading,
      paragraphs: toLines(s.paragraphs),
      subsections: s.subsections.map((x) => ({ heading: x.heading, paragraphs: toLines(x.paragraphs) })),
    })),
  };
}

export function PlanEditor({ plan, canManage }: { plan: Plan; canManage: boolean }) {
  const [form] = Form.useForm<Values>();
  const { problem, setProblem, clear } = useFormProblem();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const sections: PlanSection[] = (v.sections ?? []).map((s) => ({
        heading: s.heading,
        paragraphs: fromLines(s.paragraphs),
        subsections: (s.subsections ?? []).map((x) => ({ heading: x.heading, paragraphs: fromLines(x.paragraphs) })),
      }));
      return api.patch<Plan>(`/plans/${plan.id}`, {
        title: v.title,
        number: v.number || null,
        symbol: v.symbol,
        place: v.place,
        issuedOn: toIso(v.issuedOn ?? null),
        pendingMonth: v.pendingMonth ?? null,
        issuerLines: fromLines(v.issuerLines),
        bases: fromLines(v.bases),
        intro: v.intro || null,
        sections,
        closing: v.closing || null,
        recipients: fromLines(v.recipients),
        archive: (v.archive ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
        signerLines: fromLines(v.signerLines),
        signerName: v.signerName ?? '',
        taskPlacement: v.taskPlacement,
      });
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void message.success('Đã lưu nội dung kế hoạch.');
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial(plan)}
      disabled={!canManage}
      onFinish={(v) => {
        clear();
        save.mutate(v);
      }}
      onValuesChange={clear}
    >
      <FormProblemAlert problem={problem} />
      <Card title="Thể thức văn bản" size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="issuerLines" label="Tên cơ quan ban hành (mỗi dòng một dòng in)">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="number" label="Số" extra="Để trống nếu chưa vào sổ">
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="symbol" label="Ký hiệu" rules={[{ required: true }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="place" label="Địa danh" rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="issuedOn" label="Ngày ban hành" extra="Để trống để ghi tay khi ký">
              <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="pendingMonth" label="Tháng in sẵn (khi chưa có ngày)">
              <InputNumber min={1} max={12} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="taskPlacement" label="Bảng nhiệm vụ">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'body', label: 'Trong nội dung' },
                  { value: 'appendix', label: 'Phụ lục' },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="title"
          label="Trích yếu"
          rules={[{ required: true, whitespace: true, message: 'Nhập trích yếu.' }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="bases" label="Căn cứ (mỗi dòng một căn cứ)">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="intro" label="Đoạn mở đầu">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Card>
      <Card
        title="Các phần của kế hoạch"
        size="small"
        style={{ marginBottom: 16 }}
        extra={
          <Typography.Text type="secondary">
            Mỗi dòng là một đoạn văn. Bảng nhiệm vụ được in trước phần “Tổ chức thực hiện”.
          </Typography.Text>
        }
      >
        <Form.List name="sections">
          {(fields, { add, remove, move }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  type="inner"
                  className="plan-section-card"
                  title={`Phần ${ROMAN[i] ?? i + 1}`}
                  extra={
                    <Space size={4}>
                      <Button
                        size="small"
                        disabled={i === 0 || !canManage}
                        onClick={() => move(i, i - 1)}
                        aria-label={`Đưa phần ${ROMAN[i]} lên`}
                      >
                        ↑
                      </Button>
                      <Button
                        size="small"
                        disabled={i === fields.length - 1 || !canManage}
                        onClick={() => move(i, i + 1)}
                        aria-label={`Đưa phần ${ROMAN[i]} xuống`}
                      >
                        ↓
                      </Button>
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        onClick={() => remove(f.name)}
                        aria-label={`Xóa phần ${ROMAN[i]}`}
                      />
                    </Space>
                  }
                >
                  <Form.Item
                    name={[f.name, 'heading']}
                    label="Tiêu đề phần"
                    rules={[{ required: true, whitespace: true, message: 'Nhập tiêu đề.' }]}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'paragraphs']} label="Nội dung">
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} />
                  </Form.Item>
                  <Form.List name={[f.name, 'subsections']}>
                    {(subs, ops) => (
                      <>
                        {subs.map((s, j) => (
                          <div key={s.key} className="plan-subsection">
                            <Flex gap={8} align="start">
                              <Form.Item
                                name={[s.name, 'heading']}
                                label={`Mục ${j + 1}`}
                                style={{ flex: 1 }}
                                rules={[{ required: true, whitespace: true, message: 'Nhập tiêu đề mục.' }]}
                              >
                                <Input maxLength={300} />
                              </Form.Item>
                              <Button
                                danger
                                icon={<DeleteOutlined aria-hidden />}
                                style={{ marginTop: 30 }}
                                onClick={() => ops.remove(s.name)}
                                aria-label={`Xóa mục ${j + 1}`}
                              />
                            </Flex>
                            <Form.Item name={[s.name, 'paragraphs']} label={`Nội dung mục ${j + 1}`}>
                              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
                            </Form.Item>
                          </div>
                        ))}
                        <Button
                          size="small"
                          icon={<PlusOutlined aria-hidden />}
                          onClick={() => ops.add({ heading: '', paragraphs: '' })}
                        >
                          Thêm mục
                        </Button>
                      </>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ heading: '', paragraphs: '', subsections: [] })}
              >
                Thêm phần
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card title="Kết thúc văn bản" size="small" style={{ marginBottom: 16 }}>
        <Form.Item name="closing" label="Đoạn kết">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)">
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
            </Form.Item>
            <Form.Item name="archive" label="Lưu (cách nhau bằng dấu phẩy)">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="signerLines" label="Chức danh người ký (mỗi dòng một dòng in)">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
            <Form.Item name="signerName" label="Họ và tên người ký">
              <Input maxLength={150} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {canManage && (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu nội dung kế hoạch
        </Button>
      )}
    </Form>
  );
}

// The drawer that drafts a new movement: level, kind, theme, period, purposes, criteria with
// targets, awards, review deadlines and the participating units. The launching body is one of the
// units where the user holds plan.manage.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Drawer, Flex, Form, Grid, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, optionsOf, toIso } from '../../ui/format';
import { useFormModal } from '../../ui/form-modal';
import { FormProblemAlert } from '../../ui/forms';
import { useOnChange } from '../../ui/hooks';
import { OrgTreeSelect, useOrganisations } from '../../ui/orgs';
import type { Organisation } from '../../ui/types';
import { useAwardOptions } from '../rounds/RoundsPage';
import { movementKeys } from './keys';
import { KIND_LABELS, LEVEL_LABELS, linesOf } from './labels';
import type { MovementDetail, MovementKind, MovementLevel } from './types';

/** Roles that hold plan.manage (src/server/policy.ts). */
const MANAGE_ROLES = new Set(['admin', 'officer']);

interface MovementValues {
  orgId: string;
  level: MovementLevel;
  kind: MovementKind;
  theme: string;
  fromDate: Dayjs;
  toDate: Dayjs;
  purposes?: string;
  criteria: { text: string; target?: string }[];
  awards?: string[];
  midReviewBy?: Dayjs | null;
  finalReviewBy?: Dayjs | null;
  participantOrgIds: string[];
}

function levelFor(o: Organisation | undefined): MovementLevel {
  if (!o) return 'unit';
  if (o.type === 'province') return 'province';
  if (o.type === 'commune' || o.type === 'ward' || o.type === 'special_zone') return 'commune';
  return 'unit';
}

export function CreateMovementDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { index } = useOrganisations();
  const screens = Grid.useBreakpoint();
  const offices = useMemo(() => {
    const seen = new Map<string, string>();
    for (const g of me.grants) if (MANAGE_ROLES.has(g.role)) seen.set(g.orgId, g.orgName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [me.grants]);
  const state = useFormModal<MovementValues, MovementDetail>({
    open,
    initialValues: () => {
      const year = dayjs().year();
      const first = offices[0]?.value;
      return {
        orgId: first,
        level: levelFor(first ? index.byId.get(first) : undefined),
        kind: 'thematic',
        fromDate: dayjs(),
        toDate: dayjs(`${year}-11-30`),
        criteria: [{ text: '', target: '' }],
      };
    },
    submit: (v) =>
      api.post<MovementDetail>('/movements', {
        orgId: v.orgId,
        level: v.level,
        kind: v.kind,
        theme: v.theme,
        fromDate: toIso(v.fromDate),
        toDate: toIso(v.toDate),
        purposes: linesOf(v.purposes),
        criteria: v.criteria.map((c) => ({ text: c.text, target: c.target?.trim() ? c.target : null })),
        awards: (v.awards ?? []).map((a) => a.trim()).filter(Boolean),
        midReviewBy: toIso(v.midReviewBy),
        finalReviewBy: toIso(v.finalReviewBy),
        participantOrgIds: v.participantOrgIds,
      }),
    onSuccess: async (m) => {
      await qc.invalidateQueries({ queryKey: movementKeys.all });
      void message.success(`Đã soạn phong trào "${m.theme}". Kiểm tra nội dung rồi bấm "Phát động".`);
      onClose();
      void navigate(`/phong-trao/${m.id}`);
    },
  });
  const form = state.form;
  const orgId = Form.useWatch('orgId', form);
  const toDate = Form.useWatch('toDate', form);
  const awards = useAwardOptions(toIso(toDate) ?? dayjs().format('YYYY-MM-DD'));
  // Award names as the launch plan writes them; free text is allowed too.
  const awardOptions = useMemo(
    () => awards.options.map((g) => ({ ...g, options: g.options.map((o) => ({ value: o.label, label: o.label })) })),
    [awards.options],
  );
  const inSubtree = useMemo(
    () => (o: Organisation) => !!orgId && o.id !== orgId && index.ancestors(o.id).some((a) => a.id === orgId),
    [orgId, index],
  );

  // The organisations may arrive after the drawer opened: the level follows the launching body
  // until the user picks one. Whether they did is kept here, not read from the form's "touched"
  // state, which a reset of the form on opening does not always clear in time.
  const levelPicked = useRef(false);
  useOnChange([open], () => {
    levelPicked.current = false;
  });
  useOnChange([open, orgId, index], () => {
    const launching = orgId ?? form.getFieldValue('orgId') ?? offices[0]?.value;
    if (open && launching && !levelPicked.current) form.setFieldValue('level', levelFor(index.byId.get(launching)));
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="Soạn phong trào thi đua"
      size={screens.md === false ? '100%' : 760}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={state.pending} onClick={() => form.submit()}>
            Lưu bản soạn
          </Button>
        </Flex>
      }
    >
      <FormProblemAlert problem={state.problem} />
      <Form
        form={form}
        name="movement-create"
        layout="vertical"
        onFinish={state.send}
        onValuesChange={(changed: Partial<MovementValues>) => {
          if (changed.level) levelPicked.current = true;
          if (changed.orgId) {
            form.setFieldValue('participantOrgIds', []);
            form.setFieldValue('level', levelFor(index.byId.get(changed.orgId)));
          }
        }}
      >
        <Form.Item
          name="theme"
          label="Tên, chủ đề phong trào"
          rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên phong trào.' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 3 }}
            maxLength={500}
            placeholder="Ví dụ: Chung sức xây dựng đô thị văn minh"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="orgId"
              label="Cơ quan phát động"
              rules={[{ required: true, message: 'Chọn cơ quan phát động.' }]}
            >
              <Select options={offices} placeholder="Chọn cơ quan" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="level" label="Cấp phát động" rules={[{ required: true, message: 'Chọn cấp phát động.' }]}>
              <Select options={optionsOf(LEVEL_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="kind"
              label="Hình thức thi đua"
              rules={[{ required: true, message: 'Chọn hình thức thi đua.' }]}
            >
              <Select options={optionsOf(KIND_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="fromDate" label="Từ ngày" rules={[{ required: true, message: 'Chưa chọn ngày bắt đầu.' }]}>
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="toDate" label="Đến ngày" rules={[{ required: true, message: 'Chưa chọn ngày kết thúc.' }]}>
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="purposes" label="Mục đích, yêu cầu" extra="Mỗi dòng một ý.">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="Động viên cán bộ, nhân dân tham gia…" />
        </Form.Item>
        <Typography.Text strong id="movement-criteria-label">
          Nội dung, chỉ tiêu thi đua
        </Typography.Text>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            // biome-ignore lint/a11y/useSemanticElements: a fieldset's border and legend would fight Ant Design's form layout.
            <div className="movement-criteria-edit" role="group" aria-labelledby="movement-criteria-label">
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="flex-start" className="movement-criterion-row">
                  <span className="movement-criterion-no" aria-hidden>
                    {i + 1}.
                  </span>
                  <Form.Item
                    name={[f.name, 'text']}
                    rules={[{ required: true, whitespace: true, message: 'Chưa nhập nội dung thi đua.' }]}
                    style={{ flex: 3, minWidth: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      maxLength={1000}
                      placeholder="Nội dung thi đua"
                      aria-label={`Nội dung thi đua ${i + 1}`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'target']} style={{ flex: 2, minWidth: 0 }}>
                    <Input maxLength={300} placeholder="Chỉ tiêu (nếu có)" aria-label={`Chỉ tiêu ${i + 1}`} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`Xóa nội dung ${i + 1}`}
                    disabled={fields.length === 1}
                    onClick={() => remove(f.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ text: '', target: '' })}
                block
              >
                Thêm nội dung, chỉ tiêu
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item name="awards" label="Hình thức khen thưởng" extra="Chọn trong danh mục hoặc gõ tên rồi nhấn Enter.">
          <Select
            mode="tags"
            options={awardOptions}
            loading={awards.isPending}
            placeholder="Ví dụ: Giấy khen của Chủ tịch UBND phường"
            tokenSeparators={[';']}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item name="midReviewBy" label="Thời hạn sơ kết">
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="finalReviewBy" label="Thời hạn tổng kết">
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="participantOrgIds"
          label="Đơn vị tham gia"
          extra="Chỉ các đơn vị thuộc cơ quan phát động."
          rules={[{ required: true, message: 'Chọn ít nhất một đơn vị tham gia.' }]}
        >
          <OrgTreeSelect multiple selectable={inSubtree} hideClosed disabled={!orgId} placeholder="Chọn đơn vị" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

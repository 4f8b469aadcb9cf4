import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { ROUND_KIND_LABELS, type RoundKind } from '../../../../src/domain/rounds/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, optionsOf, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect, useOrganisations } from '../../ui/orgs';
import type { Organisation } from '../../ui/types';
import { CATEGORY_LABELS, convertPeriod } from '../eligibility/labels';
import { PeriodPicker } from '../eligibility/parts';
import type { Catalogue } from '../eligibility/types';
import { addDays } from './labels';
import type { RoundDetail } from './types';
import { catalogueKeys } from '../eligibility/keys';
import { roundKeys } from './keys';

/** Roles that may run rounds (src/server/policy.ts: round.manage). */
const MANAGE_ROLES = new Set(['admin', 'officer']);

interface RoundValues {
  name: string;
  orgId: string;
  kind: RoundKind;
  period: string;
  awardCodes: string[];
  invitedOrgIds: string[];
  opensOn: Dayjs;
  submitBy: Dayjs;
  decisionBy: Dayjs;
  note?: string;
}

/** The awards a round (or a registration, a movement) may name, as of a date, as Select options. */
export function useAwardOptions(date: string) {
  const q = useQuery({
    queryKey: catalogueKeys.at(date),
    queryFn: () => api.get<Catalogue>('/catalogue', { date }),
    staleTime: 5 * 60_000,
  });
  const options = useMemo(() => {
    const awards = q.data?.awards ?? [];
    return (['title', 'form'] as const)
      .map((cat) => ({
        label: CATEGORY_LABELS[cat],
        title: CATEGORY_LABELS[cat],
        options: awards.filter((a) => a.category === cat).map((a) => ({ value: a.code, label: a.name })),
      }))
      .filter((g) => g.options.length);
  }, [q.data]);
  return { ...q, options };
}

export function CreateRoundModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { index } = useOrganisations();
  const offices = useMemo(() => {
    const seen = new Map<string, string>();
    for (const g of me.grants) if (MANAGE_ROLES.has(g.role)) seen.set(g.orgId, g.orgName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [me.grants]);
  const state = useFormModal<RoundValues, RoundDetail>({
    open,
    initialValues: () => {
      const today = dayjs().format('YYYY-MM-DD');
      return {
        orgId: offices[0]?.value,
        kind: 'year_end',
        period: String(dayjs().year()),
        opensOn: dayjs(today),
        submitBy: dayjs(addDays(today, 14)),
        decisionBy: dayjs(addDays(today, 28)),
      };
    },
    submit: (v) =>
      api.post<RoundDetail>('/rounds', {
        name: v.name,
        orgId: v.orgId,
        kind: v.kind,
        period: v.period,
        awardCodes: v.awardCodes,
        invitedOrgIds: v.invitedOrgIds,
        opensOn: toIso(v.opensOn),
        submitBy: toIso(v.submitBy),
        decisionBy: toIso(v.decisionBy),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: roundKeys.all });
      void message.success(`Đã lập đợt xét "${r.name}". Mở đợt để các đơn vị bắt đầu gửi hồ sơ.`);
      onClose();
      void navigate(`/dot-xet/${r.id}`);
    },
  });

  const { form } = state;
  const orgId = Form.useWatch('orgId', form);
  const decisionBy = Form.useWatch('decisionBy', form);
  const awards = useAwardOptions(toIso(decisionBy) ?? dayjs().format('YYYY-MM-DD'));
  // Only units inside the office's own subtree can be invited.
  const inSubtree = useMemo(
    () => (o: Organisation) => !!orgId && (o.id === orgId || index.ancestors(o.id).some((a) => a.id === orgId)),
    [orgId, index],
  );

  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Lập đợt xét khen thưởng"
      okText="Lập đợt xét"
      width={760}
      name="round-create"
      formProps={{
        onValuesChange: (changed: Partial<RoundValues>) => {
          if (changed.kind)
            form.setFieldValue(
              'period',
              convertPeriod(
                form.getFieldValue('period') ?? String(dayjs().year()),
                changed.kind === 'school_year' ? 'school' : 'calendar',
              ),
            );
          if (changed.orgId) form.setFieldValue('invitedOrgIds', []);
        },
      }}
    >
      <Form.Item
        name="name"
        label="Tên đợt xét"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên đợt xét.' }]}
      >
        <Input maxLength={300} placeholder={`Ví dụ: Tổng kết công tác thi đua, khen thưởng năm ${dayjs().year()}`} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="orgId"
            label="Cơ quan tổ chức đợt xét"
            rules={[{ required: true, message: 'Chọn cơ quan tổ chức đợt xét.' }]}
          >
            <Select options={offices} placeholder="Chọn cơ quan" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label="Loại đợt xét" rules={[{ required: true, message: 'Chọn loại đợt xét.' }]}>
            <Select options={optionsOf(ROUND_KIND_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="period" label="Kỳ xét" rules={[{ required: true, message: 'Chọn kỳ xét.' }]}>
            <PeriodPicker block />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="awardCodes"
        label="Danh hiệu, hình thức xét trong đợt"
        rules={[{ required: true, message: 'Chọn ít nhất một danh hiệu hoặc hình thức.' }]}
      >
        <Select
          mode="multiple"
          options={awards.options}
          loading={awards.isPending}
          optionFilterProp="label"
          placeholder="Chọn danh hiệu, hình thức"
          allowClear
        />
      </Form.Item>
      <Form.Item
        name="invitedOrgIds"
        label="Đơn vị được mời đề nghị"
        extra="Chỉ các đơn vị thuộc cơ quan tổ chức đợt xét."
        rules={[{ required: true, message: 'Chọn ít nhất một đơn vị được mời đề nghị.' }]}
      >
        <OrgTreeSelect multiple selectable={inSubtree} hideClosed disabled={!orgId} placeholder="Chọn đơn vị" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item name="opensOn" label="Ngày mở đợt" rules={[{ required: true, message: 'Chưa chọn ngày mở đợt.' }]}>
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="submitBy"
            label="Hạn nộp hồ sơ"
            rules={[{ required: true, message: 'Chưa chọn hạn nộp hồ sơ.' }]}
          >
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="decisionBy"
            label="Ngày dự kiến quyết định"
            rules={[{ required: true, message: 'Chưa chọn ngày dự kiến quyết định.' }]}
          >
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={3} maxLength={2000} placeholder="Yêu cầu về hồ sơ, căn cứ kế hoạch…" />
      </Form.Item>
    </FormModal>
  );
}

/** What the list says about dossiers: the office counts them, a unit sees its own. */

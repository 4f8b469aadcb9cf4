// /kiem-tra: the year's inspection plan (kiểm tra công tác thi đua, khen thưởng) — units and
// dates, filtered by year and status on the server — and a form to add a unit to the plan.
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Select, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { Dayjs } from 'dayjs';
import { INSPECTION_STATUS_LABELS } from '../../../../src/domain/inspections/index';
import type { InspectionDetail, InspectionPage } from '../../../../src/features/inspections/schema';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, fmtDate, optionsOf, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect } from '../../ui/orgs';
import { PageHeader, useDocumentTitle } from '../../ui/page';
import { YearFilter, YearlyTable, useYearlyList } from '../../ui/yearly-list';
import { inspectionKeys } from './keys';

type Page = z.output<typeof InspectionPage>;
type Row = Page['items'][number];
type Detail = z.output<typeof InspectionDetail>;

const STATUS_COLORS: Record<string, string> = {
  planned: 'default',
  conducted: 'blue',
  concluded: 'orange',
  closed: 'green',
  cancelled: 'red',
};

export function InspectionsPage() {
  useDocumentTitle('Kiểm tra công tác thi đua, khen thưởng');
  const { can } = useAuth();
  const [params] = useSearchParams();
  const status = params.get('status') ?? undefined;
  const { year, update, ...table } = useYearlyList<Row>(inspectionKeys.all, '/inspections', { status });
  const [open, setOpen] = useState(false);

  return (
    <>
      <PageHeader
        title="Kiểm tra công tác thi đua, khen thưởng"
        subtitle="Kế hoạch kiểm tra của năm, biên bản, kết luận và theo dõi thực hiện kiến nghị"
        actions={
          can('plan.manage') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              Thêm vào kế hoạch kiểm tra
            </Button>
          ) : null
        }
      />
      <YearFilter year={year} update={update}>
        <Select
          aria-label="Trạng thái"
          allowClear
          placeholder="Mọi trạng thái"
          style={{ width: 260 }}
          value={status}
          options={optionsOf(INSPECTION_STATUS_LABELS)}
          onChange={(v) => update({ status: v ?? '' })}
        />
      </YearFilter>
      <YearlyTable<Row>
        {...table}
        update={update}
        scrollX={900}
        columns={[
          {
            title: 'Đơn vị được kiểm tra',
            dataIndex: 'targetOrgName',
            render: (v: string, r) => <Link to={`/kiem-tra/${r.id}`}>{v}</Link>,
          },
          { title: 'Cơ quan kiểm tra', dataIndex: 'orgName' },
          {
            title: 'Thời gian dự kiến',
            key: 'when',
            render: (_: unknown, r) => `${fmtDate(r.plannedFrom)} – ${fmtDate(r.plannedTo)}`,
          },
          { title: 'Ngày kiểm tra', dataIndex: 'heldOn', render: fmtDate },
          {
            title: 'Trạng thái',
            dataIndex: 'statusLabel',
            render: (v: string, r) => <Tag color={STATUS_COLORS[r.status]}>{v}</Tag>,
          },
          {
            title: 'Kiến nghị',
            key: 'recs',
            render: (_: unknown, r) => (
              <>
                {r.openRecommendations ? `${r.openRecommendations} đang thực hiện` : '—'}
                {r.overdueRecommendations ? <Tag color="red">{r.overdueRecommendations} quá hạn</Tag> : null}
              </>
            ),
          },
        ]}
      />
      {open ? <PlanModal year={year} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

interface PlanValues {
  orgId: string;
  targetOrgId: string;
  year: number;
  dates?: [Dayjs, Dayjs];
  subject: string;
}

function PlanModal({ year, onClose }: { year: number; onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const state = useFormModal<PlanValues, Detail>({
    open: true,
    initialValues: () => ({ year }),
    submit: (v) =>
      api.post<Detail>('/inspections', {
        orgId: v.orgId,
        targetOrgId: v.targetOrgId,
        year: v.year,
        plannedFrom: toIso(v.dates?.[0]),
        plannedTo: toIso(v.dates?.[1]),
        subject: v.subject,
      }),
    onSuccess: async (d) => {
      await qc.invalidateQueries({ queryKey: inspectionKeys.all });
      void navigate(`/kiem-tra/${d.id}`);
    },
  });
  return (
    <FormModal
      state={state}
      open
      onClose={onClose}
      title="Thêm đơn vị vào kế hoạch kiểm tra"
      okText="Lưu"
      width={640}
      name="inspection-plan"
    >
      <Form.Item name="orgId" label="Cơ quan tiến hành kiểm tra" rules={[{ required: true, message: 'Chọn cơ quan.' }]}>
        <OrgTreeSelect placeholder="Chọn cơ quan" />
      </Form.Item>
      <Form.Item
        name="targetOrgId"
        label="Đơn vị được kiểm tra"
        rules={[{ required: true, message: 'Chọn đơn vị được kiểm tra.' }]}
      >
        <OrgTreeSelect placeholder="Chọn đơn vị" />
      </Form.Item>
      <Form.Item name="year" label="Năm kế hoạch" rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      <Form.Item name="dates" label="Thời gian dự kiến" rules={[{ required: true, message: 'Chọn thời gian.' }]}>
        <DatePicker.RangePicker format={DATE_FORMATS} placeholder={['Từ ngày', 'Đến ngày']} />
      </Form.Item>
      <Form.Item name="subject" label="Nội dung kiểm tra" rules={[{ required: true, message: 'Nhập nội dung.' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

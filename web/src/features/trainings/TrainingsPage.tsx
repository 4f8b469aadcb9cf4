// /tap-huan: training courses (tập huấn, bồi dưỡng nghiệp vụ thi đua, khen thưởng) filtered by year
// on the server, a form to plan one, and who in each unit has never been trained.
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { Dayjs } from 'dayjs';
import type { TrainingDetail, TrainingPage, UntrainedPage } from '../../../../src/features/trainings/schema';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, fmtDate, fmtNumber, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect } from '../../ui/orgs';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { YearFilter, YearlyTable, useYearlyList } from '../../ui/yearly-list';
import { trainingKeys } from './keys';

type Page = z.output<typeof TrainingPage>;
type Row = Page['items'][number];
type Untrained = z.output<typeof UntrainedPage>;

export function TrainingsPage() {
  useDocumentTitle('Tập huấn nghiệp vụ');
  const { can } = useAuth();
  const [params] = useSearchParams();
  const tab = params.get('tab') ?? 'courses';
  const { year, update, ...table } = useYearlyList<Row>(trainingKeys.all, '/trainings', {}, tab === 'courses');
  const [open, setOpen] = useState(false);
  return (
    <>
      <PageHeader
        title="Tập huấn nghiệp vụ thi đua, khen thưởng"
        subtitle="Lớp tập huấn, học viên, điểm danh, giấy chứng nhận"
        actions={
          can('plan.manage') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              Lập lớp tập huấn
            </Button>
          ) : null
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k })}
        items={[
          {
            key: 'courses',
            label: 'Các lớp tập huấn',
            children: (
              <>
                <YearFilter year={year} update={update} />
                <YearlyTable<Row>
                  {...table}
                  update={update}
                  scrollX={800}
                  columns={[
                    {
                      title: 'Lớp tập huấn',
                      dataIndex: 'title',
                      render: (v: string, r) => <Link to={`/tap-huan/${r.id}`}>{v}</Link>,
                    },
                    { title: 'Đơn vị tổ chức', dataIndex: 'orgName' },
                    {
                      title: 'Thời gian',
                      key: 'when',
                      render: (_: unknown, r) =>
                        r.fromDate === r.toDate ? fmtDate(r.fromDate) : `${fmtDate(r.fromDate)} – ${fmtDate(r.toDate)}`,
                    },
                    { title: 'Trạng thái', dataIndex: 'statusLabel', render: (v: string) => <Tag>{v}</Tag> },
                    {
                      title: 'Học viên (có mặt)',
                      key: 'n',
                      render: (_: unknown, r) => `${fmtNumber(r.participants)} (${fmtNumber(r.attended)})`,
                    },
                  ]}
                />
              </>
            ),
          },
          { key: 'untrained', label: 'Chưa từng được tập huấn', children: <UntrainedView /> },
        ]}
      />
      {open ? <CourseModal onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function UntrainedView() {
  const [orgId, setOrgId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: trainingKeys.untrained(orgId, page),
    queryFn: () => api.get<Untrained>('/trainings/untrained', { orgId, page, pageSize: 50 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <OrgTreeSelect
          aria-label="Đơn vị"
          allowClear
          placeholder="Mọi đơn vị được xem"
          style={{ width: 360 }}
          value={orgId}
          onChange={(v) => {
            setOrgId(v as string | undefined);
            setPage(1);
          }}
        />
      </Space>
      {q.isError ? (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Table
            rowKey="unitId"
            size="small"
            loading={q.isPending}
            dataSource={q.data?.units.filter((u) => u.untrained > 0)}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: 'Đơn vị', dataIndex: 'unitName' },
              { title: 'Số người', dataIndex: 'people', width: 120, render: fmtNumber },
              { title: 'Chưa từng tập huấn', dataIndex: 'untrained', width: 180, render: fmtNumber },
            ]}
          />
          <Table
            rowKey="personId"
            size="small"
            loading={q.isPending}
            dataSource={q.data?.items}
            pagination={{ current: page, pageSize: 50, total: q.data?.total, onChange: setPage }}
            columns={[
              {
                title: 'Họ và tên',
                dataIndex: 'fullName',
                render: (v: string, r) => <Link to={`/ca-nhan/${r.personId}`}>{v}</Link>,
              },
              { title: 'Đơn vị', dataIndex: 'unitName' },
            ]}
          />
        </Space>
      )}
    </>
  );
}

interface CourseValues {
  orgId: string;
  title: string;
  content: string;
  dates?: [Dayjs, Dayjs];
  place?: string;
  trainers?: string;
  invitedOrgIds?: string[];
}

function CourseModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const state = useFormModal<CourseValues, z.output<typeof TrainingDetail>>({
    open: true,
    submit: (v) =>
      api.post<z.output<typeof TrainingDetail>>('/trainings', {
        orgId: v.orgId,
        title: v.title,
        content: v.content,
        fromDate: toIso(v.dates?.[0]),
        toDate: toIso(v.dates?.[1]),
        place: v.place || null,
        trainers: String(v.trainers ?? '')
          .split('\n')
          .map((s: string) => s.trim())
          .filter(Boolean),
        invitedOrgIds: v.invitedOrgIds ?? [],
      }),
    onSuccess: async (d) => {
      await qc.invalidateQueries({ queryKey: trainingKeys.all });
      void navigate(`/tap-huan/${d.id}`);
    },
  });
  return (
    <FormModal
      state={state}
      open
      onClose={onClose}
      title="Lập lớp tập huấn"
      okText="Lưu"
      width={680}
      name="training-course"
    >
      <Form.Item name="orgId" label="Đơn vị tổ chức" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
        <OrgTreeSelect placeholder="Chọn đơn vị" />
      </Form.Item>
      <Form.Item name="title" label="Tên lớp" rules={[{ required: true, message: 'Nhập tên lớp.' }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="content" label="Nội dung" rules={[{ required: true, message: 'Nhập nội dung.' }]}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item name="dates" label="Thời gian" rules={[{ required: true, message: 'Chọn thời gian.' }]}>
        <DatePicker.RangePicker format={DATE_FORMATS} placeholder={['Từ ngày', 'Đến ngày']} />
      </Form.Item>
      <Form.Item name="place" label="Địa điểm">
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="trainers" label="Báo cáo viên (mỗi người một dòng)">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="invitedOrgIds" label="Đơn vị được mời">
        <OrgTreeSelect multiple placeholder="Chọn đơn vị" />
      </Form.Item>
    </FormModal>
  );
}

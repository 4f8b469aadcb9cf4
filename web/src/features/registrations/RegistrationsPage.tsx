// /dang-ky-thi-dua: the registration calls (đăng ký thi đua) the user may see, with the deadline
// and the days left; the office opens the year's call: period, titles and deadline.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Grid,
  Row,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isoDateInVietnam } from '../../../../src/domain/vi-text/index';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, fmtDate, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { useServerPaging } from '../../ui/paging';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { periodText } from '../eligibility/labels';
import { PeriodPicker } from '../eligibility/parts';
import { daysUntil } from '../rounds/labels';
import { Countdown } from '../rounds/parts';
import { useAwardOptions } from '../rounds/RoundsPage';
import { registrationKeys } from './keys';
import type { CallDetail, CallListItem } from './types';

/** Roles that hold plan.manage (src/server/policy.ts). */
const MANAGE_ROLES = new Set(['admin', 'officer']);

interface CallValues {
  orgId: string;
  period: string;
  awardCodes: string[];
  deadline: Dayjs;
}

/** "31/01/2026" and, while it is open, the days left. */
export function DeadlineText({ deadline, open }: { deadline: string; open: boolean }) {
  return (
    <span className="registration-deadline">
      <span className="nowrap">{fmtDate(deadline)}</span>{' '}
      {open ? <Countdown daysLeft={daysUntil(deadline, isoDateInVietnam(new Date()))} /> : <Tag>Đã hết hạn</Tag>}
    </span>
  );
}

function OpenCallModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const offices = useMemo(() => {
    const seen = new Map<string, string>();
    for (const g of me.grants) if (MANAGE_ROLES.has(g.role)) seen.set(g.orgId, g.orgName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [me.grants]);
  const state = useFormModal<CallValues, CallDetail>({
    open,
    initialValues: () => {
      // At the start of the year: this year's call, due at the end of January (or in a month).
      const now = dayjs();
      const year = now.month() >= 9 ? now.year() + 1 : now.year();
      const endJan = dayjs(`${year}-01-31`);
      return {
        orgId: offices[0]?.value,
        period: String(year),
        awardCodes: ['LDTT', 'CSTD_CS', 'TT_LDTT'],
        deadline: endJan.isAfter(now) ? endJan : now.add(30, 'day'),
      };
    },
    submit: (v) =>
      api.post<CallDetail>('/registration-calls', {
        orgId: v.orgId,
        period: v.period,
        awardCodes: v.awardCodes,
        deadline: toIso(v.deadline),
      }),
    onSuccess: async (c) => {
      await qc.invalidateQueries({ queryKey: registrationKeys.all });
      void message.success(`Đã mở đăng ký thi đua ${periodText(c.period)}; các đơn vị đã được thông báo.`);
      onClose();
      void navigate(`/dang-ky-thi-dua/${c.id}`);
    },
  });
  const deadline = Form.useWatch('deadline', state.form);
  const awards = useAwardOptions(toIso(deadline) ?? dayjs().format('YYYY-MM-DD'));
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Mở đăng ký thi đua"
      okText="Mở đăng ký"
      width={640}
      name="registration-call"
    >
      <Form.Item name="orgId" label="Cơ quan mở đăng ký" rules={[{ required: true, message: 'Chọn cơ quan.' }]}>
        <Select options={offices} placeholder="Chọn cơ quan" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="period" label="Năm thi đua" rules={[{ required: true, message: 'Chọn năm thi đua.' }]}>
            <PeriodPicker block />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="deadline"
            label="Hạn đăng ký"
            rules={[
              { required: true, message: 'Chưa chọn hạn đăng ký.' },
              {
                validator: (_, d: Dayjs | null) =>
                  d?.isBefore(dayjs(), 'day')
                    ? Promise.reject(new Error('Hạn đăng ký không được trước hôm nay.'))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="awardCodes"
        label="Danh hiệu được đăng ký"
        rules={[{ required: true, message: 'Chọn ít nhất một danh hiệu.' }]}
      >
        <Select
          mode="multiple"
          options={awards.options}
          loading={awards.isPending}
          optionFilterProp="label"
          placeholder="Chọn danh hiệu"
          allowClear
        />
      </Form.Item>
      <Typography.Text type="secondary">
        Các đơn vị trực thuộc nhận thông báo và đăng ký cho đơn vị, cá nhân của mình đến hết ngày hạn.
      </Typography.Text>
    </FormModal>
  );
}

export function RegistrationsPage() {
  useDocumentTitle('Đăng ký thi đua');
  const { can } = useAuth();
  const manage = can('plan.manage');
  const [creating, setCreating] = useState(false);
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const paging = useServerPaging();
  const q = useQuery({
    queryKey: registrationKeys.list(paging.query),
    queryFn: () => api.get<{ items: CallListItem[]; total: number }>(`/registration-calls?${paging.query}`),
  });

  const columns: TableColumnsType<CallListItem> = [
    {
      title: 'Đợt đăng ký',
      dataIndex: 'period',
      render: (p: string, c) => (
        <div>
          <Link to={`/dang-ky-thi-dua/${c.id}`} style={{ fontWeight: 600 }}>
            Đăng ký thi đua {periodText(p)}
          </Link>
          <div className="muted">{c.orgName}</div>
        </div>
      ),
    },
    {
      title: 'Danh hiệu',
      key: 'awards',
      render: (_, c) => (
        <span className="tag-list">
          {c.awards.map((a) => (
            <Tag key={a.code}>{a.name}</Tag>
          ))}
        </span>
      ),
    },
    {
      title: 'Hạn đăng ký',
      key: 'deadline',
      width: 220,
      render: (_, c) => <DeadlineText deadline={c.deadline} open={c.open} />,
    },
  ];
  const compact: TableColumnsType<CallListItem> = [
    {
      title: 'Đợt đăng ký',
      dataIndex: 'period',
      render: (p: string, c) => (
        <div>
          <Link to={`/dang-ky-thi-dua/${c.id}`} style={{ fontWeight: 600 }}>
            Đăng ký thi đua {periodText(p)}
          </Link>
          <div className="muted">{c.orgName}</div>
          <div>
            Hạn: <DeadlineText deadline={c.deadline} open={c.open} />
          </div>
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Đăng ký thi đua"
        subtitle="Đầu năm, các đơn vị đăng ký danh hiệu thi đua cho tập thể và cá nhân; cuối năm đối chiếu với kết quả đạt được."
        actions={
          manage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              Mở đăng ký thi đua
            </Button>
          ) : undefined
        }
      />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<CallListItem>
            rowKey="id"
            columns={phone ? compact : columns}
            dataSource={q.data?.items ?? []}
            loading={q.isPending}
            pagination={paging.pagination(q.data?.total)}
            size="middle"
            locale={{
              emptyText: manage
                ? 'Chưa có đợt đăng ký nào. Bấm "Mở đăng ký thi đua" để bắt đầu năm mới.'
                : 'Chưa có đợt đăng ký thi đua nào.',
            }}
          />
        </Card>
      )}
      {manage && <OpenCallModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}

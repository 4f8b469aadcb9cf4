// /can-bo-tdkt: who works on emulation and commendation (thi đua, khen thưởng) in each unit —
// the posts marked as TĐKT work, which biểu 0605.N/BNV-TĐKT counts. Paged and filtered on the
// server; an officer of the unit marks or unmarks a post with the switch.
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Col, Form, Input, Row, Select, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { TdktStaffPage as StaffPageOut } from '../../../../src/features/tdkt-staff/schema';
import { api, errorMessage, type Query } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate, fmtNumber } from '../../ui/format';
import { useDebounced, useOnChange, useUrlListState } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';

type Page = z.output<typeof StaffPageOut>;
type Item = Page['items'][number];

const FILTERS = [
  { value: 'yes', label: 'Người làm công tác thi đua, khen thưởng' },
  { value: 'no', label: 'Người chưa được đánh dấu' },
  { value: 'all', label: 'Mọi người đang công tác' },
];

export function TdktStaffPage() {
  useDocumentTitle('Người làm công tác thi đua, khen thưởng');
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const debounced = useDebounced(text, 350);
  const filters = {
    q: params.get('q') ?? undefined,
    orgId: params.get('orgId') ?? undefined,
    tdkt: params.get('tdkt') ?? 'yes',
  };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };
  useOnChange([debounced], () => {
    if ((debounced.trim() || undefined) !== filters.q) update({ q: debounced.trim() });
  });
  const list = useQuery({
    queryKey: ['tdkt-staff', query],
    queryFn: () => api.get<Page>('/tdkt-staff', query),
    placeholderData: keepPreviousData,
  });
  const mark = useMutation({
    mutationFn: (v: { id: string; tdktWork: boolean }) =>
      api.put<Item>(`/tdkt-staff/${v.id}`, { tdktWork: v.tdktWork }),
    onSuccess: (item) => {
      void message.success(
        item.tdktWork
          ? `Đã đánh dấu ${item.fullName} làm công tác thi đua, khen thưởng.`
          : `Đã bỏ đánh dấu ${item.fullName}.`,
      );
      void client.invalidateQueries({ queryKey: ['tdkt-staff'] });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const editable = can('registry.write');

  const columns: TableColumnsType<Item> = [
    {
      title: 'STT',
      key: 'no',
      width: 60,
      align: 'center',
      render: (_: unknown, _i, i) => fmtNumber((page - 1) * pageSize + i + 1),
    },
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      width: 200,
      render: (v: string, r) => <Link to={`/ca-nhan/${r.personId}`}>{v}</Link>,
    },
    { title: 'Giới tính', dataIndex: 'gender', width: 90, render: (g: string) => (g === 'female' ? 'Nữ' : 'Nam') },
    { title: 'Ngày sinh', dataIndex: 'birthDate', width: 110, render: fmtDate },
    { title: 'Trình độ đào tạo', dataIndex: 'educationLabel', width: 140, render: (v: string | null) => v ?? EMPTY },
    { title: 'Đơn vị', dataIndex: 'unitName', width: 220 },
    { title: 'Chức vụ, vị trí', dataIndex: 'position', width: 180, render: (v: string | null) => v ?? EMPTY },
    { title: 'Từ ngày', dataIndex: 'fromDate', width: 110, render: fmtDate },
    {
      title: 'Làm công tác TĐKT',
      dataIndex: 'tdktWork',
      width: 150,
      align: 'center',
      render: (v: boolean, r) => (
        <Switch
          checked={v}
          disabled={!editable}
          loading={mark.isPending && mark.variables?.id === r.membershipId}
          aria-label={`${r.fullName} làm công tác thi đua, khen thưởng`}
          checkedChildren="Có"
          unCheckedChildren="Không"
          onChange={(checked) => mark.mutate({ id: r.membershipId, tdktWork: checked })}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Người làm công tác thi đua, khen thưởng"
        subtitle="Người đang giữ vị trí làm công tác thi đua, khen thưởng ở từng đơn vị (số liệu của biểu 0605.N/BNV-TĐKT)"
      />
      <Card styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-bar" role="search" aria-label="Tìm người làm công tác TĐKT">
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item label="Tìm theo họ tên" htmlFor="tdkt-staff-q">
                <Input
                  id="tdkt-staff-q"
                  allowClear
                  prefix={<SearchOutlined aria-hidden />}
                  placeholder="Họ tên (không cần dấu)"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Đơn vị" tooltip="Gồm cả các đơn vị trực thuộc" htmlFor="tdkt-staff-org">
                <OrgTreeSelect
                  id="tdkt-staff-org"
                  value={filters.orgId}
                  onChange={(v) => update({ orgId: v as string | undefined })}
                  placeholder="Tất cả đơn vị được xem"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Hiển thị" htmlFor="tdkt-staff-filter">
                <Select
                  id="tdkt-staff-filter"
                  value={filters.tdkt}
                  onChange={(v) => update({ tdkt: v === 'yes' ? undefined : v })}
                  options={FILTERS}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Typography.Paragraph type="secondary" style={{ padding: '12px 16px 0', margin: 0 }} aria-live="polite">
            {list.data ? `Có ${fmtNumber(list.data.total)} người` : 'Đang tải…'}
          </Typography.Paragraph>
          <Table<Item>
            rowKey="membershipId"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            size="middle"
            locale={{
              emptyText:
                filters.tdkt === 'yes'
                  ? 'Chưa có người nào được đánh dấu làm công tác thi đua, khen thưởng trong phạm vi này.'
                  : 'Không có người nào phù hợp với điều kiện tìm kiếm.',
            }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total, [from, to]) => `${fmtNumber(from)}–${fmtNumber(to)} / ${fmtNumber(total)}`,
              onChange: (p, s) => update({ page: p === 1 ? undefined : p, pageSize: s === 20 ? undefined : s }, true),
              style: { padding: '0 16px' },
            }}
          />
        </Card>
      )}
    </>
  );
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Select, Switch, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { TdktStaffPage as StaffPageOut } from '../../../../src/features/tdkt-staff/schema';
import { api, errorMessage, type Query } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate, fmtNumber } from '../../ui/format';
import { FilterBar, PagedListCard, SearchFilter, useSearchText } from '../../ui/filter-bar';
import { useUrlListState } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { PageHeader, useDocumentTitle } from '../../ui/page';
import { tdktStaffKeys } from './keys';

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
  const filters = {
    q: params.get('q') ?? undefined,
    orgId: params.get('orgId') ?? undefined,
    tdkt: params.get('tdkt') ?? 'yes',
  };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };
  const [text, setText] = useSearchText(filters.q, update);
  const list = useQuery({
    queryKey: tdktStaffKeys.list(query),
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
      void client.invalidateQueries({ queryKey: tdktStaffKeys.all });
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
      <FilterBar label="Tìm người làm công tác TĐKT">
        <Col xs={24} md={8}>
          <SearchFilter
            id="tdkt-staff-q"
            label="Tìm theo họ tên"
            placeholder="Họ tên (không cần dấu)"
            value={text}
            onChange={setText}
          />
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
      </FilterBar>
      <PagedListCard<Item>
        list={list}
        count={(n) => `Có ${n} người`}
        page={page}
        pageSize={pageSize}
        update={update}
        table={{
          rowKey: 'membershipId',
          columns,
          locale: {
            emptyText:
              filters.tdkt === 'yes'
                ? 'Chưa có người nào được đánh dấu làm công tác thi đua, khen thưởng trong phạm vi này.'
                : 'Không có người nào phù hợp với điều kiện tìm kiếm.',
          },
        }}
      />
    </>
  );
}

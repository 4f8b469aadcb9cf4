// /ca-nhan: search (without diacritics, on the server), filters, server paging; add a person.
import { FilterOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Badge,
  Button,
  Card,
  Col,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Row,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  GENDER_LABELS,
  PERSON_CATEGORY_LABELS,
  type Gender,
  type PersonCategory,
} from '../../../../src/domain/registry/vocab';
import { api, type Query } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate, fmtNumber, optionsOf, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useDebounced, useOnChange, useUrlListState } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { ExportButton, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import type { Page, Person } from '../../ui/types';
import { personBody, PersonFormFields, type PersonValues } from './PersonFormFields';

const PAGE_SIZES = [20, 50, 100];

function AddPersonDrawer({
  open,
  onClose,
  defaultOrgId,
}: {
  open: boolean;
  onClose: () => void;
  defaultOrgId?: string;
}) {
  const [form] = Form.useForm<PersonValues>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { problem, setProblem, clear } = useFormProblem();
  useOnChange([open], () => {
    if (open) {
      clear();
      form.resetFields();
      form.setFieldsValue({ orgId: defaultOrgId, isManager: false });
    }
  });
  const create = useMutation({
    mutationFn: (v: PersonValues) =>
      api.post<Person>('/people', {
        ...personBody(v),
        orgId: v.orgId,
        ...(v.joinedOn ? { joinedOn: toIso(v.joinedOn) } : {}),
      }),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: ['people'] });
      void message.success(`Đã thêm "${p.fullName}".`);
      onClose();
      void navigate(`/ca-nhan/${p.id}`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="Thêm cá nhân"
      size={560}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            Lưu
          </Button>
        </Flex>
      }
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="person-create"
        layout="vertical"
        onFinish={(v) => {
          clear();
          create.mutate(v);
        }}
      >
        <PersonFormFields mode="create" />
      </Form>
    </Drawer>
  );
}

export function PeoplePage() {
  useDocumentTitle('Cá nhân');
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const screens = Grid.useBreakpoint();
  const phone = !(screens.sm ?? true);
  const [showFilters, setShowFilters] = useState(false);
  const [text, setText] = useState(params.get('q') ?? '');
  const debounced = useDebounced(text, 350);

  const filters = {
    q: params.get('q') ?? undefined,
    orgId: params.get('orgId') ?? undefined,
    category: (params.get('category') as PersonCategory | null) ?? undefined,
    gender: (params.get('gender') as Gender | null) ?? undefined,
    isManager: params.get('isManager') ?? undefined,
  };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };

  useOnChange([debounced], () => {
    if ((debounced.trim() || undefined) !== filters.q) update({ q: debounced.trim() });
  });

  const list = useQuery({
    queryKey: ['people', 'list', query],
    queryFn: () => api.get<Page<Person>>('/people', query),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Person> = [
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      fixed: 'left',
      width: 200,
      render: (name: string, p) => <Link to={`/ca-nhan/${p.id}`}>{name}</Link>,
    },
    { title: 'Giới tính', dataIndex: 'gender', width: 90, responsive: ['sm'], render: (g: Gender) => GENDER_LABELS[g] },
    { title: 'Ngày sinh', dataIndex: 'birthDate', width: 110, render: fmtDate },
    {
      title: 'Chức vụ',
      dataIndex: 'position',
      width: 180,
      responsive: ['md'],
      render: (v: string | null) => v ?? EMPTY,
    },
    { title: 'Đơn vị', dataIndex: 'orgName', width: 260, render: (v: string | null) => v ?? EMPTY },
    {
      title: 'Đối tượng',
      dataIndex: 'category',
      width: 150,
      responsive: ['lg'],
      render: (c: PersonCategory) => PERSON_CATEGORY_LABELS[c],
    },
  ];

  const compactColumns: TableColumnsType<Person> = [
    {
      title: 'Cá nhân',
      dataIndex: 'fullName',
      render: (name: string, p) => (
        <div>
          <Link to={`/ca-nhan/${p.id}`} style={{ fontWeight: 600 }}>
            {name}
          </Link>
          <div className="muted">
            {[GENDER_LABELS[p.gender], p.birthDate ? fmtDate(p.birthDate) : null, p.position]
              .filter(Boolean)
              .join(' · ')}
          </div>
          <div className="muted">{p.orgName ?? EMPTY}</div>
        </div>
      ),
    },
  ];
  const activeFilters = [filters.orgId, filters.category, filters.gender, filters.isManager].filter(Boolean).length;

  return (
    <>
      <PageHeader
        title="Cá nhân"
        actions={
          <>
            {can('registry.write') && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                Thêm cá nhân
              </Button>
            )}
            <ExportButton path="/people/export" query={filters} />
          </>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-bar" role="search" aria-label="Tìm kiếm cá nhân">
          <Row gutter={12}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label="Tìm kiếm" htmlFor="people-q">
                <Input
                  id="people-q"
                  allowClear
                  prefix={<SearchOutlined aria-hidden />}
                  placeholder="Tìm theo họ tên, số CCCD…"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
              </Form.Item>
            </Col>
            {phone && (
              <Col xs={24}>
                <Form.Item>
                  <Badge count={activeFilters} size="small">
                    <Button
                      icon={<FilterOutlined aria-hidden />}
                      aria-expanded={showFilters}
                      onClick={() => setShowFilters((v) => !v)}
                    >
                      {showFilters ? 'Ẩn bộ lọc' : 'Bộ lọc'}
                    </Button>
                  </Badge>
                </Form.Item>
              </Col>
            )}
            {(!phone || showFilters) && (
              <>
                <Col xs={24} md={12} xl={6}>
                  <Form.Item label="Đơn vị" htmlFor="people-org">
                    <OrgTreeSelect
                      id="people-org"
                      value={filters.orgId}
                      onChange={(v) => update({ orgId: v as string | undefined })}
                      placeholder="Tất cả đơn vị"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8} xl={4}>
                  <Form.Item label="Đối tượng" htmlFor="people-category">
                    <Select
                      id="people-category"
                      allowClear
                      placeholder="Tất cả"
                      value={filters.category}
                      onChange={(v) => update({ category: v })}
                      options={optionsOf(PERSON_CATEGORY_LABELS)}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8} xl={4}>
                  <Form.Item label="Giới tính" htmlFor="people-gender">
                    <Select
                      id="people-gender"
                      allowClear
                      placeholder="Tất cả"
                      value={filters.gender}
                      onChange={(v) => update({ gender: v })}
                      options={optionsOf(GENDER_LABELS)}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8} xl={4}>
                  <Form.Item label="Lãnh đạo, quản lý" htmlFor="people-manager">
                    <Select
                      id="people-manager"
                      allowClear
                      placeholder="Tất cả"
                      value={filters.isManager}
                      onChange={(v) => update({ isManager: v })}
                      options={[
                        { value: 'true', label: 'Có' },
                        { value: 'false', label: 'Không' },
                      ]}
                    />
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
        </Form>
      </Card>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Typography.Paragraph type="secondary" style={{ padding: '12px 16px 0', margin: 0 }} aria-live="polite">
            {list.data ? `Tìm thấy ${fmtNumber(list.data.total)} cá nhân` : 'Đang tải…'}
          </Typography.Paragraph>
          <Table<Person>
            rowKey="id"
            columns={phone ? compactColumns : columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            size="middle"
            locale={{
              emptyText:
                filters.q || filters.orgId || filters.category || filters.gender || filters.isManager
                  ? 'Không có cá nhân nào phù hợp với điều kiện tìm kiếm.'
                  : 'Chưa có cá nhân nào.',
            }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total, [from, to]) => `${fmtNumber(from)}–${fmtNumber(to)} / ${fmtNumber(total)}`,
              onChange: (p, s) => update({ page: p === 1 ? undefined : p, pageSize: s === 20 ? undefined : s }, true),
              style: { padding: '0 16px' },
            }}
          />
        </Card>
      )}
      {can('registry.write') && (
        <AddPersonDrawer open={adding} onClose={() => setAdding(false)} defaultOrgId={filters.orgId} />
      )}
    </>
  );
}

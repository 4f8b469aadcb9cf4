// /ca-nhan: search (without diacritics, on the server), filters, server paging; add a person.
import { FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Col, Drawer, Flex, Form, Grid, Select, type TableColumnsType } from 'antd';
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
import { EMPTY, fmtDate, optionsOf, toIso } from '../../ui/format';
import { useFormModal } from '../../ui/form-modal';
import { FormProblemAlert } from '../../ui/forms';
import { FilterBar, PagedListCard, SearchFilter, useSearchText } from '../../ui/filter-bar';
import { useUrlListState } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { ExportButton, PageHeader, useDocumentTitle } from '../../ui/page';
import type { Page, Person } from '../../ui/types';
import { peopleKeys } from './keys';
import { personBody, PersonFormFields, type PersonValues } from './PersonFormFields';

function AddPersonDrawer({
  open,
  onClose,
  defaultOrgId,
}: {
  open: boolean;
  onClose: () => void;
  defaultOrgId?: string;
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const state = useFormModal<PersonValues, Person>({
    open,
    initialValues: () => ({ orgId: defaultOrgId, isManager: false }),
    submit: (v) =>
      api.post<Person>('/people', {
        ...personBody(v),
        orgId: v.orgId,
        ...(v.joinedOn ? { joinedOn: toIso(v.joinedOn) } : {}),
      }),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
      void message.success(`Đã thêm "${p.fullName}".`);
      onClose();
      void navigate(`/ca-nhan/${p.id}`);
    },
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
          <Button type="primary" loading={state.pending} onClick={() => state.form.submit()}>
            Lưu
          </Button>
        </Flex>
      }
    >
      <FormProblemAlert problem={state.problem} />
      <Form form={state.form} name="person-create" layout="vertical" onFinish={state.send}>
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

  const filters = {
    q: params.get('q') ?? undefined,
    orgId: params.get('orgId') ?? undefined,
    category: (params.get('category') as PersonCategory | null) ?? undefined,
    gender: (params.get('gender') as Gender | null) ?? undefined,
    isManager: params.get('isManager') ?? undefined,
  };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };

  const [text, setText] = useSearchText(filters.q, update);

  const list = useQuery({
    queryKey: peopleKeys.list(query),
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
      <FilterBar label="Tìm kiếm cá nhân">
        <Col xs={24} md={12} xl={6}>
          <SearchFilter id="people-q" placeholder="Tìm theo họ tên, số CCCD…" value={text} onChange={setText} />
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
      </FilterBar>
      <PagedListCard<Person>
        list={list}
        count={(n) => `Tìm thấy ${n} cá nhân`}
        page={page}
        pageSize={pageSize}
        update={update}
        table={{
          rowKey: 'id',
          columns: phone ? compactColumns : columns,
          locale: {
            emptyText:
              filters.q || filters.orgId || filters.category || filters.gender || filters.isManager
                ? 'Không có cá nhân nào phù hợp với điều kiện tìm kiếm.'
                : 'Chưa có cá nhân nào.',
          },
        }}
      />
      {can('registry.write') && (
        <AddPersonDrawer open={adding} onClose={() => setAdding(false)} defaultOrgId={filters.orgId} />
      )}
    </>
  );
}

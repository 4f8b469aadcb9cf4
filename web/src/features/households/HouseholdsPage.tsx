// /ho-gia-dinh: households by village or residential group; search, add, edit; each row opens
// the household's awards (Gia đình văn hóa…).
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Form, Input, InputNumber, Select, Spin, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, errorMessage, type Query } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate, matches } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { FilterBar, PagedListCard, SearchFilter, useSearchText } from '../../ui/filter-bar';
import { useDebounced, useUrlListState } from '../../ui/hooks';
import { isClosed, useOrganisations, type OrgIndex } from '../../ui/orgs';
import { ExportButton, PageHeader, useDocumentTitle } from '../../ui/page';
import type { Household, HouseholdDetail, Page, Person } from '../../ui/types';
import { peopleKeys } from '../people/keys';
import { householdKeys } from './keys';

const VILLAGE_TYPES = new Set(['village', 'residential_group']);

/** Villages and residential groups, grouped under their commune or ward. */
function villageOptions(index: OrgIndex, includeClosed: boolean) {
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const o of index.list) {
    if (!VILLAGE_TYPES.has(o.type) || (!includeClosed && isClosed(o))) continue;
    const parent = o.parentId ? index.byId.get(o.parentId) : undefined;
    const key = parent?.id ?? '';
    const g = groups.get(key) ?? { label: parent?.name ?? 'Khác', options: [] };
    g.options.push({ value: o.id, label: o.name });
    groups.set(key, g);
  }
  return [...groups.values()];
}

interface Values {
  headName: string;
  headPersonId?: string | null;
  address: string;
  villageOrgId?: string;
  memberCount: number;
  reason?: string;
}

/** Picks the head of household among registered people (optional), searching on the server. */
function PersonPicker({
  value,
  onChange,
  initialLabel,
  id,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  initialLabel?: string;
  id?: string;
}) {
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const found = useQuery({
    queryKey: peopleKeys.picker(q),
    queryFn: () => api.get<Page<Person>>('/people', { q, pageSize: 10 }),
    enabled: q.trim().length >= 2,
  });
  const options = (found.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.fullName}${p.birthDate ? ` (${fmtDate(p.birthDate)})` : ''} — ${p.orgName ?? ''}`,
  }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: setText }}
      options={options}
      placeholder="Gõ ít nhất 2 ký tự họ tên hoặc số CCCD"
      notFoundContent={found.isFetching ? <Spin size="small" /> : q.trim().length >= 2 ? 'Không tìm thấy' : null}
    />
  );
}

function HouseholdModal({
  household,
  open,
  onClose,
}: {
  household: Household | null;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { index } = useOrganisations();
  const villages = useMemo(() => villageOptions(index, false), [index]);
  const state = useFormModal<Values, Household>({
    open,
    subject: household,
    initialValues: () =>
      household
        ? {
            headName: household.headName,
            headPersonId: household.headPersonId,
            address: household.address,
            memberCount: household.memberCount,
          }
        : { memberCount: 1 },
    submit: (v) => {
      const body = {
        headName: v.headName,
        headPersonId: v.headPersonId ?? null,
        address: v.address,
        memberCount: v.memberCount,
      };
      return household
        ? api.patch<Household>(`/households/${household.id}`, { ...body, reason: v.reason?.trim() || null })
        : api.post<Household>('/households', { ...body, villageOrgId: v.villageOrgId });
    },
    onSuccess: async (h) => {
      await qc.invalidateQueries({ queryKey: householdKeys.all });
      void message.success(household ? 'Đã lưu thay đổi.' : `Đã thêm hộ "${h.headName}".`);
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title={household ? `Sửa hộ gia đình — ${household.headName}` : 'Thêm hộ gia đình'}
      okText={household ? 'Lưu thay đổi' : 'Thêm hộ'}
      width={620}
      name="household"
    >
      <Form.Item
        name="headName"
        label="Chủ hộ"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập họ tên chủ hộ.' }]}
      >
        <Input maxLength={150} />
      </Form.Item>
      <Form.Item
        name="headPersonId"
        label="Chủ hộ trong danh sách cá nhân"
        extra="Không bắt buộc; chọn nếu chủ hộ đã có hồ sơ cá nhân."
      >
        <PersonPicker initialLabel={household?.headName} />
      </Form.Item>
      {household ? (
        <Typography.Paragraph>
          Thôn, tổ dân phố: <strong>{household.villageName ?? EMPTY}</strong>
        </Typography.Paragraph>
      ) : (
        <Form.Item
          name="villageOrgId"
          label="Thôn, tổ dân phố"
          rules={[{ required: true, message: 'Chọn thôn, tổ dân phố.' }]}
        >
          <Select
            options={villages}
            showSearch={{ filterOption: (input, o) => matches(String(o?.label ?? ''), input) }}
            placeholder="Chọn thôn, bản, tổ dân phố"
          />
        </Form.Item>
      )}
      <Form.Item
        name="address"
        label="Địa chỉ"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập địa chỉ.' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="memberCount"
        label="Số nhân khẩu"
        rules={[{ required: true, message: 'Chưa nhập số nhân khẩu.' }]}
      >
        <InputNumber min={1} max={50} precision={0} style={{ width: 140 }} />
      </Form.Item>
      {household && (
        <Form.Item name="reason" label="Lý do" extra="Ghi vào nhật ký hệ thống.">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}

function HouseholdAwards({ id }: { id: string }) {
  const q = useQuery({
    queryKey: householdKeys.detail(id),
    queryFn: () => api.get<HouseholdDetail>(`/households/${id}`),
  });
  if (q.isPending) return <Spin size="small" />;
  if (q.error) return <Typography.Text type="danger">{errorMessage(q.error)}</Typography.Text>;
  const d = q.data;
  return (
    <div>
      {d.headPersonId && (
        <Typography.Paragraph>
          Hồ sơ chủ hộ: <Link to={`/ca-nhan/${d.headPersonId}`}>{d.headName}</Link>
        </Typography.Paragraph>
      )}
      {d.awards.length === 0 ? (
        <Typography.Text type="secondary">
          Hộ chưa có danh hiệu, hình thức khen thưởng nào được ghi nhận.
        </Typography.Text>
      ) : (
        <ul className="plain-list">
          {d.awards.map((a) => (
            <li key={a.id}>
              <strong>{a.awardName}</strong> năm {a.period}
              {a.decisionNo ? ` — Quyết định số ${a.decisionNo}` : ''}
              {a.decisionDate ? ` ngày ${fmtDate(a.decisionDate)}` : ''}
              {a.issuer ? ` — ${a.issuer}` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function HouseholdsPage() {
  useDocumentTitle('Hộ gia đình');
  const { can } = useAuth();
  const { index } = useOrganisations();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Household | null>(null);
  const [adding, setAdding] = useState(false);
  const villages = useMemo(() => villageOptions(index, true), [index]);

  const filters = { q: params.get('q') ?? undefined, orgId: params.get('orgId') ?? undefined };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };
  const [text, setText] = useSearchText(filters.q, update);

  const list = useQuery({
    queryKey: householdKeys.list(query),
    queryFn: () => api.get<Page<Household>>('/households', query),
    placeholderData: keepPreviousData,
  });
  const write = can('registry.write');

  const columns: TableColumnsType<Household> = [
    { title: 'Chủ hộ', dataIndex: 'headName', width: 200, fixed: 'left' },
    { title: 'Địa chỉ', dataIndex: 'address', width: 300, responsive: ['md'] },
    { title: 'Thôn, tổ dân phố', dataIndex: 'villageName', width: 200, render: (v: string | null) => v ?? EMPTY },
    {
      title: <span style={{ whiteSpace: 'nowrap' }}>Số nhân khẩu</span>,
      dataIndex: 'memberCount',
      width: 130,
      align: 'right',
    },
    ...(write
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 100,
            render: (_: unknown, h: Household) => (
              <Button
                size="small"
                icon={<EditOutlined aria-hidden />}
                onClick={() => setEditing(h)}
                aria-label={`Sửa hộ ${h.headName}`}
              >
                Sửa
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Hộ gia đình"
        actions={
          <>
            {write && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                Thêm hộ gia đình
              </Button>
            )}
            <ExportButton path="/households/export" query={filters} />
          </>
        }
      />
      <FilterBar label="Tìm kiếm hộ gia đình">
        <Col xs={24} md={12}>
          <SearchFilter id="households-q" placeholder="Tìm theo tên chủ hộ, địa chỉ…" value={text} onChange={setText} />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Thôn, tổ dân phố" htmlFor="households-village">
            <Select
              id="households-village"
              allowClear
              placeholder="Tất cả"
              value={filters.orgId}
              onChange={(v) => update({ orgId: v })}
              options={villages}
              showSearch={{ filterOption: (input, o) => matches(String(o?.label ?? ''), input) }}
              notFoundContent="Không có thôn, tổ dân phố phù hợp"
            />
          </Form.Item>
        </Col>
      </FilterBar>
      <PagedListCard<Household>
        list={list}
        count={(n) => `Tìm thấy ${n} hộ gia đình`}
        page={page}
        pageSize={pageSize}
        update={update}
        table={{
          rowKey: 'id',
          columns,
          size: undefined,
          expandable: {
            expandedRowRender: (h) => <HouseholdAwards id={h.id} />,
            columnTitle: <span className="sr-only">Chi tiết</span>,
          },
          locale: {
            emptyText:
              filters.q || filters.orgId
                ? 'Không có hộ nào phù hợp với điều kiện tìm kiếm.'
                : 'Chưa có hộ gia đình nào.',
          },
        }}
      />
      {write && (
        <HouseholdModal
          household={editing}
          open={adding || !!editing}
          onClose={() => {
            setAdding(false);
            setEditing(null);
          }}
        />
      )}
    </>
  );
}

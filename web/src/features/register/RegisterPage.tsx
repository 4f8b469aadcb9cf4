// /so-khen-thuong: the commendation register (sổ theo dõi khen thưởng) — every award record and its
// decision the user may read, searched without diacritics and filtered on the server by year,
// decision level, award, state and unit, paged, and downloaded as Excel (landscape, ready to print)
// with the same filters.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Col, Form, Grid, InputNumber, Select, Tag, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { AWARD_STATE_LABELS, type AwardState } from '../../../../src/domain/register/award-state';
import { AWARD_LEVEL_LABELS, type AwardLevel } from '../../../../src/domain/register/levels';
import { AWARD_NAMES, PERSON_CATEGORY_LABELS, type PersonCategory } from '../../../../src/domain/registry/vocab';
import type { RegisterPage as RegisterPageOut } from '../../../../src/features/register/schema';
import { api, type Query } from '../../ui/api';
import { EMPTY, fmtDate, fmtNumber, optionsOf } from '../../ui/format';
import { FilterBar, PagedListCard, SearchFilter, useSearchText } from '../../ui/filter-bar';
import { useUrlListState } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { ExportButton, PageHeader, useDocumentTitle } from '../../ui/page';
import { registerKeys } from './keys';

type Page = z.output<typeof RegisterPageOut>;
type Entry = Page['items'][number];

const SORTS = [
  { value: 'newest', label: 'Quyết định mới nhất trước' },
  { value: 'oldest', label: 'Quyết định cũ nhất trước' },
  { value: 'name', label: 'Theo tên người, tập thể được khen' },
];

const recipientLink = (e: Entry) =>
  e.recipientId === null
    ? null
    : e.subjectKind === 'individual'
      ? `/ca-nhan/${e.recipientId}`
      : e.subjectKind === 'household'
        ? null
        : `/co-quan?id=${e.recipientId}`;

export function RegisterPage() {
  useDocumentTitle('Sổ theo dõi khen thưởng');
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.sm ?? true);
  const year = params.get('year');
  const filters = {
    q: params.get('q') ?? undefined,
    year: year ? Number(year) : undefined,
    level: (params.get('level') as AwardLevel | null) ?? undefined,
    awardCode: params.get('awardCode') ?? undefined,
    category: (params.get('category') as PersonCategory | null) ?? undefined,
    state: (params.get('state') as AwardState | null) ?? undefined,
    orgId: params.get('orgId') ?? undefined,
    sort: params.get('sort') ?? undefined,
  };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };
  const [text, setText] = useSearchText(filters.q, update);

  const list = useQuery({
    queryKey: registerKeys.list(query),
    queryFn: () => api.get<Page>('/register', query),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Entry> = [
    {
      title: 'STT',
      key: 'no',
      width: 60,
      align: 'center',
      render: (_: unknown, _e, i) => fmtNumber((page - 1) * pageSize + i + 1),
    },
    {
      title: 'Họ tên / tập thể',
      dataIndex: 'recipientName',
      width: 200,
      render: (name: string, e) => {
        const to = recipientLink(e);
        return to ? <Link to={to}>{name}</Link> : name;
      },
    },
    { title: 'Đơn vị', dataIndex: 'unitName', width: 200, render: (v: string | null) => v ?? EMPTY },
    {
      title: 'Danh hiệu / hình thức',
      dataIndex: 'awardName',
      width: 210,
      render: (v: string, e) => (
        <>
          {v} {e.revokedOn && <Tag color="red">Đã thu hồi {fmtDate(e.revokedOn)}</Tag>}
        </>
      ),
    },
    { title: 'Năm / kỳ', dataIndex: 'period', width: 100, align: 'center', className: 'nowrap' },
    {
      title: 'Số quyết định',
      dataIndex: 'decisionNo',
      width: 130,
      render: (v: string | null, e) =>
        v && e.decisionId ? <Link to={`/quyet-dinh/${e.decisionId}`}>{v}</Link> : (v ?? EMPTY),
    },
    { title: 'Ngày', dataIndex: 'decisionDate', width: 100, render: fmtDate },
    {
      title: 'Cấp quyết định',
      dataIndex: 'levelName',
      width: 220,
      render: (v: string, e) => (
        <div>
          {v}
          {e.issuer && <div className="muted">{e.issuer}</div>}
        </div>
      ),
    },
  ];
  const compactColumns: TableColumnsType<Entry> = [
    {
      title: 'Lượt khen thưởng',
      key: 'entry',
      render: (_: unknown, e) => {
        const to = recipientLink(e);
        return (
          <div>
            <div style={{ fontWeight: 600 }}>{to ? <Link to={to}>{e.recipientName}</Link> : e.recipientName}</div>
            <div>
              {e.awardName} ({e.period}) {e.revokedOn && <Tag color="red">Đã thu hồi {fmtDate(e.revokedOn)}</Tag>}
            </div>
            <div className="muted">
              {[e.decisionNo && `QĐ ${e.decisionNo}`, e.decisionDate && fmtDate(e.decisionDate), e.levelName]
                .filter(Boolean)
                .join(' · ')}
            </div>
            <div className="muted">{e.unitName ?? EMPTY}</div>
          </div>
        );
      },
    },
  ];
  const filtered = Boolean(
    filters.q ||
      filters.year ||
      filters.level ||
      filters.awardCode ||
      filters.category ||
      filters.state ||
      filters.orgId,
  );

  return (
    <>
      <PageHeader
        title="Sổ theo dõi khen thưởng"
        subtitle="Mọi quyết định khen thưởng và người, tập thể được khen trong phạm vi bạn được xem"
        actions={<ExportButton path="/register/export" query={{ ...filters, format: 'xlsx' }} />}
      />
      <FilterBar label="Tìm trong sổ khen thưởng">
        <Col xs={24} md={12} xl={4}>
          <SearchFilter
            id="register-q"
            placeholder="Họ tên, tên tập thể, số quyết định (không cần dấu)"
            value={text}
            onChange={setText}
          />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item label="Năm quyết định" htmlFor="register-year">
            <InputNumber
              id="register-year"
              min={1945}
              max={2100}
              style={{ width: '100%' }}
              placeholder="Tất cả"
              value={filters.year ?? null}
              onChange={(v) => update({ year: v ?? undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item label="Cấp quyết định" htmlFor="register-level">
            <Select
              id="register-level"
              allowClear
              placeholder="Tất cả"
              value={filters.level}
              onChange={(v) => update({ level: v })}
              options={optionsOf(AWARD_LEVEL_LABELS)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={3}>
          <Form.Item label="Danh hiệu, hình thức" htmlFor="register-award">
            <Select
              id="register-award"
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="Tất cả"
              value={filters.awardCode}
              onChange={(v) => update({ awardCode: v })}
              options={optionsOf(AWARD_NAMES)}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item
            label="Đối tượng"
            tooltip="Cá nhân được khen theo đối tượng tại thời điểm khen"
            htmlFor="register-category"
          >
            <Select
              id="register-category"
              allowClear
              placeholder="Tất cả"
              value={filters.category}
              onChange={(v) => update({ category: v })}
              options={optionsOf(PERSON_CATEGORY_LABELS)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={4}>
          <Form.Item label="Đơn vị" tooltip="Gồm cả các đơn vị trực thuộc" htmlFor="register-org">
            <OrgTreeSelect
              id="register-org"
              value={filters.orgId}
              onChange={(v) => update({ orgId: v as string | undefined })}
              placeholder="Tất cả đơn vị được xem"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item
            label="Hiệu lực"
            tooltip="Số liệu tổng hợp, biểu đồ chỉ tính khen thưởng còn hiệu lực"
            htmlFor="register-state"
          >
            <Select
              id="register-state"
              allowClear
              placeholder="Tất cả"
              value={filters.state}
              onChange={(v) => update({ state: v })}
              options={optionsOf(AWARD_STATE_LABELS)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={4}>
          <Form.Item label="Sắp xếp" htmlFor="register-sort">
            <Select
              id="register-sort"
              value={filters.sort ?? 'newest'}
              onChange={(v) => update({ sort: v === 'newest' ? undefined : v })}
              options={SORTS}
            />
          </Form.Item>
        </Col>
      </FilterBar>
      <PagedListCard<Entry>
        list={list}
        count={(n) => `Có ${n} lượt khen thưởng`}
        page={page}
        pageSize={pageSize}
        update={update}
        table={{
          rowKey: 'id',
          columns: phone ? compactColumns : columns,
          locale: {
            emptyText: filtered
              ? 'Không có lượt khen thưởng nào phù hợp với điều kiện tìm kiếm.'
              : 'Chưa có lượt khen thưởng nào.',
          },
        }}
      />
    </>
  );
}

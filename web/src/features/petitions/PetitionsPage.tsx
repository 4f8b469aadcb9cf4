// /don-thu: the petition register (sổ đơn thư) — complaints, denunciations, recommendations and
// reflections the office may handle, filtered and paged on the server, with the statutory due date
// of each and a warning before it passes; Excel export; recording a petition received on paper.
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Grid, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PETITION_KIND_LABELS, PETITION_STATUS_LABELS } from '../../../../src/domain/petitions/rules';
import { api, type Query } from '../../ui/api';
import { EMPTY, fmtDate, fmtNumber, optionsOf } from '../../ui/format';
import { FilterBar, SearchFilter, useSearchText } from '../../ui/filter-bar';
import { useUrlListState } from '../../ui/hooks';
import { ExportButton, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { CreatePetitionModal } from './CreatePetitionModal';
import { DeadlineTag, STATUS_COLOR } from './DeadlineTag';
import { petitionKeys } from './keys';
import type { PetitionItem, PetitionPage } from './types';

const DEADLINES = { overdue: 'Quá hạn', due_soon: 'Sắp đến hạn' };
export function PetitionsPage() {
  useDocumentTitle('Sổ đơn thư');
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.sm ?? true);
  const [creating, setCreating] = useState(false);
  const filters = {
    q: params.get('q') ?? undefined,
    status: params.get('status') ?? undefined,
    kind: params.get('kind') ?? undefined,
    deadline: params.get('deadline') ?? undefined,
  };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };
  const [text, setText] = useSearchText(filters.q, update);
  const list = useQuery({
    queryKey: petitionKeys.list(query),
    queryFn: () => api.get<PetitionPage>('/petitions', query),
    placeholderData: keepPreviousData,
  });
  const counts = list.data?.counts;

  const columns: TableColumnsType<PetitionItem> = [
    {
      title: 'Mã đơn',
      dataIndex: 'trackingCode',
      width: 130,
      render: (v: string, p) => (
        <Link to={`/don-thu/${p.id}`} style={{ fontFamily: 'monospace' }}>
          {v}
        </Link>
      ),
    },
    { title: 'Ngày nhận', dataIndex: 'receivedOn', width: 100, render: fmtDate },
    {
      title: 'Loại',
      dataIndex: 'kindLabel',
      width: 100,
      render: (v: string, p) => (
        <>
          {v}
          {p.withholds && (
            <div>
              <Tag color="red">Tạm dừng xét</Tag>
            </div>
          )}
        </>
      ),
    },
    {
      title: 'Nội dung',
      dataIndex: 'title',
      render: (v: string, p) => (
        <div>
          <Link to={`/don-thu/${p.id}`}>{v}</Link>
          {p.subjectName && <div className="muted">Về: {p.subjectName}</div>}
          {p.duplicateOfCode && <Tag color="purple">Trùng đơn {p.duplicateOfCode}</Tag>}
        </div>
      ),
    },
    {
      title: 'Người gửi',
      dataIndex: 'senderName',
      width: 170,
      render: (v: string | null, p) => (
        <>
          {v ?? EMPTY}
          {p.anonymous && <div className="muted">không rõ họ tên, địa chỉ</div>}
        </>
      ),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'statusLabel',
      width: 170,
      render: (v: string, p) => <Tag color={STATUS_COLOR[p.status]}>{v}</Tag>,
    },
    {
      title: 'Hạn theo luật',
      dataIndex: 'dueDate',
      width: 190,
      render: (v: string, p) => (
        <div>
          <div>
            {p.dueStage === 'accept' ? 'Thụ lý' : 'Giải quyết'}: {fmtDate(v)}
          </div>
          <DeadlineTag p={p} />
        </div>
      ),
    },
  ];
  const compact: TableColumnsType<PetitionItem> = [
    {
      title: 'Đơn thư',
      key: 'p',
      render: (_: unknown, p) => (
        <div>
          <Link to={`/don-thu/${p.id}`} style={{ fontWeight: 600 }}>
            {p.title}
          </Link>
          <div className="muted">
            {p.trackingCode} · {p.kindLabel} · nhận {fmtDate(p.receivedOn)}
          </div>
          <Tag color={STATUS_COLOR[p.status]}>{p.statusLabel}</Tag> <DeadlineTag p={p} />
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Sổ đơn thư"
        subtitle="Khiếu nại, tố cáo, kiến nghị, phản ánh về thi đua, khen thưởng và hạn giải quyết theo luật"
        actions={
          <>
            <ExportButton path="/petitions/export" query={filters} />
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              Vào sổ đơn
            </Button>
          </>
        }
      />
      {counts && (counts.overdue > 0 || counts.dueSoon > 0) && (
        <Alert
          type={counts.overdue ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={[
            counts.overdue ? `${fmtNumber(counts.overdue)} đơn đã quá hạn` : null,
            counts.dueSoon ? `${fmtNumber(counts.dueSoon)} đơn sắp đến hạn` : null,
          ]
            .filter(Boolean)
            .join('; ')}
          action={
            <Button size="small" onClick={() => update({ deadline: counts.overdue ? 'overdue' : 'due_soon' })}>
              Xem
            </Button>
          }
        />
      )}
      <FilterBar label="Tìm trong sổ đơn thư">
        <Col xs={24} md={12} xl={8}>
          <SearchFilter
            id="petitions-q"
            placeholder="Mã đơn, người gửi, nội dung, người bị phản ánh"
            value={text}
            onChange={setText}
          />
        </Col>
        <Col xs={12} md={6} xl={5}>
          <Form.Item label="Loại đơn" htmlFor="petitions-kind">
            <Select
              id="petitions-kind"
              allowClear
              placeholder="Tất cả"
              value={filters.kind}
              onChange={(v) => update({ kind: v })}
              options={optionsOf(PETITION_KIND_LABELS)}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={5}>
          <Form.Item label="Trạng thái" htmlFor="petitions-status">
            <Select
              id="petitions-status"
              allowClear
              placeholder="Tất cả"
              value={filters.status}
              onChange={(v) => update({ status: v })}
              options={optionsOf(PETITION_STATUS_LABELS)}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item label="Thời hạn" htmlFor="petitions-deadline">
            <Select
              id="petitions-deadline"
              allowClear
              placeholder="Tất cả"
              value={filters.deadline}
              onChange={(v) => update({ deadline: v })}
              options={optionsOf(DEADLINES)}
            />
          </Form.Item>
        </Col>
      </FilterBar>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Card>
          <Table<PetitionItem>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            columns={phone ? compact : columns}
            dataSource={list.data?.items}
            locale={{ emptyText: 'Chưa có đơn thư nào.' }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (n) => `${fmtNumber(n)} đơn`,
              onChange: (p, s) => update({ page: p, pageSize: s }, true),
            }}
            scroll={phone ? undefined : { x: 1000 }}
          />
        </Card>
      )}
      <CreatePetitionModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

// /nhat-ky: the audit log (read-only): filters, each entry's before/after, and the chain check.
import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, errorMessage, type Query } from '../../ui/api';
import { EMPTY, fmtDateTime, fmtNumber, isoDatesToVN, optionsOf } from '../../ui/format';
import { useDebounced, useOnChange, useUrlListState } from '../../ui/hooks';
import { useOrganisations } from '../../ui/orgs';
import { ExportButton, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import type { AuditEntry, Page } from '../../ui/types';
import { AuditDiff } from './diff';
import { ACTION_LABELS, ENTITY_LABELS } from './labels';
import { type VerifyResult, VerifyResultAlert } from './VerifyResultAlert';
import { auditKeys } from './keys';

function entityLink(e: AuditEntry) {
  if (e.entityType === 'person') return <Link to={`/ca-nhan/${e.entityId}`}>Mở hồ sơ cá nhân</Link>;
  if (e.entityType === 'organisation') return <Link to={`/co-quan?id=${e.entityId}`}>Mở cơ quan, đơn vị</Link>;
  if (e.entityType === 'import') return <Link to={`/nhap-du-lieu/${e.entityId}`}>Mở lần nhập dữ liệu</Link>;
  return null;
}

export function AuditPage() {
  useDocumentTitle('Nhật ký hệ thống');
  const { index } = useOrganisations();
  const [params, setParams] = useSearchParams();
  const [actorText, setActorText] = useState(params.get('actor') ?? '');
  const [qText, setQText] = useState(params.get('q') ?? '');
  const actor = useDebounced(actorText, 400);
  const text = useDebounced(qText, 400);

  const filters = {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    action: params.get('action') ?? undefined,
    entityType: params.get('entityType') ?? undefined,
    actor: params.get('actor') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query: Query = { ...filters, page, pageSize };
  useOnChange([actor], () => {
    if ((actor.trim() || undefined) !== filters.actor) update({ actor: actor.trim() });
  });
  useOnChange([text], () => {
    if ((text.trim() || undefined) !== filters.q) update({ q: text.trim() });
  });

  const list = useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => api.get<Page<AuditEntry>>('/audit', query),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: () => api.get<VerifyResult>('/audit/verify') });

  const columns: TableColumnsType<AuditEntry> = [
    { title: 'Số', dataIndex: 'seq', width: 64, responsive: ['md'] },
    { title: 'Thời gian', dataIndex: 'at', width: 136, render: fmtDateTime },
    { title: 'Người thực hiện', dataIndex: 'actorName', width: 160 },
    {
      title: 'Thao tác',
      dataIndex: 'action',
      width: 170,
      responsive: ['lg'],
      render: (a: string) => <Tag>{ACTION_LABELS[a] ?? a}</Tag>,
    },
    { title: 'Nội dung', dataIndex: 'summary', render: (s: string) => isoDatesToVN(s) },
    { title: 'Lý do', dataIndex: 'reason', width: 180, responsive: ['md'], render: (r: string | null) => r ?? EMPTY },
  ];

  return (
    <>
      <PageHeader
        title="Nhật ký hệ thống"
        subtitle="Mọi thao tác ghi dữ liệu đều được lưu lại; nhật ký không thể sửa hay xóa."
        actions={
          <>
            <Button
              icon={<SafetyCertificateOutlined aria-hidden />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              Kiểm tra toàn vẹn
            </Button>
            <ExportButton path="/audit/export" query={filters} />
          </>
        }
      />
      {verify.data && <VerifyResultAlert result={verify.data} onClose={() => verify.reset()} />}
      {verify.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(verify.error)} />}
      <Card styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-bar" role="search" aria-label="Lọc nhật ký">
          <Row gutter={12}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label="Khoảng thời gian" htmlFor="audit-range">
                <DatePicker.RangePicker
                  id={{ start: 'audit-range' }}
                  format="DD/MM/YYYY"
                  style={{ width: '100%' }}
                  placeholder={['Từ ngày', 'Đến ngày']}
                  value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
                  onChange={(v) => update({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6} xl={5}>
              <Form.Item label="Thao tác" htmlFor="audit-action">
                <Select
                  id="audit-action"
                  allowClear
                  placeholder="Tất cả"
                  value={filters.action}
                  onChange={(v) => update({ action: v })}
                  options={optionsOf(ACTION_LABELS)}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6} xl={4}>
              <Form.Item label="Đối tượng" htmlFor="audit-entity">
                <Select
                  id="audit-entity"
                  allowClear
                  placeholder="Tất cả"
                  value={filters.entityType}
                  onChange={(v) => update({ entityType: v })}
                  options={optionsOf(ENTITY_LABELS)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={4}>
              <Form.Item label="Người thực hiện" htmlFor="audit-actor">
                <Input
                  id="audit-actor"
                  allowClear
                  value={actorText}
                  onChange={(e) => setActorText(e.target.value)}
                  placeholder="Họ tên"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={5}>
              <Form.Item label="Nội dung" htmlFor="audit-q">
                <Input
                  id="audit-q"
                  allowClear
                  prefix={<SearchOutlined aria-hidden />}
                  value={qText}
                  onChange={(e) => setQText(e.target.value)}
                  placeholder="Từ khóa trong nội dung"
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
            {list.data ? `${fmtNumber(list.data.total)} bản ghi` : 'Đang tải…'}
          </Typography.Paragraph>
          <Table<AuditEntry>
            rowKey="seq"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 900 }}
            size="middle"
            expandable={{
              columnTitle: <span className="sr-only">Chi tiết</span>,
              expandedRowRender: (e) => (
                <Flex vertical gap={8} style={{ maxWidth: 1000 }}>
                  <Flex gap={16} wrap>
                    <span>
                      <strong>Thao tác:</strong> {ACTION_LABELS[e.action] ?? e.action}
                    </span>
                    <span>
                      <strong>Đối tượng:</strong> {ENTITY_LABELS[e.entityType] ?? e.entityType}
                    </span>
                    {entityLink(e)}
                  </Flex>
                  {e.before == null && e.after == null ? (
                    <Typography.Text type="secondary">Thao tác này không kèm dữ liệu trước, sau.</Typography.Text>
                  ) : (
                    <AuditDiff before={e.before} after={e.after} orgs={index} />
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    Mã kiểm tra: <code>{e.hash}</code>
                  </Typography.Text>
                </Flex>
              ),
            }}
            locale={{ emptyText: 'Không có bản ghi nào phù hợp.' }}
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

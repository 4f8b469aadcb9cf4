// /quy-thi-dua: the reward fund's ledger (sổ quỹ thi đua, khen thưởng) of one body for one year —
// balance brought forward, every entry with its running balance, totals, balance carried — with
// receipts and payments posted by hand, reversing entries (with a reason) instead of edits, and the
// ledger downloaded as Excel or DOCX.
import { FileExcelOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { FundBodiesOut, FundLedgerOut } from '../../../../src/features/fund/schema';
import { api, downloadUrl } from '../../ui/api';
import { fmtDate, fmtMoney } from '../../ui/format';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { fundKeys } from './keys';
import { PostEntryModal, ReverseModal } from './FundModals';

type Ledger = z.output<typeof FundLedgerOut>;
type Line = Ledger['lines'][number];
type Bodies = z.output<typeof FundBodiesOut>;

const money = (v: number) => (v ? fmtMoney(v) : '');

export function FundPage() {
  useDocumentTitle('Quỹ thi đua, khen thưởng');
  const [params, setParams] = useSearchParams();
  const orgParam = params.get('orgId') ?? undefined;
  const yearParam = params.get('year') ? Number(params.get('year')) : undefined;
  const bodies = useQuery({ queryKey: fundKeys.bodies(), queryFn: () => api.get<Bodies>('/fund/bodies') });
  const orgId = orgParam ?? bodies.data?.items[0]?.id;
  const ledger = useQuery({
    queryKey: fundKeys.ledger(orgId, yearParam),
    queryFn: () => api.get<Ledger>('/fund', { orgId, year: yearParam }),
    enabled: !!orgId,
  });
  const [posting, setPosting] = useState(false);
  const [reversing, setReversing] = useState<Line | null>(null);
  const l = ledger.data;
  const year = l?.year ?? yearParam;
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const nowYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => nowYear - i);

  return (
    <>
      <PageHeader
        title="Quỹ thi đua, khen thưởng"
        subtitle="Sổ quỹ: số dư đầu kỳ, các khoản thu, chi và số dư (Nghị định 152/2025/NĐ-CP, Thông tư 28/2025/TT-BTC)"
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Form.Item label="Cơ quan" htmlFor="fund-body" style={{ marginBottom: 0 }}>
          <Select
            id="fund-body"
            style={{ width: 340 }}
            loading={bodies.isPending}
            value={orgId}
            onChange={(v) => update({ orgId: v })}
            options={bodies.data?.items.map((b) => ({ value: b.id, label: b.name }))}
          />
        </Form.Item>
        <Form.Item label="Năm" htmlFor="fund-year" style={{ marginBottom: 0 }}>
          <Select
            id="fund-year"
            style={{ width: 110 }}
            value={year}
            onChange={(v) => update({ year: String(v) })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
          />
        </Form.Item>
        {l && (
          <>
            <Button
              icon={<FileExcelOutlined aria-hidden />}
              href={downloadUrl('/fund/export', { orgId: l.org.id, year: l.year, format: 'xlsx' })}
              download
            >
              Xuất Excel
            </Button>
            <Button
              icon={<FileWordOutlined aria-hidden />}
              href={downloadUrl('/fund/export', { orgId: l.org.id, year: l.year, format: 'docx' })}
              download
            >
              Xuất DOCX
            </Button>
            {l.canManage && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setPosting(true)}>
                Ghi khoản thu, chi
              </Button>
            )}
          </>
        )}
      </Space>
      {(bodies.isError || ledger.isError) && (
        <LoadError
          error={bodies.error ?? ledger.error}
          onRetry={() => {
            void bodies.refetch();
            void ledger.refetch();
          }}
        />
      )}
      {bodies.data && bodies.data.items.length === 0 && (
        <Alert type="info" showIcon message="Bạn chưa được phân quyền xem quỹ của cơ quan nào." />
      )}
      {l && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {[
              ['Số dư đầu kỳ', l.opening],
              ['Tổng thu trong năm', l.totalThu],
              ['Tổng chi trong năm', l.totalChi],
              ['Số dư cuối kỳ', l.closing],
            ].map(([t, v]) => (
              <Col key={t as string} xs={12} lg={6}>
                <Card size="small">
                  <Statistic title={t as string} value={fmtMoney(v as number)} />
                </Card>
              </Col>
            ))}
          </Row>
          {l.closing < 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              message="Quỹ đang âm: số đã chi vượt số đã thu."
            />
          )}
          {l.organising.over && l.organising.cap !== null && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={`Chi tổ chức phát động, sơ kết, tổng kết, hội nghị ${fmtMoney(l.organising.spent)} vượt mức 20% quỹ của năm (${fmtMoney(l.organising.cap)}).`}
              description={l.organising.citation}
            />
          )}
          <Table<Line>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={l.lines}
            scroll={{ x: 1100 }}
            locale={{ emptyText: 'Chưa có khoản thu, chi nào trong năm.' }}
            columns={[
              { title: 'Ngày', dataIndex: 'entryDate', width: 110, render: fmtDate },
              {
                title: 'Nội dung',
                dataIndex: 'description',
                render: (v, r) => (
                  <>
                    <div>{v}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.kindLabel}
                      {r.sourceDocument ? ` — ${r.sourceDocument}` : ''}
                      {r.handledBy ? ` — người chi: ${r.handledBy}` : ''}
                    </Typography.Text>
                    {r.decisionId && (
                      <div>
                        <Link to={`/quyet-dinh/${r.decisionId}`}>Xem quyết định</Link>
                      </div>
                    )}
                    {r.reversesId && <div style={{ fontSize: 12 }}>Lý do: {r.reason}</div>}
                  </>
                ),
              },
              { title: 'Thu', dataIndex: 'thu', align: 'right', width: 150, render: money },
              { title: 'Chi', dataIndex: 'chi', align: 'right', width: 150, render: money },
              { title: 'Tồn', dataIndex: 'balance', align: 'right', width: 160, render: (v) => fmtMoney(v) },
              {
                title: '',
                width: 140,
                render: (_, r) =>
                  r.reversesId ? (
                    <Tag>Bút toán đảo</Tag>
                  ) : r.reversedById ? (
                    <Tag color="default">Đã đảo</Tag>
                  ) : l.canManage ? (
                    <Button size="small" onClick={() => setReversing(r)}>
                      Đảo bút toán
                    </Button>
                  ) : null,
              },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  <strong>Cộng phát sinh trong năm</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <strong>{fmtMoney(l.totalThu)}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <strong>{fmtMoney(l.totalChi)}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <strong>{fmtMoney(l.closing)}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} />
              </Table.Summary.Row>
            )}
          />
          {posting && <PostEntryModal orgId={l.org.id} onClose={() => setPosting(false)} />}
          {reversing && <ReverseModal line={reversing} onClose={() => setReversing(null)} />}
        </>
      )}
    </>
  );
}

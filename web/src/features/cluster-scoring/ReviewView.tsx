// The leader's side: who has sent a self-score (and starting the review), then the review itself —
// every member's sheet side by side, self-score against reviewed points; changing a point asks for
// the reason, and every change is listed (it is audited on the server).
import { AuditOutlined, EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Popover, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../ui/api';
import { fmtDateTime } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { pointsText, sheetRows, type SheetRow } from './parts';
import { clusterYearKeys } from './keys';
import type { ClusterYear, Scoring, Sheet } from './types';

export function ScoringProgress({ data, scoring }: { data: ClusterYear; scoring: Scoring }) {
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const start = useMutation({
    mutationFn: () => api.post<ClusterYear>(`/clusters/${data.cluster.id}/years/${data.year}/score-table/review`),
    onSuccess: (d) => {
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      void message.success('Đã chuyển sang bước thẩm định điểm.');
    },
  });
  const sent = scoring.sheets.filter((s) => s.submittedAt).length;
  return (
    <Card title="Tiến độ tự chấm điểm" style={{ marginBottom: 16 }}>
      <Table
        size="small"
        rowKey="orgId"
        pagination={false}
        dataSource={scoring.sheets}
        aria-label="Tiến độ tự chấm điểm"
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'name' },
          {
            title: 'Tình trạng',
            key: 'st',
            render: (_, s: Sheet) =>
              s.submittedAt ? (
                <Tag color="green">Đã gửi {fmtDateTime(s.submittedAt)}</Tag>
              ) : Object.keys(s.selfEntries).length ? (
                <Tag color="gold">Đang chấm (chưa gửi)</Tag>
              ) : (
                <Tag>Chưa chấm</Tag>
              ),
          },
          {
            title: 'Tổng tự chấm',
            key: 'total',
            align: 'right',
            render: (_, s: Sheet) => (s.submittedAt ? pointsText(s.selfTotal) : '—'),
          },
        ]}
      />
      <Flex gap={12} wrap align="center" style={{ marginTop: 12 }}>
        <Typography.Text>
          Đã gửi {sent}/{scoring.sheets.length} đơn vị.
        </Typography.Text>
        <Button
          type="primary"
          icon={<AuditOutlined aria-hidden />}
          loading={start.isPending}
          onClick={() =>
            modal.confirm({
              title: 'Bắt đầu thẩm định điểm?',
              content:
                sent < scoring.sheets.length
                  ? `Còn ${scoring.sheets.length - sent} đơn vị chưa gửi bảng điểm. Sau khi bắt đầu thẩm định, các đơn vị không tự chấm được nữa.`
                  : 'Sau khi bắt đầu thẩm định, các đơn vị không sửa được bảng tự chấm nữa.',
              okText: 'Bắt đầu thẩm định',
              cancelText: 'Hủy',
              onOk: () => start.mutateAsync(),
            })
          }
        >
          Bắt đầu thẩm định
        </Button>
      </Flex>
      {start.error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={(start.error as Error).message} />}
    </Card>
  );
}

interface Target {
  sheet: Sheet;
  row: SheetRow;
}

function ChangeModal({ data, target, onClose }: { data: ClusterYear; target: Target | null; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const c = target?.row.criterion;
  const current = target ? (target.sheet.reviewedEntries ?? target.sheet.selfEntries)[c!.id] : null;
  const state = useFormModal<{ points: number; reason: string }, ClusterYear>({
    open: !!target,
    subject: target,
    initialValues: () => ({ points: current ?? undefined }),
    submit: (v) =>
      api.post<ClusterYear>(`/clusters/${data.cluster.id}/years/${data.year}/review`, {
        orgId: target!.sheet.orgId,
        criterionId: c!.id,
        points: v.points,
        reason: v.reason,
      }),
    onSuccess: (d) => {
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      void message.success('Đã sửa điểm, lý do được ghi vào nhật ký thẩm định.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={!!target}
      onClose={onClose}
      title={target ? `Sửa điểm — ${target.sheet.name}` : ''}
      okText="Lưu điểm thẩm định"
      name="review-change"
      formProps={{ onValuesChange: state.clear }}
      intro={
        target &&
        c && (
          <>
            <Typography.Paragraph>
              <strong>
                {c.id}. {c.label}
              </strong>
              <br />
              Tối đa {pointsText(c.maxPoints)} · đơn vị tự chấm {pointsText(target.sheet.selfEntries[c.id])} · hiện tại{' '}
              {pointsText(current)}
            </Typography.Paragraph>
            {target.sheet.evidence[c.id] && (
              <Typography.Paragraph className="achievement-text">
                <Typography.Text type="secondary">Minh chứng của đơn vị: </Typography.Text>
                {target.sheet.evidence[c.id]}
              </Typography.Paragraph>
            )}
          </>
        )
      }
    >
      <Form.Item name="points" label="Điểm thẩm định" rules={[{ required: true, message: 'Chưa nhập điểm.' }]}>
        <InputNumber<number> min={0} max={c?.maxPoints} step={1} decimalSeparator="," style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="Lý do sửa điểm"
        rules={[{ required: true, whitespace: true, message: 'Cần ghi lý do sửa điểm.' }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          placeholder="Ví dụ: Chỉ số CCHC năm 2026 theo công bố của tỉnh là 18/20."
        />
      </Form.Item>
    </FormModal>
  );
}

type Row = SheetRow | { total: true };

export function ReviewBoard({ data, scoring }: { data: ClusterYear; scoring: Scoring }) {
  const [target, setTarget] = useState<Target | null>(null);
  const rows = useMemo<Row[]>(() => [...sheetRows(scoring.table), { total: true }], [scoring.table]);
  const editable = data.manage && scoring.status === 'reviewing';
  const labels = Object.fromEntries(
    sheetRows(scoring.table).map((r) => [r.criterion.id, `${r.criterion.id}. ${r.criterion.label}`]),
  );
  const groupValue = (s: Sheet, r: SheetRow, reviewed: boolean) => {
    const entries = reviewed ? (s.reviewedEntries ?? {}) : s.selfEntries;
    const sum = (c: SheetRow['criterion']): number =>
      c.children?.length ? c.children.reduce((a, ch) => a + sum(ch), 0) : Number(entries[c.id] ?? 0);
    return sum(r.criterion);
  };
  const changes = scoring.sheets
    .flatMap((s) => s.changes.map((c) => ({ ...c, orgName: s.name, key: `${s.orgId}-${c.at}-${c.criterionId}` })))
    .sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card
      title={scoring.status === 'reviewing' ? 'Thẩm định điểm' : 'Bảng điểm các đơn vị'}
      style={{ marginBottom: 16 }}
    >
      {editable && (
        <Typography.Paragraph type="secondary">
          Cột “Thẩm định” bắt đầu bằng điểm tự chấm. Bấm <EditOutlined aria-hidden /> để sửa điểm một tiêu chí; mỗi lần
          sửa phải ghi lý do và được lưu vào nhật ký.
        </Typography.Paragraph>
      )}
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        rowKey={(r) => ('total' in r ? 'total' : r.criterion.id)}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        aria-label="Bảng điểm các đơn vị"
        rowClassName={(r) => ('total' in r ? 'cs-total-row' : r.leaf ? '' : 'cs-group-row')}
        columns={[
          {
            title: 'Tiêu chí',
            key: 'criterion',
            fixed: 'left',
            width: 260,
            render: (_, r) =>
              'total' in r ? (
                <strong>Tổng điểm</strong>
              ) : (
                <span className={`cs-indent-${Math.min(r.depth, 3)}`}>
                  <span className="cs-code">{r.criterion.id}.</span> {r.criterion.label}{' '}
                  <span className="muted">
                    ({r.kind === 'penalty' ? '−' : ''}
                    {pointsText(r.criterion.maxPoints)})
                  </span>
                </span>
              ),
          },
          ...scoring.sheets.map((s) => ({
            title: s.name,
            key: s.orgId,
            children: [
              {
                title: 'Tự chấm',
                key: `${s.orgId}-self`,
                align: 'right' as const,
                width: 90,
                render: (_: unknown, r: Row) => {
                  if ('total' in r) return <strong>{pointsText(s.selfTotal)}</strong>;
                  if (!r.leaf) return pointsText(groupValue(s, r, false));
                  const ev = s.evidence[r.criterion.id];
                  return (
                    <Flex gap={4} justify="flex-end" align="center">
                      {ev && (
                        <Popover
                          content={
                            <div style={{ maxWidth: 320 }} className="pre-line">
                              {ev}
                            </div>
                          }
                          title="Minh chứng"
                          trigger={['hover', 'click']}
                        >
                          <Button
                            type="text"
                            size="small"
                            icon={<FileTextOutlined aria-hidden />}
                            aria-label={`Minh chứng của ${s.name} cho tiêu chí ${r.criterion.id}: ${ev}`}
                          />
                        </Popover>
                      )}
                      {pointsText(s.selfEntries[r.criterion.id])}
                    </Flex>
                  );
                },
              },
              {
                title: 'Thẩm định',
                key: `${s.orgId}-rev`,
                align: 'right' as const,
                width: 110,
                render: (_: unknown, r: Row) => {
                  if ('total' in r) return s.reviewedEntries ? <strong>{pointsText(s.reviewedTotal)}</strong> : '—';
                  if (!r.leaf) return s.reviewedEntries ? pointsText(groupValue(s, r, true)) : '—';
                  if (!s.reviewedEntries && !editable) return '—';
                  const v = s.reviewedEntries?.[r.criterion.id] ?? null;
                  const changed = v !== (s.selfEntries[r.criterion.id] ?? null);
                  return (
                    <Flex gap={4} justify="flex-end" align="center" className={changed ? 'cs-changed' : undefined}>
                      <span>{pointsText(v)}</span>
                      {editable && (
                        <Button
                          size="small"
                          type="text"
                          icon={<EditOutlined aria-hidden />}
                          onClick={() => setTarget({ sheet: s, row: r })}
                          aria-label={`Sửa điểm tiêu chí ${r.criterion.id} của ${s.name}`}
                        />
                      )}
                    </Flex>
                  );
                },
              },
            ],
          })),
        ]}
      />
      <Typography.Title level={2} className="cs-subtitle">
        Nhật ký sửa điểm ({changes.length})
      </Typography.Title>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={changes}
        aria-label="Nhật ký sửa điểm"
        locale={{ emptyText: 'Chưa có lần sửa điểm nào.' }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Thời điểm', dataIndex: 'at', width: 140, render: fmtDateTime },
          { title: 'Đơn vị', dataIndex: 'orgName', width: 160 },
          { title: 'Tiêu chí', dataIndex: 'criterionId', width: 220, render: (id: string) => labels[id] ?? id },
          {
            title: 'Điểm',
            key: 'pts',
            width: 90,
            render: (_, c) => (
              <span>
                <span className="diff-old">{c.from === null ? '—' : pointsText(Number(c.from))}</span> →{' '}
                <span className="diff-new">{pointsText(Number(c.to))}</span>
              </span>
            ),
          },
          { title: 'Lý do', dataIndex: 'reason', render: (r: string) => <span className="pre-line">{r}</span> },
        ]}
      />
      <ChangeModal data={data} target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}

// Importing an existing plan: choose the unit and year, upload the plan (.txt or .docx), look at
// the tasks the server read (nothing is saved yet), then save the plan with those tasks.
import { CheckOutlined, InboxOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  InputNumber,
  Row,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
  Upload,
  type TableColumnsType,
  type UploadFile,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDate } from '../../ui/format';
import { OrgTreeSelect } from '../../ui/orgs';
import { PageHeader, useDocumentTitle } from '../../ui/page';
import { groupTitle, QUARTER_LABELS, QUARTERS } from './labels';
import type { Plan, PlanPreview, PreviewTask } from './types';
import './plans.css';
import { planKeys } from './keys';

type TaskRow = PreviewTask & { key: number; index: number; no: number | string; group?: string };

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const span = (r: TaskRow, n: number) => ({ colSpan: r.group ? n : 1 });

export function PlanImportPage() {
  useDocumentTitle('Nhập kế hoạch từ tệp');
  const { me } = useAuth();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  // From a request of the plan above ("Nhập từ tệp" on the plans list): the unit and the year asked.
  const [params] = useSearchParams();
  const homeOrg = params.get('donvi') ?? me.grants.find((g) => g.role === 'officer' || g.role === 'admin')?.orgId;
  const [orgId, setOrgId] = useState<string | undefined>(homeOrg);
  const [year, setYear] = useState<number>(
    Number(params.get('nam')) || new Date().getFullYear() + (new Date().getMonth() >= 9 ? 1 : 0),
  );
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Tasks read from prose that the officer left out while reviewing (indexes in preview.tasks). */
  const [dropped, setDropped] = useState<ReadonlySet<number>>(new Set());
  const previewRef = useRef<HTMLElement>(null);
  // The preview opens below the form: bring it into view and give it the focus for keyboard users.
  useEffect(() => {
    if (preview) previewRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    if (preview) previewRef.current?.focus({ preventScroll: true });
  }, [preview]);

  const read = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('file', files[0].originFileObj as File, files[0].name);
      form.append('orgId', orgId!);
      return api.upload<PlanPreview>('/plans/import-preview', form);
    },
    onSuccess: (p) => {
      setPreview(p);
      setDropped(new Set());
      // The plan says which year it is for ("… NĂM 2026"): take it, whatever month it is read in.
      if (p.year) setYear(p.year);
      setError(null);
    },
    onError: (e) => {
      setPreview(null);
      setError(errorMessage(e));
    },
  });
  const save = useMutation({
    mutationFn: () =>
      api.post<Plan>('/plans', {
        orgId,
        year,
        sourceFile: preview!.fileName,
        document: preview!.document,
        tasks: preview!.tasks
          .filter((_, i) => !dropped.has(i))
          .map(({ quarter, title, lead, partners, due }) => ({
            quarter,
            title,
            lead,
            partners,
            due,
          })),
      }),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void message.success(`Đã lưu kế hoạch năm ${p.year} với ${preview!.total - dropped.size} nhiệm vụ.`);
      void navigate(`/ke-hoach/${p.id}`);
    },
    onError: (e) => setError(errorMessage(e)),
  });

  const rows: TaskRow[] = useMemo(() => {
    if (!preview) return [];
    const out: TaskRow[] = [];
    let g = 0;
    const indexed = preview.tasks.map((t, index) => ({ ...t, index }));
    for (const q of QUARTERS) {
      const inQ = indexed.filter((t) => t.quarter === q);
      if (!inQ.length) continue;
      out.push({ ...inQ[0], key: out.length, no: ROMAN[g++], group: groupTitle(q, year) });
      inQ.forEach((t, i) => out.push({ ...t, key: out.length, no: i + 1 }));
    }
    return out;
  }, [preview, year]);

  const columns: TableColumnsType<TaskRow> = [
    { title: 'TT', dataIndex: 'no', width: 56, align: 'center' },
    {
      title: 'Nhiệm vụ',
      dataIndex: 'title',
      onCell: (r) => span(r, 4),
      render: (t: string, r) =>
        r.group ? <strong>{r.group.toLocaleUpperCase('vi')}</strong> : <span className="plan-task-title">{t}</span>,
    },
    {
      title: 'Đơn vị chủ trì',
      dataIndex: 'lead',
      width: 220,
      onCell: (r) => span(r, 0),
      render: (lead: string, r) =>
        !lead ? (
          <span className="muted">—</span>
        ) : r.leadOrgId ? (
          <Tooltip title={`Khớp với đơn vị: ${r.leadOrgName}`}>
            <span>
              {lead} <CheckOutlined className="plan-matched" aria-label="đã khớp đơn vị" />
            </span>
          </Tooltip>
        ) : (
          <span>
            {lead}{' '}
            <Tag color="warning" icon={<WarningOutlined aria-hidden />}>
              Chưa khớp đơn vị
            </Tag>
          </span>
        ),
    },
    {
      title: 'Đơn vị phối hợp',
      dataIndex: 'partners',
      width: 240,
      onCell: (r) => span(r, 0),
      render: (p: string[]) => p.join('; ') || <span className="muted">—</span>,
    },
    {
      title: 'Thời gian',
      key: 'time',
      width: 120,
      onCell: (r) => span(r, 0),
      render: (_, r) => (r.due ? fmtDate(r.due) : QUARTER_LABELS[r.quarter]),
    },
    {
      title: 'Rà soát',
      key: 'review',
      width: 150,
      onCell: (r) => span(r, 0),
      render: (_, r) =>
        r.group || !r.fromProse ? null : dropped.has(r.index) ? (
          <Button
            size="small"
            onClick={() => setDropped((d) => new Set([...d].filter((i) => i !== r.index)))}
            aria-label={`Giữ lại nhiệm vụ ${r.no}`}
          >
            Giữ lại
          </Button>
        ) : (
          <Flex vertical gap={4} align="start">
            <Tag color="gold">Đọc từ văn bản</Tag>
            <Button
              size="small"
              danger
              onClick={() => setDropped((d) => new Set([...d, r.index]))}
              aria-label={`Bỏ nhiệm vụ ${r.no}`}
            >
              Bỏ
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Nhập kế hoạch từ tệp"
        subtitle="Đọc toàn bộ kế hoạch dạng văn bản (.txt) hoặc Word (.docx): các mục, căn cứ và bảng nhiệm vụ; kế hoạch không có bảng thì đọc nhiệm vụ từ mục “Tổ chức thực hiện”."
      />
      <Card title="1. Chọn đơn vị, năm và tệp kế hoạch" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item label="Cơ quan, đơn vị lập kế hoạch" htmlFor="plan-org" required>
                <OrgTreeSelect
                  id="plan-org"
                  value={orgId}
                  onChange={(v) => {
                    setOrgId(v as string);
                    setPreview(null);
                  }}
                  placeholder="Chọn đơn vị"
                  hideClosed
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label="Năm kế hoạch" htmlFor="plan-year" required>
                <InputNumber
                  id="plan-year"
                  min={2000}
                  max={2100}
                  value={year}
                  onChange={(v) => v && setYear(v)}
                  style={{ width: 160 }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <Upload.Dragger
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          maxCount={1}
          fileList={files}
          beforeUpload={(file) => {
            setError(null);
            setPreview(null);
            setFiles([
              { uid: file.uid, name: file.name, size: file.size, type: file.type, originFileObj: file, status: 'done' },
            ]);
            return false;
          }}
          onRemove={() => {
            setFiles([]);
            setPreview(null);
            return true;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">Bấm để chọn tệp hoặc kéo tệp kế hoạch (.txt, .docx) vào đây</p>
          <p className="ant-upload-hint">
            Bảng nhiệm vụ cần có cột Nhiệm vụ (Nội dung) và Đơn vị chủ trì; không có bảng thì mục “Tổ chức thực hiện”
            cần giao việc theo từng đơn vị. Chưa có gì được lưu cho đến khi bạn bấm “Lưu kế hoạch”.
          </p>
        </Upload.Dragger>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
        <div style={{ marginTop: 16 }}>
          <Button
            type="primary"
            disabled={!files.length || !orgId}
            loading={read.isPending}
            onClick={() => read.mutate()}
          >
            Đọc và xem trước
          </Button>
        </div>
      </Card>
      {preview && (
        <section ref={previewRef} tabIndex={-1} aria-label="Bản xem trước" style={{ outline: 'none' }}>
          <Card
            title={`2. Xem trước: ${preview.total - dropped.size} nhiệm vụ từ tệp "${preview.fileName}"`}
            style={{ marginBottom: 16 }}
          >
            <Flex gap={24} wrap style={{ marginBottom: 16 }} role="list" aria-label="Số nhiệm vụ theo quý">
              {QUARTERS.map((q) => (
                // biome-ignore lint/a11y/useSemanticElements: Ant Design's Flex lays the list out; the roles name it.
                <div role="listitem" key={q}>
                  <Statistic title={QUARTER_LABELS[q]} value={preview.counts[q]} />
                </div>
              ))}
            </Flex>
            {preview.unknownLeads.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title="Có đơn vị chủ trì chưa khớp với đơn vị nào trong hệ thống"
                description={
                  <>
                    Các tên sau được giữ nguyên dạng văn bản: {preview.unknownLeads.map((l) => `“${l}”`).join(', ')}. Có
                    thể sửa sau khi lưu.
                  </>
                }
              />
            )}
            {preview.fromProse && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title="Kế hoạch không có bảng nhiệm vụ: các nhiệm vụ được đọc từ mục “Tổ chức thực hiện”"
                description="Mỗi việc giao cho một đơn vị thành một nhiệm vụ thường xuyên (việc làm hằng quý, hằng tháng được tách theo kỳ). Hãy rà soát từng nhiệm vụ, bấm “Bỏ” với dòng không phải là nhiệm vụ, rồi lưu."
              />
            )}
            <Descriptions
              size="small"
              column={1}
              style={{ marginBottom: 8 }}
              items={[
                { key: 'y', label: 'Sẽ lưu thành', children: `Kế hoạch năm ${year}` },
                ...(preview.document.title ? [{ key: 't', label: 'Trích yếu', children: preview.document.title }] : []),
                {
                  key: 's',
                  label: 'Các mục giữ nguyên văn',
                  children: preview.document.sections.length
                    ? preview.document.sections.map((x) => x.heading).join('; ')
                    : 'Không có (dùng mẫu mặc định)',
                },
              ]}
            />
            <Table<TaskRow>
              className="plan-preview-table"
              rowKey="key"
              size="small"
              columns={preview.fromProse ? columns : columns.filter((c) => c.key !== 'review')}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 900 }}
              rowClassName={(r) => (r.group ? 'plan-group-row' : dropped.has(r.index) ? 'plan-dropped-row' : '')}
            />
            <Flex gap={8} style={{ marginTop: 16 }} wrap>
              <Button type="primary" size="large" loading={save.isPending} onClick={() => save.mutate()}>
                Lưu kế hoạch
              </Button>
              <Button
                size="large"
                onClick={() => {
                  setPreview(null);
                  setFiles([]);
                }}
              >
                Hủy, chọn tệp khác
              </Button>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              Sau khi lưu, có thể sửa nội dung kế hoạch, giao người phụ trách, đặt thời hạn và theo dõi tiến độ từng
              nhiệm vụ.
            </Typography.Paragraph>
          </Card>
        </section>
      )}
    </>
  );
}

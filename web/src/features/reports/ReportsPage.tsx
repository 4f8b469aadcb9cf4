// /bao-cao: the statistical forms of Thông tư 02/2023/TT-BNV (biểu 0601–0605.N/BNV-TĐKT) for an
// organisation the user may read and a year, in the form's layout; every figure opens the records
// behind it; the form downloads as Excel or Word.
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  List,
  Select,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { api, downloadUrl } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { reportKeys } from './keys';
import { ReportFilters, useReportParams } from './ReportFilters';

const FORMS = [
  { value: '0601', label: 'Biểu 0601.N/BNV-TĐKT — Số phong trào thi đua' },
  { value: '0602', label: 'Biểu 0602.N/BNV-TĐKT — Số lượng khen thưởng cấp Nhà nước' },
  { value: '0603', label: 'Biểu 0603.N/BNV-TĐKT — Số lượng khen thưởng cấp bộ, ngành, tỉnh' },
  { value: '0604', label: 'Biểu 0604.N/BNV-TĐKT — Số lượng tổ chức làm công tác thi đua, khen thưởng' },
  { value: '0605', label: 'Biểu 0605.N/BNV-TĐKT — Số lượng công chức làm công tác thi đua, khen thưởng' },
];

interface StatisticalForm {
  form: string;
  code: string;
  title: string;
  circular: string;
  period: { year: number; from: string; to: string };
  reportingUnit: { id: string; code: string; name: string };
  receivingUnit: string;
  receiptDate: string;
  unitNote: string | null;
  columns: { no: number; label: string; group: string | null; numbering: string }[];
  lines: { code: string | null; label: string; depth: number; unit: string | null }[];
  hasUnitColumn: boolean;
  rows: { code: string; label: string; values: number[] }[];
}

interface CellItems {
  row: string;
  col: number;
  items: { id: string; name: string; detail: string }[];
}

interface Line {
  key: string;
  code: string | null;
  label: string;
  depth: number;
  unit: string | null;
  values: number[] | null;
}

export function ReportsPage() {
  useDocumentTitle('Báo cáo thống kê');
  const { params, set } = useReportParams();
  const form = params.get('bieu') ?? '0603';
  // The last reporting period that has ended (TĐKT periods end on 30/11).
  const defaultYear = dayjs().month() === 11 ? dayjs().year() : dayjs().year() - 1;
  const year = Number(params.get('nam') ?? defaultYear);
  const orgId = params.get('donvi') ?? undefined;
  const query = { form, year, orgId };
  const q = useQuery({
    queryKey: reportKeys.statistics(query),
    queryFn: () => api.get<StatisticalForm>('/reports/statistics', query),
  });
  const [cell, setCell] = useState<{ row: string; col: number; label: string; column: string } | null>(null);
  const items = useQuery({
    queryKey: reportKeys.cell(query, cell?.row, cell?.col),
    queryFn: () => api.get<CellItems>('/reports/statistics/cell', { ...query, row: cell!.row, col: cell!.col }),
    enabled: !!cell,
  });

  const f = q.data;
  const columns = useMemo<TableColumnsType<Line>>(() => {
    if (!f) return [];
    const value = (i: number): TableColumnsType<Line>[number] => ({
      key: `c${i + 1}`,
      title: `${f.columns[i].label} (${f.columns[i].numbering})`,
      align: 'center',
      width: f.columns.length > 5 ? 96 : 130,
      render: (_: unknown, l: Line) =>
        l.values === null ? null : l.values[i] === 0 ? (
          <span>0</span>
        ) : (
          <Button
            type="link"
            size="small"
            onClick={() => setCell({ row: l.code!, col: i + 1, label: l.label, column: f.columns[i].label })}
            aria-label={`${l.label}, cột ${i + 1}: ${l.values[i]} — xem danh sách`}
          >
            {l.values[i].toLocaleString('vi-VN')}
          </Button>
        ),
    });
    const numbered: TableColumnsType<Line> = [];
    for (let i = 0; i < f.columns.length; ) {
      const c = f.columns[i];
      if (!c.group) {
        numbered.push(value(i));
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < f.columns.length && f.columns[j + 1].group === c.group) j++;
      numbered.push({
        key: `g${i}`,
        title: c.group,
        children: Array.from({ length: j - i + 1 }, (_, k) => value(i + k)),
      });
      i = j + 1;
    }
    return [
      {
        key: 'label',
        title: 'Chỉ tiêu (A)',
        fixed: 'left',
        width: 340,
        render: (_: unknown, l: Line) => (
          <span style={{ paddingLeft: l.depth * 16, fontWeight: l.depth === 0 || l.code === null ? 600 : undefined }}>
            {l.label}
          </span>
        ),
      },
      { key: 'code', title: 'Mã số (B)', dataIndex: 'code', align: 'center', width: 80 },
      ...(f.hasUnitColumn
        ? [{ key: 'unit', title: 'Đơn vị tính (C)', dataIndex: 'unit', align: 'center' as const, width: 100 }]
        : []),
      ...numbered,
    ];
  }, [f]);
  const data = useMemo<Line[]>(
    () =>
      f
        ? f.lines.map((l, i) => ({
            key: `${i}`,
            ...l,
            values: l.code ? (f.rows.find((r) => r.code === l.code)?.values ?? null) : null,
          }))
        : [],
    [f],
  );
  const exportQuery = (format: 'xlsx' | 'docx') => ({ form, year, orgId, format });

  return (
    <>
      <PageHeader
        title="Báo cáo thống kê thi đua, khen thưởng"
        subtitle="Các biểu mẫu của Thông tư số 02/2023/TT-BNV, tính từ dữ liệu đã ghi nhận"
        actions={
          <Space wrap>
            <Button
              icon={<FileExcelOutlined aria-hidden />}
              href={downloadUrl('/reports/statistics/export', exportQuery('xlsx'))}
              download
              disabled={!f}
            >
              Tải Excel
            </Button>
            <Button
              icon={<FileWordOutlined aria-hidden />}
              href={downloadUrl('/reports/statistics/export', exportQuery('docx'))}
              download
              disabled={!f}
            >
              Tải Word
            </Button>
          </Space>
        }
      />
      <ReportFilters year={year} orgId={orgId} set={set}>
        <Select
          aria-label="Biểu báo cáo"
          style={{ width: 'min(560px, 90vw)' }}
          value={form}
          options={FORMS}
          onChange={(v) => set('bieu', v)}
        />
      </ReportFilters>
      {q.error ? (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <Card size="small" loading={q.isPending}>
          {f && (
            <>
              <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 8 }}>
                <Descriptions.Item label="Biểu số">{f.form}</Descriptions.Item>
                <Descriptions.Item label="Đơn vị báo cáo">{f.reportingUnit.name}</Descriptions.Item>
                <Descriptions.Item label="Căn cứ">{f.circular}</Descriptions.Item>
                <Descriptions.Item label="Đơn vị nhận báo cáo">{f.receivingUnit}</Descriptions.Item>
                <Descriptions.Item label="Kỳ báo cáo">
                  năm {f.period.year}: từ {fmtDate(f.period.from)} đến {fmtDate(f.period.to)}
                </Descriptions.Item>
                <Descriptions.Item label="Ngày nhận báo cáo">{fmtDate(f.receiptDate)}</Descriptions.Item>
              </Descriptions>
              <Typography.Title level={5} style={{ textAlign: 'center' }}>
                {f.title}
              </Typography.Title>
              {f.unitNote && (
                <Typography.Paragraph style={{ textAlign: 'right', fontStyle: 'italic', marginBottom: 4 }}>
                  {f.unitNote}
                </Typography.Paragraph>
              )}
              <Table<Line>
                size="small"
                bordered
                pagination={false}
                columns={columns}
                dataSource={data}
                scroll={{ x: 'max-content' }}
              />
            </>
          )}
        </Card>
      )}
      <Drawer
        open={!!cell}
        onClose={() => setCell(null)}
        title={cell ? `${cell.label} — ${cell.column}` : ''}
        width="min(640px, 100vw)"
      >
        {items.error ? (
          <LoadError error={items.error} onRetry={() => items.refetch()} />
        ) : (
          <List
            loading={items.isPending}
            dataSource={items.data?.items ?? []}
            locale={{ emptyText: <Empty description="Không có bản ghi" /> }}
            renderItem={(it, i) => (
              <List.Item>
                <List.Item.Meta title={`${i + 1}. ${it.name}`} description={it.detail} />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}

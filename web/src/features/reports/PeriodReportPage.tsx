// /bao-cao/tong-ket: the six-month and annual reports on the TĐKT work (báo cáo sơ kết 6 tháng,
// tổng kết năm): the figures computed from the records, the narrative sections the officer writes
// (each save a version), submission to the parent body, the units' reports and their sum, and
// the document as Word or PDF in the Nghị định 30 layout.
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { api, downloadUrl } from '../../ui/api';
import { applyApiError, useFormProblem } from '../../ui/forms';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { reportKeys } from './keys';
import { PeriodNarrative } from './PeriodNarrative';
import { PeriodSummaryCards } from './PeriodSummaryCards';
import { PeriodTables } from './PeriodTables';
import type { Kind, PeriodReport } from './period-types';
import { ReportFilters, useReportParams } from './ReportFilters';

export function PeriodReportPage() {
  useDocumentTitle('Báo cáo sơ kết, tổng kết');
  const { params, set } = useReportParams();
  const kind: Kind = params.get('ky') === 'half' ? 'half' : 'year';
  const defaultYear = dayjs().month() === 11 || kind === 'half' ? dayjs().year() : dayjs().year() - 1;
  const year = Number(params.get('nam') ?? defaultYear);
  const orgId = params.get('donvi') ?? undefined;
  const query = { year, kind, orgId };
  const qc = useQueryClient();
  const { message } = App.useApp();
  const q = useQuery({
    queryKey: reportKeys.period(query),
    queryFn: () => api.get<PeriodReport>('/reports/period', query),
  });
  const r = q.data;
  const [form] = Form.useForm<Record<string, string>>();
  const { problem, setProblem, clear } = useFormProblem();
  useEffect(() => {
    if (r) form.setFieldsValue(r.narrative);
  }, [r, form]);

  const save = useMutation({
    mutationFn: (narrative: Record<string, string>) =>
      api.put<PeriodReport>('/reports/period/narrative', {
        year,
        kind,
        orgId: r!.unit.id,
        version: r!.version,
        narrative,
      }),
    onSuccess: (data) => {
      qc.setQueryData(reportKeys.period(query), data);
      void message.success(`Đã lưu báo cáo (phiên bản ${data.version}).`);
    },
    onError: (e) =>
      setProblem(
        applyApiError(form, e, Object.fromEntries((r?.sections ?? []).map((s) => [`narrative.${s.key}`, s.key]))),
      ),
  });
  const submit = useMutation({
    mutationFn: () => api.post<PeriodReport>('/reports/period/submit', { year, kind, orgId: r!.unit.id }),
    onSuccess: (data) => {
      qc.setQueryData(reportKeys.period(query), data);
      void message.success(`Đã gửi báo cáo đến ${data.receiver}.`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const fileQuery = (format: 'docx' | 'pdf') => ({ year, kind, orgId: r?.unit.id ?? orgId, format });
  const f = r?.figures;

  return (
    <>
      <PageHeader
        title="Báo cáo sơ kết, tổng kết công tác thi đua, khen thưởng"
        subtitle="Số liệu tính từ dữ liệu đã ghi nhận; phần nhận xét, đánh giá do cán bộ soạn trước khi tải về"
        actions={
          <Space wrap>
            <Button
              icon={<FileWordOutlined aria-hidden />}
              href={downloadUrl('/reports/period/export', fileQuery('docx'))}
              download
              disabled={!r}
            >
              Tải Word
            </Button>
            <Button
              icon={<FilePdfOutlined aria-hidden />}
              href={downloadUrl('/reports/period/export', fileQuery('pdf'))}
              target="_blank"
              disabled={!r}
            >
              Xem PDF
            </Button>
          </Space>
        }
      />
      <ReportFilters year={year} orgId={orgId} set={set}>
        <Segmented<Kind>
          aria-label="Loại báo cáo"
          value={kind}
          options={[
            { value: 'year', label: 'Tổng kết năm' },
            { value: 'half', label: 'Sơ kết 6 tháng' },
          ]}
          onChange={(v) => set('ky', v === 'year' ? undefined : v)}
        />
      </ReportFilters>
      {q.error ? (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      ) : !r || !f ? (
        <Card loading />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <PeriodSummaryCards r={r} />
          <PeriodTables r={r} />
          <PeriodNarrative r={r} form={form} problem={problem} clear={clear} save={save} submit={submit} />
        </Space>
      )}
    </>
  );
}

// A member's self-score (tự chấm điểm): one number per criterion, bounded by its maximum, with a
// note on the evidence; the running total (normal + bonus − penalty) follows every keystroke with
// the same rule the server applies (scoreSheet). Saved as a draft, then sent after a confirmation.
import { CheckCircleOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { scoreSheet } from '../../../../src/domain/emulation/scoring';
import { api, ApiError, errorMessage } from '../../ui/api';
import { fmtDateTime } from '../../ui/format';
import { useOnChange } from '../../ui/hooks';
import { KIND_LABELS, pointsText, sheetRows } from './parts';
import { clusterYearKeys } from './keys';
import type { ClusterYear, Scoring, Sheet } from './types';

type Entries = Record<string, number | null>;

function SheetEditor({ data, scoring, sheet }: { data: ClusterYear; scoring: Scoring; sheet: Sheet }) {
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [entries, setEntries] = useState<Entries>(sheet.selfEntries);
  const [evidence, setEvidence] = useState<Record<string, string>>(sheet.evidence);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  useOnChange([sheet.orgId, sheet.submittedAt], () => {
    setEntries(sheet.selfEntries);
    setEvidence(sheet.evidence);
    setDirty(false);
  });
  const rows = useMemo(() => sheetRows(scoring.table), [scoring.table]);
  const clean = Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== null && v !== undefined)) as Entries;
  const result = scoreSheet(scoring.table, clean);
  const base = `/clusters/${data.cluster.id}/years/${data.year}`;
  const body = () => ({
    orgId: sheet.orgId,
    entries: clean,
    evidence: Object.fromEntries(Object.entries(evidence).filter(([, v]) => v?.trim())),
  });
  const onError = (e: unknown) => {
    if (e instanceof ApiError) {
      const f: Record<string, string> = {};
      for (const x of e.fields) if (x.field.startsWith('entries.')) f[x.field.slice(8)] = x.message;
      setFieldErrors(f);
    }
    setProblem(errorMessage(e));
  };
  const save = useMutation({
    mutationFn: (submit: boolean) =>
      submit ? api.post<ClusterYear>(`${base}/sheets/submit`, body()) : api.put<ClusterYear>(`${base}/sheets`, body()),
    onSuccess: (d, submit) => {
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      setDirty(false);
      setFieldErrors({});
      setProblem(null);
      void message.success(submit ? 'Đã gửi bảng tự chấm điểm cho Cụm trưởng.' : 'Đã lưu bảng tự chấm điểm.');
    },
    onError,
  });
  const set = (id: string, v: number | null) => {
    setEntries((e) => ({ ...e, [id]: v }));
    setFieldErrors((f) => {
      const { [id]: _drop, ...rest } = f;
      return rest;
    });
    setDirty(true);
  };
  const submit = () =>
    modal.confirm({
      title: `Gửi bảng tự chấm điểm của ${sheet.name}?`,
      content: (
        <div>
          <p>
            Tổng điểm tự chấm: <strong>{pointsText(result.total)}</strong> (điểm chuẩn {pointsText(result.normal)},
            thưởng {pointsText(result.bonus)}, trừ {pointsText(result.penalty)}).
          </p>
          <p>
            Cụm trưởng sẽ thẩm định dựa trên bảng điểm và minh chứng này. Trước khi bắt đầu thẩm định, đơn vị vẫn có thể
            sửa và gửi lại.
          </p>
        </div>
      ),
      okText: 'Gửi bảng điểm',
      cancelText: 'Hủy',
      onOk: () => save.mutateAsync(true).catch(() => undefined),
    });

  return (
    <>
      {sheet.submittedAt ? (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          style={{ marginBottom: 12 }}
          title={`Đã gửi lúc ${fmtDateTime(sheet.submittedAt)}. Có thể sửa và gửi lại cho đến khi Cụm trưởng bắt đầu thẩm định.`}
        />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Chấm điểm từng tiêu chí trong khoảng từ 0 đến điểm tối đa; ghi minh chứng (văn bản, số liệu) để Cụm trưởng đối chiếu."
        />
      )}
      <ol className="cs-sheet" aria-label={`Bảng tự chấm điểm của ${sheet.name}`}>
        {rows.map(({ criterion: c, kind, depth, leaf }) =>
          leaf ? (
            <li
              key={c.id}
              className={`cs-sheet-row cs-indent-${Math.min(depth, 3)}${fieldErrors[c.id] ? ' cs-node-error' : ''}`}
            >
              <div className="cs-sheet-label">
                <label htmlFor={`score-${c.id}`}>
                  <span className="cs-code">{c.id}.</span> {c.label}
                </label>
                {kind !== 'normal' && (
                  <Tag color={kind === 'bonus' ? 'green' : 'red'} style={{ marginInlineStart: 6 }}>
                    {KIND_LABELS[kind]}
                  </Tag>
                )}
              </div>
              <div className="cs-sheet-points">
                <InputNumber<number>
                  id={`score-${c.id}`}
                  min={0}
                  max={c.maxPoints}
                  step={1}
                  decimalSeparator=","
                  value={entries[c.id] ?? null}
                  onChange={(v) => set(c.id, v)}
                  status={fieldErrors[c.id] ? 'error' : undefined}
                  style={{ width: 80 }}
                  aria-describedby={`max-${c.id}`}
                />
                <span id={`max-${c.id}`} className="muted">
                  / {pointsText(c.maxPoints)} điểm{kind === 'penalty' ? ' trừ' : ''}
                </span>
              </div>
              <Input.TextArea
                className="cs-sheet-evidence"
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={2000}
                placeholder="Minh chứng (văn bản, số liệu…)"
                aria-label={`Minh chứng cho tiêu chí ${c.id}`}
                value={evidence[c.id] ?? ''}
                onChange={(e) => {
                  setEvidence((x) => ({ ...x, [c.id]: e.target.value }));
                  setDirty(true);
                }}
              />
              {fieldErrors[c.id] && (
                <div className="cs-node-problem" role="alert">
                  {fieldErrors[c.id]}
                </div>
              )}
            </li>
          ) : (
            <li key={c.id} className={`cs-sheet-group cs-indent-${Math.min(depth, 3)}`}>
              <span className="cs-code">{c.id}.</span> {c.label}{' '}
              <span className="muted">
                (tối đa {pointsText(c.maxPoints)}; đã chấm {pointsText(result.byCriterion[c.id])})
              </span>
            </li>
          ),
        )}
      </ol>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
      <div className="cs-sticky-total" aria-live="polite">
        <div className="cs-sticky-sum">
          <span>
            Tổng: <strong className="cs-total-value">{pointsText(result.total)}</strong>
          </span>
          <span className="muted">
            chuẩn {pointsText(result.normal)} + thưởng {pointsText(result.bonus)} − trừ {pointsText(result.penalty)}
          </span>
          {result.missing.length > 0 && <span className="muted">Còn {result.missing.length} tiêu chí chưa chấm</span>}
        </div>
        <Flex gap={8} wrap>
          <Button
            icon={<SaveOutlined aria-hidden />}
            loading={save.isPending && save.variables === false}
            onClick={() => save.mutate(false)}
          >
            Lưu nháp
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined aria-hidden />}
            loading={save.isPending && save.variables === true}
            onClick={submit}
          >
            {sheet.submittedAt ? 'Gửi lại' : 'Gửi bảng điểm'}
          </Button>
          {dirty && (
            <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
              Chưa lưu
            </Typography.Text>
          )}
        </Flex>
      </div>
    </>
  );
}

/** A member's own sheet once scoring is closed: self vs reviewed points and the reasons for changes. */
export function OwnSheetView({ scoring, sheet }: { scoring: Scoring; sheet: Sheet }) {
  const rows = sheetRows(scoring.table);
  const reviewed = sheet.reviewedEntries;
  return (
    <>
      <Flex gap={16} wrap style={{ marginBottom: 12 }}>
        <span>
          Tự chấm: <strong>{pointsText(sheet.selfTotal)}</strong>
        </span>
        {reviewed && (
          <span>
            Sau thẩm định: <strong>{pointsText(sheet.reviewedTotal)}</strong>
          </span>
        )}
      </Flex>
      <table className="cs-plain-table">
        <thead>
          <tr>
            <th scope="col">Tiêu chí</th>
            <th scope="col">Tối đa</th>
            <th scope="col">Tự chấm</th>
            {reviewed && <th scope="col">Thẩm định</th>}
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((r) => r.leaf)
            .map(({ criterion: c }) => {
              const changed = reviewed && reviewed[c.id] !== sheet.selfEntries[c.id];
              const why = sheet.changes.filter((x) => x.criterionId === c.id);
              return (
                <tr key={c.id} className={changed ? 'diff-changed' : undefined}>
                  <td>
                    {c.id}. {c.label}
                    {why.map((w, i) => (
                      <div key={i} className="muted cs-reason">
                        Lý do sửa: {w.reason}
                      </div>
                    ))}
                  </td>
                  <td className="num">{pointsText(c.maxPoints)}</td>
                  <td className="num">{pointsText(sheet.selfEntries[c.id])}</td>
                  {reviewed && <td className="num">{pointsText(reviewed[c.id])}</td>}
                </tr>
              );
            })}
        </tbody>
      </table>
    </>
  );
}

export function SelfScoreCard({ data, scoring }: { data: ClusterYear; scoring: Scoring }) {
  const mine = scoring.sheets.filter((s) => data.myOrgIds.includes(s.orgId));
  const [orgId, setOrgId] = useState<string | undefined>(mine[0]?.orgId);
  const sheet = mine.find((s) => s.orgId === orgId) ?? mine[0];
  if (!sheet) return null;
  return (
    <Card
      title={`Tự chấm điểm — ${sheet.name}`}
      extra={
        mine.length > 1 ? (
          <Select
            value={sheet.orgId}
            onChange={setOrgId}
            options={mine.map((s) => ({ value: s.orgId, label: s.name }))}
            style={{ minWidth: 200 }}
            aria-label="Đơn vị tự chấm điểm"
          />
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    >
      {scoring.status === 'scoring' ? (
        <SheetEditor data={data} scoring={scoring} sheet={sheet} />
      ) : (
        <OwnSheetView scoring={scoring} sheet={sheet} />
      )}
    </Card>
  );
}

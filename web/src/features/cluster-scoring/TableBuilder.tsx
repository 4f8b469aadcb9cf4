// The scoring table builder (thang điểm): a tree of criteria with maximum points, bonus (điểm
// thưởng) and penalty (điểm trừ) items, checked live against the announced total with the same
// rule the server applies (checkTable), and the ordered tie-break rules. Saved as a draft; scoring
// opens only when the table adds up.
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  SaveOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  checkTable,
  normalMaximum,
  type CriterionKind,
  type ScoreCriterion,
  type ScoreTable,
  type TieBreak,
} from '../../../../src/domain/emulation/scoring';
import { api, errorMessage } from '../../ui/api';
import { fmtNumber } from '../../ui/format';
import { useOnChange } from '../../ui/hooks';
import { KIND_LABELS, pointsText } from './parts';
import { clusterYearKeys } from './keys';
import type { ClusterYear } from './types';

interface Node {
  key: string;
  id: string;
  label: string;
  maxPoints: number | null;
  kind: CriterionKind;
  children: Node[];
}

let seq = 0;
const newKey = () => `n${++seq}`;

const toNodes = (cs: readonly ScoreCriterion[]): Node[] =>
  cs.map((c) => ({
    key: newKey(),
    id: c.id,
    label: c.label,
    maxPoints: c.maxPoints,
    kind: c.kind ?? 'normal',
    children: toNodes(c.children ?? []),
  }));

function toCriteria(nodes: Node[], top = true): ScoreCriterion[] {
  return nodes.map((n) => ({
    id: n.id.trim(),
    label: n.label.normalize('NFC').trim(),
    maxPoints: n.maxPoints ?? 0,
    ...(top && n.kind !== 'normal' ? { kind: n.kind } : {}),
    ...(n.children.length ? { children: toCriteria(n.children, false) } : {}),
  }));
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A code not used yet: top level A, B, C…; children A1, A2…; below that A1a, A1b… */
function nextId(parent: Node | null, siblings: Node[], used: Set<string>): string {
  for (let i = siblings.length; i < siblings.length + 100; i++) {
    const id = !parent
      ? (LETTERS[i] ?? `K${i + 1}`)
      : /\d$/.test(parent.id)
        ? `${parent.id}${LETTERS[i]?.toLowerCase() ?? i + 1}`
        : `${parent.id}${i + 1}`;
    if (!used.has(id)) return id;
  }
  return `T${used.size + 1}`;
}

function allIds(nodes: Node[], out = new Set<string>()): Set<string> {
  for (const n of nodes) {
    out.add(n.id);
    allIds(n.children, out);
  }
  return out;
}

function update(nodes: Node[], key: string, fn: (n: Node) => Node | null): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    if (n.key === key) {
      const r = fn(n);
      if (r) out.push(r);
    } else out.push({ ...n, children: update(n.children, key, fn) });
  }
  return out;
}

function move(nodes: Node[], key: string, by: -1 | 1): Node[] {
  const i = nodes.findIndex((n) => n.key === key);
  if (i >= 0) {
    const j = i + by;
    if (j < 0 || j >= nodes.length) return nodes;
    const next = [...nodes];
    [next[i], next[j]] = [next[j], next[i]];
    return next;
  }
  return nodes.map((n) => ({ ...n, children: move(n.children, key, by) }));
}

const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

const STARTER: ScoreTable = {
  expectedTotal: 100,
  criteria: [
    {
      id: 'A',
      label: 'Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội',
      maxPoints: 70,
      children: [
        { id: 'A1', label: 'Chỉ tiêu kinh tế - xã hội', maxPoints: 50 },
        { id: 'A2', label: 'Cải cách hành chính', maxPoints: 20 },
      ],
    },
    { id: 'B', label: 'Công tác thi đua, khen thưởng', maxPoints: 30 },
    { id: 'C', label: 'Điểm thưởng', maxPoints: 5, kind: 'bonus' },
    { id: 'D', label: 'Điểm trừ', maxPoints: 5, kind: 'penalty' },
  ],
};

function NodeRow({
  node,
  depth,
  index,
  count,
  problems,
  onChange,
  onAddChild,
  onRemove,
  onMove,
  readOnly,
}: {
  node: Node;
  depth: number;
  index: number;
  count: number;
  problems: Map<string, string[]>;
  onChange: (key: string, patch: Partial<Node>) => void;
  onAddChild: (node: Node) => void;
  onRemove: (key: string) => void;
  onMove: (key: string, by: -1 | 1) => void;
  readOnly: boolean;
}) {
  const errs = problems.get(node.id) ?? [];
  const name = node.label.trim() || node.id;
  const group = node.children.length > 0;
  return (
    <li className={`cs-node cs-depth-${Math.min(depth, 3)}`}>
      <div className={`cs-node-row${errs.length ? ' cs-node-error' : ''}`}>
        <Input
          className="cs-node-id"
          value={node.id}
          maxLength={20}
          disabled={readOnly}
          status={errs.length && !node.id.trim() ? 'error' : undefined}
          onChange={(e) => onChange(node.key, { id: e.target.value })}
          aria-label={`Mã tiêu chí ${name}`}
        />
        <Input.TextArea
          className="cs-node-label"
          autoSize={{ minRows: 1, maxRows: 3 }}
          value={node.label}
          maxLength={500}
          disabled={readOnly}
          placeholder="Nội dung tiêu chí"
          status={errs.length && !node.label.trim() ? 'error' : undefined}
          onChange={(e) => onChange(node.key, { label: e.target.value })}
          aria-label={`Nội dung tiêu chí ${node.id}`}
        />
        <InputNumber<number>
          className="cs-node-max"
          value={node.maxPoints}
          min={0}
          max={1000}
          step={1}
          decimalSeparator=","
          disabled={readOnly}
          status={errs.length ? 'error' : undefined}
          onChange={(v) => onChange(node.key, { maxPoints: v })}
          aria-label={`Điểm tối đa của ${name}${group ? ' (bằng tổng tiêu chí con)' : ''}`}
          placeholder="Điểm"
        />
        {depth === 0 ? (
          <Select<CriterionKind>
            className="cs-node-kind"
            value={node.kind}
            disabled={readOnly}
            onChange={(v) => onChange(node.key, { kind: v })}
            options={(Object.keys(KIND_LABELS) as CriterionKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            aria-label={`Loại điểm của ${name}`}
          />
        ) : (
          <span className="cs-node-kind muted">cùng loại nhóm</span>
        )}
        {!readOnly && (
          <Space.Compact className="cs-node-actions">
            <Button
              icon={<ArrowUpOutlined aria-hidden />}
              disabled={index === 0}
              onClick={() => onMove(node.key, -1)}
              aria-label={`Đưa ${name} lên`}
            />
            <Button
              icon={<ArrowDownOutlined aria-hidden />}
              disabled={index === count - 1}
              onClick={() => onMove(node.key, 1)}
              aria-label={`Đưa ${name} xuống`}
            />
            {/* Three levels at most (group, sub-group, item), as the server takes them. */}
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={depth >= 2}
              onClick={() => onAddChild(node)}
              aria-label={`Thêm tiêu chí con vào ${name}`}
              title={depth >= 2 ? 'Thang điểm có tối đa ba cấp' : 'Thêm tiêu chí con'}
            />
            <Button
              icon={<DeleteOutlined aria-hidden />}
              danger
              onClick={() => onRemove(node.key)}
              aria-label={`Xóa ${name}`}
            />
          </Space.Compact>
        )}
      </div>
      {errs.map((e, i) => (
        <div key={i} className="cs-node-problem" role="alert">
          {e}
        </div>
      ))}
      {group && (
        <ul className="cs-tree">
          {node.children.map((c, i) => (
            <NodeRow
              key={c.key}
              node={c}
              depth={depth + 1}
              index={i}
              count={node.children.length}
              problems={problems}
              onChange={onChange}
              onAddChild={onAddChild}
              onRemove={onRemove}
              onMove={onMove}
              readOnly={readOnly}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

type TieKind = TieBreak['kind'];
const TIE_LABELS: Record<TieKind, string> = {
  criterion: 'Điểm cao hơn ở tiêu chí',
  fewer_penalty: 'Ít điểm trừ hơn',
  more_bonus: 'Nhiều điểm thưởng hơn',
};

export function tieBreakText(t: TieBreak, labels: Record<string, string>): string {
  return t.kind === 'criterion' ? `${TIE_LABELS.criterion} "${labels[t.id] ?? t.id}"` : TIE_LABELS[t.kind];
}

function TieBreaks({
  value,
  onChange,
  criteria,
  readOnly,
}: {
  value: TieBreak[];
  onChange: (v: TieBreak[]) => void;
  criteria: Node[];
  readOnly: boolean;
}) {
  const options = criteria
    .filter((c) => c.id.trim())
    .map((c) => ({ value: c.id, label: `${c.id}. ${c.label || '(chưa có nội dung)'}` }));
  const set = (i: number, t: TieBreak) => onChange(value.map((x, j) => (j === i ? t : x)));
  const swap = (i: number, j: number) => {
    const next = [...value];
    [next[i], next[j]] = [next[j], next[i]];
    onChange(next);
  };
  return (
    <fieldset className="cs-fieldset">
      <legend>Khi bằng tổng điểm, xếp trên đơn vị có (theo thứ tự)</legend>
      {value.length === 0 && (
        <Typography.Paragraph type="secondary">
          Chưa có tiêu chí phụ: các đơn vị bằng điểm sẽ đồng hạng.
        </Typography.Paragraph>
      )}
      <ol className="cs-tie-list">
        {value.map((t, i) => (
          <li key={i}>
            <Flex gap={8} wrap align="center">
              <Select<TieKind>
                value={t.kind}
                disabled={readOnly}
                style={{ width: 230 }}
                onChange={(k) =>
                  set(i, k === 'criterion' ? { kind: 'criterion', id: options[0]?.value ?? '' } : { kind: k })
                }
                options={(Object.keys(TIE_LABELS) as TieKind[]).map((k) => ({ value: k, label: TIE_LABELS[k] }))}
                aria-label={`Tiêu chí phụ thứ ${i + 1}`}
              />
              {t.kind === 'criterion' && (
                <Select
                  value={t.id || undefined}
                  disabled={readOnly}
                  style={{ flex: '1 1 240px', minWidth: 200 }}
                  onChange={(id: string) => set(i, { kind: 'criterion', id })}
                  options={options}
                  placeholder="Chọn tiêu chí"
                  aria-label={`Tiêu chí dùng để xếp khi bằng điểm, thứ ${i + 1}`}
                  status={!criteria.some((c) => c.id === t.id) ? 'error' : undefined}
                />
              )}
              {!readOnly && (
                <Space.Compact>
                  <Button
                    icon={<ArrowUpOutlined aria-hidden />}
                    disabled={i === 0}
                    onClick={() => swap(i, i - 1)}
                    aria-label={`Đưa tiêu chí phụ thứ ${i + 1} lên`}
                  />
                  <Button
                    icon={<ArrowDownOutlined aria-hidden />}
                    disabled={i === value.length - 1}
                    onClick={() => swap(i, i + 1)}
                    aria-label={`Đưa tiêu chí phụ thứ ${i + 1} xuống`}
                  />
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    danger
                    onClick={() => onChange(value.filter((_, j) => j !== i))}
                    aria-label={`Bỏ tiêu chí phụ thứ ${i + 1}`}
                  />
                </Space.Compact>
              )}
            </Flex>
          </li>
        ))}
      </ol>
      {!readOnly && (
        <Button
          type="dashed"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => onChange([...value, { kind: 'fewer_penalty' }])}
        >
          Thêm tiêu chí phụ
        </Button>
      )}
    </fieldset>
  );
}

export function TableBuilder({ data }: { data: ClusterYear }) {
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const s = data.scoring;
  const readOnly = !data.manage || (!!s && s.status !== 'draft');
  const initial = s?.table ?? STARTER;
  const [nodes, setNodes] = useState<Node[]>(() => toNodes(initial.criteria));
  const [expected, setExpected] = useState<number | null>(initial.expectedTotal ?? null);
  const [ties, setTies] = useState<TieBreak[]>(
    () => s?.tieBreaks ?? [{ kind: 'criterion', id: 'A' }, { kind: 'fewer_penalty' }, { kind: 'more_bonus' }],
  );
  const [dirty, setDirty] = useState(!s);
  const [saveError, setSaveError] = useState<string | null>(null);
  // A fresh answer from the server (after saving or opening) resets the editor.
  useOnChange([s?.id, s?.status, JSON.stringify(s?.table), JSON.stringify(s?.tieBreaks)], () => {
    if (!s) return;
    setNodes(toNodes(s.table.criteria));
    setExpected(s.table.expectedTotal ?? null);
    setTies(s.tieBreaks);
    setDirty(false);
  });

  const table: ScoreTable = useMemo(
    () => ({ criteria: toCriteria(nodes), ...(expected !== null ? { expectedTotal: expected } : {}) }),
    [nodes, expected],
  );
  const problems = useMemo(() => {
    const p = checkTable(table);
    for (const n of flat(nodes))
      if (n.maxPoints === null) p.push({ id: n.id, message: `"${n.label || n.id}": chưa nhập điểm tối đa.` });
    return p;
  }, [table, nodes]);
  const byId = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const p of problems) if (p.id !== null) m.set(p.id, [...(m.get(p.id) ?? []), p.message]);
    return m;
  }, [problems]);
  const general = problems.filter((p) => p.id === null || !flat(nodes).some((n) => n.id === p.id));
  const total = useMemo(() => normalMaximum(table), [table]);
  const bonusMax = nodes.filter((n) => n.kind === 'bonus').reduce((a, n) => a + (n.maxPoints ?? 0), 0);
  const penaltyMax = nodes.filter((n) => n.kind === 'penalty').reduce((a, n) => a + (n.maxPoints ?? 0), 0);

  const edit = (fn: (ns: Node[]) => Node[]) => {
    setNodes(fn);
    setDirty(true);
    setSaveError(null);
  };
  const onChange = (key: string, patch: Partial<Node>) => edit((ns) => update(ns, key, (n) => ({ ...n, ...patch })));
  const onAddChild = (parent: Node) =>
    edit((ns) =>
      update(ns, parent.key, (n) => ({
        ...n,
        children: [
          ...n.children,
          {
            key: newKey(),
            id: nextId(n, n.children, allIds(ns)),
            label: '',
            maxPoints: null,
            kind: 'normal',
            children: [],
          },
        ],
      })),
    );
  const onRemove = (key: string) => {
    const n = flat(nodes).find((x) => x.key === key);
    const go = () => edit((ns) => update(ns, key, () => null));
    if (n?.children.length) {
      modal.confirm({
        title: `Xóa nhóm "${n.label || n.id}"?`,
        content: `Các tiêu chí con (${flat(n.children).length}) cũng bị xóa.`,
        okText: 'Xóa',
        okButtonProps: { danger: true },
        cancelText: 'Hủy',
        onOk: go,
      });
    } else go();
  };
  const onMove = (key: string, by: -1 | 1) => edit((ns) => move(ns, key, by));
  const addTop = () =>
    edit((ns) => [
      ...ns,
      { key: newKey(), id: nextId(null, ns, allIds(ns)), label: '', maxPoints: null, kind: 'normal', children: [] },
    ]);

  const base = `/clusters/${data.cluster.id}/years/${data.year}`;
  const save = useMutation({
    mutationFn: () => {
      if (flat(nodes).some((n) => n.maxPoints === null)) return Promise.reject(new Error('missing'));
      return api.put<ClusterYear>(`${base}/score-table`, { table, tieBreaks: ties });
    },
    onSuccess: (d) => {
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      setDirty(false);
      void message.success(
        d.scoring?.problems.length ? 'Đã lưu bản nháp thang điểm (còn điểm chưa khớp).' : 'Đã lưu thang điểm.',
      );
    },
    onError: (e) =>
      setSaveError(
        e instanceof Error && e.message === 'missing' ? 'Còn tiêu chí chưa nhập điểm tối đa.' : errorMessage(e),
      ),
  });
  const open = useMutation({
    mutationFn: () => api.post<ClusterYear>(`${base}/score-table/open`),
    onSuccess: (d) => {
      qc.setQueryData(clusterYearKeys.detail(data.cluster.id, data.year), d);
      void message.success('Đã mở cho các đơn vị tự chấm điểm.');
    },
    onError: (e) => setSaveError(errorMessage(e)),
  });
  const labels = Object.fromEntries(flat(nodes).map((n) => [n.id, n.label]));

  return (
    <Card
      title="Thang điểm chấm thi đua"
      extra={s ? <Tag color={s.status === 'draft' ? 'default' : 'blue'}>{s.statusLabel}</Tag> : <Tag>Chưa lưu</Tag>}
      style={{ marginBottom: 16 }}
    >
      {readOnly && data.manage && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Các đơn vị đã bắt đầu tự chấm: thang điểm không sửa được nữa."
        />
      )}
      <Flex gap={16} wrap align="center" className="cs-total-bar" aria-live="polite">
        <label htmlFor="cs-expected">
          Tổng điểm theo hướng dẫn{' '}
          <InputNumber<number>
            id="cs-expected"
            value={expected}
            min={0}
            max={1000}
            disabled={readOnly}
            onChange={(v) => {
              setExpected(v);
              setDirty(true);
            }}
            style={{ width: 100 }}
          />
        </label>
        <span>
          Tổng điểm tối đa các tiêu chí:{' '}
          <strong className={expected !== null && Math.abs(total - expected) > 1e-9 ? 'cs-bad' : 'cs-good'}>
            {pointsText(total)}
          </strong>
          {expected !== null ? ` / ${pointsText(expected)}` : ''}
        </span>
        {bonusMax > 0 && <span>Điểm thưởng tối đa: {pointsText(bonusMax)}</span>}
        {penaltyMax > 0 && <span>Điểm trừ tối đa: {pointsText(penaltyMax)}</span>}
      </Flex>
      {problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '12px 0' }}
          title={`Thang điểm chưa hợp lệ (${fmtNumber(problems.length)} vấn đề) — chưa mở được cho các đơn vị tự chấm.`}
          description={
            general.length ? (
              <ul className="plain-list">
                {general.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            ) : (
              'Xem ghi chú màu đỏ ở từng tiêu chí.'
            )
          }
        />
      ) : (
        <Alert
          type="success"
          showIcon
          style={{ margin: '12px 0' }}
          title="Thang điểm khớp với tổng điểm theo hướng dẫn."
        />
      )}
      <div className="cs-tree-head" aria-hidden>
        <span className="cs-node-id">Mã</span>
        <span className="cs-node-label">Tiêu chí</span>
        <span className="cs-node-max">Điểm tối đa</span>
        <span className="cs-node-kind">Loại</span>
        {!readOnly && <span className="cs-node-actions-head" />}
      </div>
      <ul className="cs-tree cs-tree-root" aria-label="Các tiêu chí">
        {nodes.map((n, i) => (
          <NodeRow
            key={n.key}
            node={n}
            depth={0}
            index={i}
            count={nodes.length}
            problems={byId}
            onChange={onChange}
            onAddChild={onAddChild}
            onRemove={onRemove}
            onMove={onMove}
            readOnly={readOnly}
          />
        ))}
      </ul>
      {!readOnly && (
        <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={addTop} style={{ margin: '8px 0 16px' }}>
          Thêm tiêu chí
        </Button>
      )}
      <TieBreaks
        value={ties}
        onChange={(v) => {
          setTies(v);
          setDirty(true);
        }}
        criteria={flat(nodes)}
        readOnly={readOnly}
      />
      {readOnly && ties.length > 0 && (
        <Typography.Paragraph type="secondary">
          Thứ tự xét khi bằng điểm: {ties.map((t) => tieBreakText(t, labels)).join(' → ')}.
        </Typography.Paragraph>
      )}
      {saveError && <Alert type="error" showIcon title={saveError} style={{ margin: '12px 0' }} />}
      {!readOnly && (
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <Button
            type={dirty ? 'primary' : 'default'}
            icon={<SaveOutlined aria-hidden />}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            Lưu thang điểm
          </Button>
          <Button
            type={dirty ? 'default' : 'primary'}
            icon={<UnlockOutlined aria-hidden />}
            disabled={dirty || problems.length > 0 || !s}
            loading={open.isPending}
            onClick={() =>
              modal.confirm({
                title: 'Mở cho các đơn vị tự chấm điểm?',
                content:
                  'Sau khi mở, thang điểm không sửa được nữa. Các đơn vị thành viên nhận thông báo để tự chấm điểm.',
                okText: 'Mở tự chấm điểm',
                cancelText: 'Hủy',
                onOk: () => open.mutateAsync(),
              })
            }
          >
            Mở cho các đơn vị tự chấm
          </Button>
          {dirty && (
            <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
              Có thay đổi chưa lưu.
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}

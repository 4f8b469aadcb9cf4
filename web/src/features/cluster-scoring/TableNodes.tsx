// The score table's editing pieces: the criteria tree (add, move, remove, renumber) and the
// tie-break rules.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { CriterionKind, ScoreCriterion, ScoreTable, TieBreak } from '../../../../src/domain/emulation/scoring';
import { KIND_LABELS } from './parts';

export interface Node {
  key: string;
  id: string;
  label: string;
  maxPoints: number | null;
  kind: CriterionKind;
  children: Node[];
}

let seq = 0;
export const newKey = () => `n${++seq}`;

export const toNodes = (cs: readonly ScoreCriterion[]): Node[] =>
  cs.map((c) => ({
    key: newKey(),
    id: c.id,
    label: c.label,
    maxPoints: c.maxPoints,
    kind: c.kind ?? 'normal',
    children: toNodes(c.children ?? []),
  }));

export function toCriteria(nodes: Node[], top = true): ScoreCriterion[] {
  return nodes.map((n) => ({
    id: n.id.trim(),
    label: n.label.normalize('NFC').trim(),
    maxPoints: n.maxPoints ?? 0,
    ...(top && n.kind !== 'normal' ? { kind: n.kind } : {}),
    ...(n.children.length ? { children: toCriteria(n.children, false) } : {}),
  }));
}

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A code not used yet: top level A, B, C…; children A1, A2…; below that A1a, A1b… */
export function nextId(parent: Node | null, siblings: Node[], used: Set<string>): string {
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

export function allIds(nodes: Node[], out = new Set<string>()): Set<string> {
  for (const n of nodes) {
    out.add(n.id);
    allIds(n.children, out);
  }
  return out;
}

export function update(nodes: Node[], key: string, fn: (n: Node) => Node | null): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    if (n.key === key) {
      const r = fn(n);
      if (r) out.push(r);
    } else out.push({ ...n, children: update(n.children, key, fn) });
  }
  return out;
}

export function move(nodes: Node[], key: string, by: -1 | 1): Node[] {
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

export const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

export const STARTER: ScoreTable = {
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

export function NodeRow({
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

export type TieKind = TieBreak['kind'];
export const TIE_LABELS: Record<TieKind, string> = {
  criterion: 'Điểm cao hơn ở tiêu chí',
  fewer_penalty: 'Ít điểm trừ hơn',
  more_bonus: 'Nhiều điểm thưởng hơn',
};

export function tieBreakText(t: TieBreak, labels: Record<string, string>): string {
  return t.kind === 'criterion' ? `${TIE_LABELS.criterion} "${labels[t.id] ?? t.id}"` : TIE_LABELS[t.kind];
}

export function TieBreaks({
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

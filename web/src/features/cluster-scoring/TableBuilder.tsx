// The scoring table builder (thang điểm): a tree of criteria with maximum points, bonus (điểm
// thưởng) and penalty (điểm trừ) items, checked live against the announced total with the same
// rule the server applies (checkTable), and the ordered tie-break rules. Saved as a draft; scoring
// opens only when the table adds up.
import { PlusOutlined, SaveOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, InputNumber, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { checkTable, normalMaximum, type ScoreTable, type TieBreak } from '../../../../src/domain/emulation/scoring';
import { api, errorMessage } from '../../ui/api';
import { fmtNumber } from '../../ui/format';
import { useOnChange } from '../../ui/hooks';
import { pointsText } from './parts';
import { clusterYearKeys } from './keys';
import type { ClusterYear } from './types';
import {
  allIds,
  flat,
  move,
  newKey,
  nextId,
  type Node,
  NodeRow,
  STARTER,
  TieBreaks,
  tieBreakText,
  toCriteria,
  toNodes,
  update,
} from './TableNodes';
export { tieBreakText } from './TableNodes';

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

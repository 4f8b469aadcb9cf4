// The organisation tree with a search box that ignores diacritics: matches stay with their
// ancestors, everything on the way is expanded, matches are highlighted.
import { MinusSquareOutlined, PlusSquareOutlined, SearchOutlined } from '@ant-design/icons';
import { Checkbox, Empty, Flex, Input, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useRef, useState, type ComponentRef } from 'react';
import { ORG_TYPE_LABELS } from '../../../../src/domain/registry/vocab';
import { fmtDate, matches } from '../../ui/format';
import { isClosed, type OrgIndex } from '../../ui/orgs';
import type { Organisation } from '../../ui/types';

interface Props {
  index: OrgIndex;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Ids to expand (e.g. the parent of a just-created unit). */
  reveal?: string | null;
  height: number;
}

const searchText = (o: Organisation) => `${o.name} ${o.shortName ?? ''} ${o.code} ${ORG_TYPE_LABELS[o.type]}`;

export function OrgTree({ index, selectedId, onSelect, reveal, height }: Props) {
  const [query, setQuery] = useState('');
  const [showClosed, setShowClosed] = useState(true);
  const [expanded, setExpanded] = useState<string[]>([]);
  const treeRef = useRef<ComponentRef<typeof Tree>>(null);
  /** A unit to bring into view once its ancestors are open. */
  const pendingScroll = useRef<string | null>(null);

  // Start with the roots open.
  useEffect(() => {
    if (expanded.length === 0 && index.roots.length) {
      setExpanded(index.roots.map((r) => r.id));
    }
  }, [index, expanded.length]);

  // A just-created unit may not match the current search: clear it so the unit shows.
  useEffect(() => {
    if (reveal) setQuery('');
  }, [reveal]);

  // Open the way to a unit the page wants to show (selected from elsewhere, just created).
  useEffect(() => {
    const target = reveal ?? selectedId;
    if (!target || !index.byId.has(target)) return;
    const way = index.ancestors(target).map((o) => o.id);
    pendingScroll.current = target;
    setExpanded((cur) => {
      const missing = way.filter((id) => !cur.includes(id));
      return missing.length ? [...cur, ...missing] : cur;
    });
  }, [reveal, selectedId, index]);

  const q = query.trim();
  const filtered = useMemo(() => {
    if (!q) return null;
    const hit = new Set(
      index.list.filter((o) => (showClosed || !isClosed(o)) && matches(searchText(o), q)).map((o) => o.id),
    );
    const keep = new Set<string>();
    for (const id of hit) {
      keep.add(id);
      for (const a of index.ancestors(id)) keep.add(a.id);
    }
    return { hit, keep };
  }, [q, index, showClosed]);

  const treeData = useMemo<TreeDataNode[]>(() => {
    const build = (parent: string | null): TreeDataNode[] =>
      (index.children.get(parent) ?? [])
        .filter((o) => (filtered ? filtered.keep.has(o.id) : showClosed || !isClosed(o)))
        .map((o) => {
          const kids = build(o.id);
          const closed = isClosed(o);
          return {
            key: o.id,
            title: (
              <span className={closed ? 'org-tree-closed' : undefined}>
                <span className={filtered?.hit.has(o.id) ? 'tree-match' : undefined}>{o.name}</span>
                {closed && (
                  <Tag style={{ marginInlineStart: 6 }} title={`Hết hiệu lực từ ${fmtDate(o.effectiveTo)}`}>
                    Đã hết hiệu lực
                  </Tag>
                )}
              </span>
            ),
            children: kids.length ? kids : undefined,
            isLeaf: kids.length === 0,
          };
        });
    return build(null);
  }, [index, filtered, showClosed]);

  const expandedKeys = filtered ? [...filtered.keep] : expanded;

  useEffect(() => {
    const target = pendingScroll.current;
    if (!target) return;
    const open = index.ancestors(target).every((a) => expandedKeys.includes(a.id));
    if (!open) return;
    pendingScroll.current = null;
    treeRef.current?.scrollTo({ key: target, align: 'auto', offset: 24 });
  });

  return (
    <Flex vertical gap={8} className="org-tree-panel">
      <Input
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder="Tìm theo tên, mã đơn vị (gõ không dấu cũng được)"
        aria-label="Tìm cơ quan, đơn vị"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Checkbox checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)}>
          Hiện đơn vị đã hết hiệu lực
        </Checkbox>
        {filtered && (
          <Typography.Text type="secondary" aria-live="polite">
            {filtered.hit.size} đơn vị phù hợp
          </Typography.Text>
        )}
      </Flex>
      {treeData.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={q ? 'Không có đơn vị nào khớp từ khóa.' : 'Chưa có cơ quan, đơn vị nào.'}
        />
      ) : (
        <Tree
          ref={treeRef}
          treeData={treeData}
          height={height}
          blockNode
          showLine={{ showLeafIcon: false }}
          switcherIcon={(node) =>
            node.isLeaf ? null : node.expanded ? (
              <MinusSquareOutlined aria-hidden />
            ) : (
              <PlusSquareOutlined aria-hidden />
            )
          }
          expandedKeys={expandedKeys}
          onExpand={(keys) => {
            if (!filtered) setExpanded(keys.map(String));
          }}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => {
            if (keys.length) onSelect(String(keys[0]));
          }}
          aria-label="Cây cơ quan, đơn vị"
        />
      )}
    </Flex>
  );
}

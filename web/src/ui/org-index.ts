// The organisations the user may read, indexed for the web app: by id, as a tree (roots are the
// items whose parent is not in the list), and as TreeSelect data. Pure: no React, no Ant Design.
import { ORG_TYPE_LABELS } from '../../../src/domain/registry/vocab';
import { isoDateInVietnam, searchKey } from '../../../src/domain/vi-text/index';
import { fmtDate } from './format';
import type { Organisation } from './types';

export interface OrgIndex {
  list: Organisation[];
  byId: Map<string, Organisation>;
  children: Map<string | null, Organisation[]>;
  roots: Organisation[];
  /** Ancestors of an organisation, nearest first (only those the user may read). */
  ancestors: (id: string) => Organisation[];
  /** The organisation's name, or '' when it is not in the list. */
  label: (id: string | null | undefined) => string;
}

export function buildOrgIndex(list: Organisation[]): OrgIndex {
  const byId = new Map(list.map((o) => [o.id, o]));
  const children = new Map<string | null, Organisation[]>();
  const roots: Organisation[] = [];
  for (const o of list) {
    const parent = o.parentId && byId.has(o.parentId) ? o.parentId : null;
    if (parent === null) roots.push(o);
    const arr = children.get(parent) ?? [];
    arr.push(o);
    children.set(parent, arr);
  }
  const ancestors = (id: string) => {
    const out: Organisation[] = [];
    const seen = new Set<string>([id]);
    let cur = byId.get(id);
    while (cur?.parentId && byId.has(cur.parentId) && !seen.has(cur.parentId)) {
      seen.add(cur.parentId);
      cur = byId.get(cur.parentId)!;
      out.push(cur);
    }
    return out;
  };
  const label = (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? '') : '');
  return { list, byId, children, roots, ancestors, label };
}

export const isClosed = (o: Organisation) => !!o.effectiveTo && o.effectiveTo < isoDateInVietnam(new Date());

export const orgTitle = (o: Organisation) =>
  isClosed(o) ? `${o.name} (hết hiệu lực từ ${fmtDate(o.effectiveTo)})` : o.name;

/**
 * The text a tree node is searched in: without diacritics and as written, lower case. Our filter
 * matches words anywhere; the TreeSelect's own "first match" (for Enter) needs a substring of it.
 */
const searchText = (text: string) => `${searchKey(text)} ${text.toLowerCase()}`;

export interface OrgTreeNode {
  value: string;
  key: string;
  title: string;
  /** Text the search looks in (name, short name, code, type), with and without diacritics. */
  search: string;
  disabled?: boolean;
  selectable?: boolean;
  children?: OrgTreeNode[];
}

/** TreeSelect data; `selectable` decides which nodes may be picked (others only group). */
export function orgTreeData(
  index: OrgIndex,
  selectable?: (o: Organisation) => boolean,
  hideClosed = false,
): OrgTreeNode[] {
  const build = (parent: string | null): OrgTreeNode[] =>
    (index.children.get(parent) ?? [])
      .filter((o) => !hideClosed || !isClosed(o))
      .map((o) => {
        const kids = build(o.id);
        const ok = selectable ? selectable(o) : true;
        return {
          value: o.id,
          key: o.id,
          title: orgTitle(o),
          search: searchText(`${o.name} ${o.shortName ?? ''} ${o.code} ${ORG_TYPE_LABELS[o.type]}`),
          selectable: ok,
          disabled: !ok && kids.length === 0,
          children: kids.length ? kids : undefined,
        };
      })
      .filter((n) => !n.disabled);
  return build(null);
}

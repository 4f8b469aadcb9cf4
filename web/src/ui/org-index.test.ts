import { describe, expect, it } from 'vitest';
import { buildOrgIndex, orgTreeData } from './org-index';
import type { Organisation } from './types';

const org = (id: string, parentId: string | null, name: string, extra: Partial<Organisation> = {}): Organisation => ({
  id,
  parentId,
  type: 'agency',
  code: id.toUpperCase(),
  name,
  shortName: null,
  address: null,
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  tdktOffice: null,
  ...extra,
});

describe('organisation index', () => {
  // A clerk reads a school under a ward they cannot see: the school is a root.
  const list = [
    org('w', 'p', 'Phường Mường Lay', { type: 'ward' }),
    org('s', 'w', 'Trường THCS Lay Nưa', { type: 'school' }),
    org('v', 'w', 'Bản Hốc', { type: 'village' }),
    org('x', 'nowhere', 'Xã cũ', { effectiveTo: '2025-06-30' }),
  ];
  const index = buildOrgIndex(list);

  it('takes items whose parent is not in the list as roots', () => {
    expect(index.roots.map((o) => o.id)).toEqual(['w', 'x']);
    expect(index.children.get('w')!.map((o) => o.id)).toEqual(['s', 'v']);
    expect(index.ancestors('s').map((o) => o.id)).toEqual(['w']);
    expect(index.label('v')).toBe('Bản Hốc');
    expect(index.label('unknown')).toBe('');
  });

  it('builds TreeSelect data searchable with and without diacritics', () => {
    const tree = orgTreeData(index);
    expect(tree.map((n) => n.value)).toEqual(['w', 'x']);
    expect(tree[1].title).toBe('Xã cũ (hết hiệu lực từ 30/06/2025)');
    const school = tree[0].children!.find((n) => n.value === 's')!;
    expect(school.search).toContain('truong thcs lay nua');
    expect(school.search).toContain('trường thcs lay nưa');
  });

  it('keeps only selectable nodes and the groups leading to them', () => {
    const villages = orgTreeData(index, (o) => o.type === 'village');
    expect(villages.map((n) => n.value)).toEqual(['w']);
    expect(villages[0].selectable).toBe(false);
    expect(villages[0].children!.map((n) => n.value)).toEqual(['v']);
    expect(orgTreeData(index, undefined, true).map((n) => n.value)).toEqual(['w']);
  });
});

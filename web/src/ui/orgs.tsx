// The organisations the user may read, loaded once (TanStack Query) and indexed; OrgTreeSelect
// picks one or several of them, searchable without diacritics.
import { useQuery } from '@tanstack/react-query';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { api } from './api';
import { matches } from './format';
import { buildOrgIndex, orgTreeData, type OrgTreeNode } from './org-index';
import type { Organisation } from './types';

export { buildOrgIndex, isClosed, orgTitle, orgTreeData, type OrgIndex, type OrgTreeNode } from './org-index';

export const ORGS_KEY = ['organisations'] as const;

export function useOrganisations() {
  const q = useQuery({
    queryKey: ORGS_KEY,
    queryFn: () => api.get<{ items: Organisation[] }>('/organisations'),
    staleTime: 5 * 60_000,
  });
  const index = useMemo(() => buildOrgIndex(q.data?.items ?? []), [q.data]);
  return { ...q, index };
}

type OrgTreeSelectProps = Omit<TreeSelectProps, 'treeData'> & {
  selectable?: (o: Organisation) => boolean;
  hideClosed?: boolean;
};

/** TreeSelect over the user's organisations, searchable without diacritics. */
export function OrgTreeSelect({ selectable, hideClosed, ...props }: OrgTreeSelectProps) {
  const { index, isPending } = useOrganisations();
  const treeData = useMemo(() => orgTreeData(index, selectable, hideClosed), [index, selectable, hideClosed]);
  return (
    <TreeSelect
      showSearch={{
        filterTreeNode: (input, node) =>
          matches(String((node as unknown as OrgTreeNode).search ?? node.title ?? ''), input),
        treeNodeFilterProp: 'search',
      }}
      treeData={treeData}
      loading={isPending}
      allowClear
      treeDefaultExpandedKeys={index.roots.map((r) => r.id)}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
      placeholder="Chọn cơ quan, đơn vị"
      notFoundContent="Không có đơn vị phù hợp"
      {...props}
    />
  );
}

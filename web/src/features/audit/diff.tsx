// A readable "before / after" of an audit entry, changed fields first and highlighted.
import { Checkbox, Table, Typography } from 'antd';
import { useState } from 'react';
import type { OrgIndex } from '../../ui/org-index';
import { diffRows, type DiffRow } from './diff-text';

export function AuditDiff({ before, after, orgs }: { before: unknown; after: unknown; orgs: OrgIndex }) {
  const [showAll, setShowAll] = useState(false);
  const all = diffRows(before ?? null, after ?? null, orgs);
  if (all.length === 0) return <Typography.Text type="secondary">Không có dữ liệu chi tiết.</Typography.Text>;
  const both = before != null && after != null;
  const changedCount = all.filter((r) => r.changed).length;
  // For an edit, what changed comes first and, unless asked, alone.
  const rows = both
    ? showAll || changedCount === 0
      ? [...all].sort((a, b) => Number(b.changed) - Number(a.changed))
      : all.filter((r) => r.changed)
    : all;
  return (
    <>
      {both && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {changedCount ? `${changedCount} thông tin thay đổi.` : 'Không có thông tin nào thay đổi.'}{' '}
          {changedCount > 0 && changedCount < all.length && (
            <Checkbox checked={showAll} onChange={(e) => setShowAll(e.target.checked)} style={{ marginInlineStart: 8 }}>
              Hiện cả thông tin không đổi
            </Checkbox>
          )}
        </Typography.Paragraph>
      )}
      <Table<DiffRow>
        className="diff-table"
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (r.changed ? 'diff-changed' : '')}
        columns={[
          { title: 'Thông tin', dataIndex: 'label', width: 180 },
          ...(before != null
            ? [
                {
                  title: 'Trước',
                  dataIndex: 'before',
                  render: (v: string, r: DiffRow) => <span className={r.changed ? 'diff-old' : undefined}>{v}</span>,
                },
              ]
            : []),
          ...(after != null
            ? [
                {
                  title: before != null ? 'Sau' : 'Nội dung ghi nhận',
                  dataIndex: 'after',
                  render: (v: string, r: DiffRow) => <span className={r.changed ? 'diff-new' : undefined}>{v}</span>,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

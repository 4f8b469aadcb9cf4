import { Button, Card, Descriptions, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { CATEGORY_LABELS, PERIOD_TYPE_LABELS, SUBJECT_KIND_LABELS } from './labels';
import { MarkTag } from './parts';
import type { CatalogueAward } from './types';

// ---- Awards ----

function AwardCriteria({ award }: { award: CatalogueAward }) {
  return (
    <div className="catalogue-criteria">
      <Typography.Text strong>Tiêu chuẩn</Typography.Text>
      <ol className="criteria-ol">
        {award.criteria.map((c) => (
          <li key={c.id}>
            <div>
              {c.label}
              {c.kind === 'judgement' && (
                <Tag color="blue" style={{ marginInlineStart: 8 }}>
                  Hội đồng xem xét
                </Tag>
              )}
              <MarkTag mark={c.mark} />
            </div>
            <div className="criterion-basis">{c.basis}</div>
          </li>
        ))}
      </ol>
      <div className="criterion-basis" style={{ marginTop: 8 }}>
        Ngoài ra, mọi danh hiệu, hình thức đều xét: chưa được tặng cho cùng thành tích trong kỳ, không bị kỷ luật, không
        có khiếu nại, thanh tra, điều tra đang giải quyết.
      </div>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          { key: 'bonus', label: 'Căn cứ mức tiền thưởng', children: award.bonusBasis },
          { key: 'decided', label: 'Căn cứ thẩm quyền quyết định', children: award.decidedByBasis },
        ]}
      />
    </div>
  );
}

export function AwardsTab({ awards }: { awards: CatalogueAward[] }) {
  const [expanded, setExpanded] = useState<string[]>([]);
  const all = expanded.length === awards.length;
  const columns: TableColumnsType<CatalogueAward> = [
    {
      title: 'Danh hiệu, hình thức',
      dataIndex: 'name',
      width: 240,
      render: (name: string, a) => (
        <div>
          <div style={{ fontWeight: 600 }}>{name}</div>
          <div className="muted" style={{ fontSize: 12 }}>
            {a.code} · {a.periodTypes.map((p) => PERIOD_TYPE_LABELS[p] ?? p).join(', ')}
          </div>
          {!a.contract && (
            <Tag
              color="purple"
              style={{ marginTop: 4 }}
              title="Mã này dùng trong hệ thống; không thuộc bảng mã của hợp đồng dữ liệu xét điều kiện (CLI, API evaluate)"
            >
              Ngoài hợp đồng dữ liệu
            </Tag>
          )}
        </div>
      ),
    },
    {
      title: 'Loại',
      dataIndex: 'category',
      width: 160,
      render: (c: CatalogueAward['category'], a) => (
        <div>
          <Tag color={c === 'title' ? 'geekblue' : 'gold'}>{CATEGORY_LABELS[c]}</Tag>
          {a.rank !== null && (
            <div
              className="muted"
              style={{ fontSize: 12, marginTop: 4 }}
              title="Cùng một kỳ đạt nhiều danh hiệu thì chỉ nhận tiền thưởng của danh hiệu có bậc cao nhất"
            >
              Bậc {a.rank}
            </div>
          )}
        </div>
      ),
    },
    {
      title: 'Đối tượng',
      dataIndex: 'subjectKinds',
      width: 140,
      render: (kinds: CatalogueAward['subjectKinds']) => kinds.map((k) => SUBJECT_KIND_LABELS[k]).join(', '),
    },
    {
      title: 'Cấp quyết định',
      dataIndex: 'decidedBy',
      width: 250,
      render: (d: string) => d,
    },
    {
      title: 'Hệ số tiền thưởng (× lương cơ sở)',
      key: 'multipliers',
      width: 220,
      render: (_v, a) =>
        a.bonusUndetermined ? (
          <div style={{ maxWidth: 260, whiteSpace: 'normal' }}>
            <strong>Theo hình thức được tặng</strong>
            <div className="muted" style={{ fontSize: 12 }}>
              {a.bonusUndetermined}
            </div>
          </div>
        ) : (
          <div style={{ maxWidth: 260, whiteSpace: 'normal' }}>
            <ul className="plain-list multiplier-list">
              {(Object.entries(a.multipliers) as [keyof typeof SUBJECT_KIND_LABELS, number][]).map(([kind, m]) => (
                <li key={kind}>
                  {SUBJECT_KIND_LABELS[kind]}: <strong>{m.toLocaleString('vi-VN')}</strong>{' '}
                  <MarkTag mark={a.bonusMarks[kind]} />
                </li>
              ))}
            </ul>
            {a.bonusNote && (
              <div className="muted" style={{ fontSize: 12 }}>
                {a.bonusNote}
              </div>
            )}
          </div>
        ),
    },
  ];
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ padding: '12px 16px' }}>
        <Typography.Text type="secondary">
          Bấm vào dấu + ở đầu dòng để xem tiêu chuẩn và căn cứ pháp lý.
        </Typography.Text>
        <Button size="small" onClick={() => setExpanded(all ? [] : awards.map((a) => a.code))}>
          {all ? 'Thu gọn tất cả' : 'Mở rộng tất cả'}
        </Button>
      </Flex>
      <Table<CatalogueAward>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={awards}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
          expandedRowRender: (a) => <AwardCriteria award={a} />,
        }}
      />
    </Card>
  );
}

// The decision's text as it will print: subject, authority, bases and the three articles.
import { Typography } from 'antd';
import { money, moneyWords } from './parts';
import type { DecisionDetail } from './types';

export function DecisionContentPreview({ detail }: { detail: DecisionDetail }) {
  const c = detail.decision.content;
  const total = detail.items.reduce((s, i) => s + (i.payable ?? 0), 0);
  return (
    <div className="decision-preview">
      <Typography.Paragraph strong style={{ textAlign: 'center', marginBottom: 4 }}>
        QUYẾT ĐỊNH
      </Typography.Paragraph>
      <Typography.Paragraph strong style={{ textAlign: 'center' }}>
        {c.subject}
      </Typography.Paragraph>
      <Typography.Paragraph strong style={{ textAlign: 'center' }}>
        {c.authority}
      </Typography.Paragraph>
      {c.bases.map((b) => (
        <Typography.Paragraph key={b} italic style={{ marginBottom: 4 }}>{`${b};`}</Typography.Paragraph>
      ))}
      <Typography.Paragraph strong style={{ textAlign: 'center', marginTop: 8 }}>
        QUYẾT ĐỊNH:
      </Typography.Paragraph>
      <Typography.Paragraph>
        <b>Điều 1.</b> Khen thưởng {detail.items.length} người (tập thể) có tên trong danh sách kèm theo,{' '}
        {c.achievement}. Tổng số tiền thưởng: {money(total)} ({moneyWords(total)}), chi từ {c.fund}.
      </Typography.Paragraph>
      <Typography.Paragraph>
        <b>Điều 2.</b> {c.effect}
      </Typography.Paragraph>
      <Typography.Paragraph>
        <b>Điều 3.</b> {c.executors} chịu trách nhiệm thi hành Quyết định này./.
      </Typography.Paragraph>
    </div>
  );
}

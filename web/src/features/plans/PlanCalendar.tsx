// The year of a plan on a calendar: tasks on their due dates (overdue ones in red), the year view
// with the number of deadlines per month, quarter tasks without a date by quarter, and the
// year-round tasks apart.
import { Badge, Calendar, Card, Col, Empty, Grid, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { fmtDate } from '../../ui/format';
import { QUARTER_LABELS, TaskStatusTag } from './labels';
import type { PlanTask } from './types';

export function PlanCalendar({
  year,
  tasks,
  onOpen,
}: {
  year: number;
  tasks: PlanTask[];
  onOpen: (t: PlanTask) => void;
}) {
  const screens = Grid.useBreakpoint();
  const today = dayjs();
  const [value, setValue] = useState<Dayjs>(() => (today.year() === year ? today : dayjs(`${year}-01-01`)));
  const byDate = useMemo(() => {
    const m = new Map<string, PlanTask[]>();
    for (const t of tasks) if (t.due && t.status !== 'cancelled') m.set(t.due, [...(m.get(t.due) ?? []), t]);
    return m;
  }, [tasks]);
  const undated = tasks.filter((t) => !t.due && t.quarter !== 'regular' && t.status !== 'cancelled');
  const regular = tasks.filter((t) => t.quarter === 'regular' && !t.due && t.status !== 'cancelled');
  const monthDue = (d: Dayjs) => tasks.filter((t) => t.due?.startsWith(d.format('YYYY-MM')));
  const selected = byDate.get(value.format('YYYY-MM-DD')) ?? [];

  const item = (t: PlanTask) => (
    <li key={t.id} className={t.overdue ? 'plan-cal-item plan-overdue-text' : 'plan-cal-item'}>
      <button type="button" className="link-button" onClick={() => onOpen(t)} title={t.title}>
        {t.title}
      </button>
    </li>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card className="plan-calendar" aria-label={`Lịch nhiệm vụ năm ${year}`}>
          <Calendar
            fullscreen={!!screens.md}
            value={value}
            onChange={setValue}
            validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]}
            cellRender={(d, info) => {
              if (info.type === 'date') {
                const list = byDate.get(d.format('YYYY-MM-DD')) ?? [];
                if (!list.length) return null;
                if (!screens.md)
                  return (
                    <Badge count={list.length} size="small" color={list.some((t) => t.overdue) ? 'red' : 'blue'} />
                  );
                return (
                  <ul className="plan-cal-list">
                    {list.slice(0, 3).map(item)}
                    {list.length > 3 && <li className="muted">+{list.length - 3} nhiệm vụ</li>}
                  </ul>
                );
              }
              if (info.type === 'month') {
                const list = monthDue(d);
                return list.length ? <span className="muted">{list.length} nhiệm vụ đến hạn</span> : null;
              }
              return info.originNode;
            }}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={`Đến hạn ngày ${fmtDate(value.format('YYYY-MM-DD'))}`} size="small" style={{ marginBottom: 16 }}>
          {selected.length ? (
            <ul className="item-list">
              {selected.map((t) => (
                <li key={t.id}>
                  <button type="button" className="link-button" onClick={() => onOpen(t)}>
                    {t.title}
                  </button>{' '}
                  <TaskStatusTag status={t.status} />
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Text type="secondary">Không có nhiệm vụ đến hạn ngày này.</Typography.Text>
          )}
        </Card>
        <Card title="Nhiệm vụ theo quý, chưa định ngày" size="small" style={{ marginBottom: 16 }}>
          {undated.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Mọi nhiệm vụ theo quý đều đã có thời hạn." />
          ) : (
            (['I', 'II', 'III', 'IV'] as const).map((q) => {
              const list = undated.filter((t) => t.quarter === q);
              if (!list.length) return null;
              return (
                <div key={q} style={{ marginBottom: 8 }}>
                  <Typography.Text strong>
                    {QUARTER_LABELS[q]} (hạn {fmtDate(list[0].deadline)})
                  </Typography.Text>
                  <ul className="plan-cal-list">{list.map(item)}</ul>
                </div>
              );
            })
          )}
        </Card>
        <Card title={`Thường xuyên trong năm ${year}`} size="small">
          {regular.length ? (
            <ul className="plan-cal-list">{regular.map(item)}</ul>
          ) : (
            <Typography.Text type="secondary">Không có.</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}

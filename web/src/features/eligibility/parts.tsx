// Small pieces shared by the eligibility screens: the tags for how sure a rule is, the verdict
// status tag, the period picker (year or school year) and the decision date.
import { DatePicker, Select, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS } from '../../ui/format';
import { overrideText, periodKind, periodOptions, STATUS, type PeriodKind, type VerdictStatus } from './labels';
import type { Mark } from './types';

const MARK_TEXT: Record<Exclude<Mark, 'V'>, { label: string; color: string; tip: string }> = {
  U: {
    label: 'Chưa kiểm chứng',
    color: 'orange',
    tip: 'Quy định này chưa được kiểm chứng đầy đủ với văn bản gốc. Đây là tham số có thể cấu hình; cần đối chiếu với quy chế thi đua, khen thưởng của tỉnh trước khi sử dụng kết quả.',
  },
  R: {
    label: 'Theo trí nhớ, cần đối chiếu',
    color: 'default',
    tip: 'Nội dung được ghi theo hiểu biết chung, chưa đối chiếu nguyên văn văn bản. Cần kiểm tra lại với văn bản quy phạm pháp luật hiện hành.',
  },
};

/**
 * Orange "Chưa kiểm chứng" for [U], grey "Theo trí nhớ, cần đối chiếu" for [R]; nothing (or a green tag)
 * for [V]. Shown to whoever manages the catalogue (the administrator, who confirms each doubtful rule
 * for the tenant) and to nobody else: a doubt is never shown to officers, clerks or council members.
 */
export function MarkTag({ mark, showVerified = false }: { mark: Mark | null | undefined; showVerified?: boolean }) {
  const { can } = useAuth();
  if (!mark || !can('catalogue.manage')) return null;
  if (mark === 'V') {
    return showVerified ? (
      <Tag color="green" className="mark-tag">
        Đã kiểm chứng
      </Tag>
    ) : null;
  }
  const m = MARK_TEXT[mark];
  return (
    <Tooltip title={m.tip}>
      <Tag color={m.color} className="mark-tag" tabIndex={0} aria-label={`${m.label}: ${m.tip}`}>
        {m.label}
      </Tag>
    </Tooltip>
  );
}

/** The verdict's status; `text` (what it rests on, what it waits for) shows on hover or focus. */
export function StatusTag({ status, text }: { status: VerdictStatus; text?: string | null }) {
  const tag = (
    <Tag color={STATUS[status].color} tabIndex={text ? 0 : undefined}>
      {STATUS[status].label}
    </Tag>
  );
  return text && text !== STATUS[status].label ? <Tooltip title={text}>{tag}</Tooltip> : tag;
}

/** The officer's override of a verdict, with the written reason on hover or focus. */
export function OverrideTag({ eligible, reason }: { eligible: boolean; reason: string }) {
  return (
    <Tooltip title={`Lý do: ${reason}`}>
      <Tag color="purple" tabIndex={0} className="override-tag">
        Đã điều chỉnh: {overrideText(eligible)}
      </Tag>
    </Tooltip>
  );
}

/**
 * The period: a calendar year or a school year, in one list (the current kind's group first);
 * typing "2025" finds both. Usable as a Form control (value/onChange).
 */
export function PeriodPicker({
  value,
  onChange,
  id,
  block,
}: {
  value?: string;
  onChange?: (period: string) => void;
  id?: string;
  block?: boolean;
}) {
  const period = value ?? String(new Date().getFullYear());
  const thisYear = new Date().getFullYear();
  const groups: { kind: PeriodKind; label: string }[] = [
    { kind: 'calendar', label: 'Theo năm' },
    { kind: 'school', label: 'Theo năm học' },
  ];
  if (periodKind(period) === 'school') groups.reverse();
  return (
    <Select
      id={id}
      value={period}
      onChange={(p) => onChange?.(p)}
      options={groups.map((g) => ({ label: g.label, title: g.label, options: periodOptions(g.kind, thisYear) }))}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: block ? '100%' : 200 }}
      aria-label="Kỳ xét"
    />
  );
}

export function DecisionDatePicker({
  value,
  onChange,
  id,
  block,
}: {
  value?: Dayjs | null;
  onChange?: (d: Dayjs) => void;
  id?: string;
  block?: boolean;
}) {
  return (
    <DatePicker
      id={id}
      value={value ?? dayjs()}
      onChange={(d) => d && onChange?.(d)}
      format={DATE_FORMATS}
      allowClear={false}
      placeholder="dd/mm/yyyy"
      style={{ width: block ? '100%' : 150 }}
    />
  );
}

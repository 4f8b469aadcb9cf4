// "Có thể đề nghị trong kỳ": for one person or organisation, a period and a decision date, every
// award with its verdict, the bonus it would carry, and the criteria with their legal basis;
// officers may override a verdict with a written reason.
import { EditOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Empty, Flex, Form, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import type { CatalogueAwardCode } from '../../../../src/domain/registry/vocab';
import { api, ApiError } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDate, fmtDateTime, fmtMoney, toIso } from '../../ui/format';
import { CriteriaList } from '../../ui/criteria-list';
import { LoadError } from '../../ui/page';
import type { AuditEntry, Page } from '../../ui/types';
import {
  amountText,
  defaultPeriod,
  judgementCount,
  overrideText,
  periodText,
  verdictStatus,
  type PeriodKind,
} from './labels';
import { OverrideModal, type OverrideTarget } from './OverrideModal';
import { DecisionDatePicker, OverrideTag, PeriodPicker, StatusTag } from './parts';
import type { OverrideSubjectKind, SubjectEligibility, VerdictItem } from './types';
import { eligibilityAuditKeys, eligibilityKeys } from './keys';

/** Who made each override, read from the audit log (for users who may read it): at → name. */
export function useOverrideAuthors(entityType: 'person' | 'organisation', entityId: string, enabled: boolean) {
  const { can } = useAuth();
  const q = useQuery({
    queryKey: eligibilityAuditKeys.overrides(entityType, entityId),
    queryFn: () =>
      api.get<Page<AuditEntry>>('/audit', { action: 'eligibility.override', entityType, entityId, pageSize: 200 }),
    enabled: enabled && can('audit.read'),
    staleTime: 60_000,
  });
  return useMemo(() => new Map((q.data?.items ?? []).map((e) => [e.at, e.actorName])), [q.data]);
}

function VerdictBody({
  item,
  author,
  onOverride,
}: {
  item: VerdictItem;
  author: string | null;
  onOverride?: () => void;
}) {
  const { output: o, override } = item;
  return (
    <div>
      {o.bonus.amount === null || o.bonus.multiplier === null ? (
        <div className="verdict-bonus">
          Tiền thưởng nếu được tặng: <strong>chưa xác định</strong>
          {o.bonus.note ? <span className="muted"> — {o.bonus.note}</span> : null}
        </div>
      ) : (
        <div className="verdict-bonus">
          Tiền thưởng nếu được tặng: <strong>{fmtMoney(o.bonus.amount)}</strong>
          {o.bonus.amountInWords ? <> ({o.bonus.amountInWords})</> : null}
          <span className="muted">
            {' '}
            · hệ số {o.bonus.multiplier.toLocaleString('vi-VN')} × mức lương cơ sở {fmtMoney(o.bonus.baseSalary)}
          </span>
        </div>
      )}
      {override && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '12px 0' }}
          title={`Đã điều chỉnh thành: ${overrideText(override.eligible)}`}
          description={
            <>
              <div>Lý do: {override.reason}</div>
              <div className="muted">
                {(override.byName ?? author)
                  ? `${override.byName ?? author} — ${fmtDateTime(override.at)}`
                  : `Điều chỉnh lúc ${fmtDateTime(override.at)}`}
              </div>
            </>
          }
        />
      )}
      <CriteriaList criteria={o.criteria} />
      {onOverride && (
        <Button icon={<EditOutlined aria-hidden />} onClick={onOverride} style={{ marginTop: 12 }}>
          Điều chỉnh kết quả
        </Button>
      )}
    </div>
  );
}

function VerdictHeader({ item }: { item: VerdictItem }) {
  const o = item.output;
  const council = judgementCount(o);
  const failed = o.criteria.filter((c) => c.met === false).length;
  return (
    <div className="verdict-header">
      <span className="verdict-name">{item.name}</span>
      <span className="verdict-tags">
        <StatusTag status={verdictStatus({ ...o, status: item.status })} text={item.statusText} />
        {o.eligible && council > 0 && <Tag color="blue">Hội đồng xem xét {council} tiêu chí</Tag>}
        {!o.eligible && failed > 0 && <Tag>Chưa đạt {failed} tiêu chí</Tag>}
        {item.override && <OverrideTag eligible={item.override.eligible} reason={item.override.reason} />}
      </span>
      <span className="verdict-amount">{amountText(o.bonus.amount)}</span>
    </div>
  );
}

export interface EligibilitySubject {
  id: string;
  name: string;
  /** The subject kind an award of this subject is recorded under. */
  kindFor: (award: CatalogueAwardCode) => OverrideSubjectKind;
  auditEntity: 'person' | 'organisation';
}

/**
 * The card: period and decision date, then one collapsible row per award. `path` is the API
 * address (/people/:id/eligibility or /organisations/:id/eligibility); `extra` renders what is
 * specific to the subject (the composition of a collective) above the list.
 */
export interface EligibilityStart {
  period?: string;
  decisionDate?: string;
  /** An award to show expanded. */
  award?: string;
}

const PERIOD_RE = /^\d{4}(-\d{4})?$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function EligibilityCard<T extends SubjectEligibility>({
  path,
  subject,
  defaultKind,
  extra,
  initial,
  bare = false,
}: {
  path: string;
  subject: EligibilitySubject;
  defaultKind: PeriodKind;
  extra?: (data: T) => ReactNode;
  /** Where to start (from a link of the bulk check): period, decision date, award to open. */
  initial?: EligibilityStart;
  /** Without a card of its own (inside another card's tab). */
  bare?: boolean;
}) {
  const { can } = useAuth();
  const [decisionDate, setDecisionDate] = useState(() =>
    initial?.decisionDate && DATE_RE.test(initial.decisionDate) ? dayjs(initial.decisionDate, 'YYYY-MM-DD') : dayjs(),
  );
  const [period, setPeriod] = useState(() =>
    initial?.period && PERIOD_RE.test(initial.period)
      ? initial.period
      : defaultPeriod(defaultKind, dayjs().format('YYYY-MM-DD')),
  );
  const [open, setOpen] = useState<string[]>(() => (initial?.award ? [initial.award] : []));
  const [target, setTarget] = useState<OverrideTarget | null>(null);
  const decisionIso = toIso(decisionDate)!;
  const q = useQuery({
    queryKey: eligibilityKeys.verdicts(path, period, decisionIso),
    queryFn: () => api.get<T>(path, { period, decisionDate: decisionIso }),
    placeholderData: keepPreviousData,
  });
  const hasOverrides = !!q.data?.items.some((i) => i.override);
  const authors = useOverrideAuthors(subject.auditEntity, subject.id, hasOverrides);
  const mayOverride = can('eligibility.override');
  const items = q.data?.items ?? [];
  const allOpen = items.length > 0 && open.length === items.length;
  const idPrefix = `elig-${subject.auditEntity}`;

  let body: ReactNode;
  if (q.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (q.error) {
    body =
      q.error instanceof ApiError && q.error.status === 400 ? (
        <Alert
          type="warning"
          showIcon
          title={q.error.message}
          description={q.error.fields.length ? q.error.fields.map((f) => f.message).join(' ') : undefined}
        />
      ) : (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      );
  } else if (items.length === 0) {
    body = <Empty description="Không có danh hiệu, hình thức nào áp dụng cho đối tượng này." />;
  } else {
    const d = q.data;
    body = (
      <>
        <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" style={{ flex: '1 1 420px' }}>
            Xét {periodText(d.period)}, ngày quyết định dự kiến {fmtDate(d.decisionDate)}, mức lương cơ sở{' '}
            {fmtMoney(items[0]?.output.bonus.baseSalary)}. Áp dụng: {d.rules.name}.
          </Typography.Text>
          <Button size="small" onClick={() => setOpen(allOpen ? [] : items.map((i) => i.award))}>
            {allOpen ? 'Thu gọn tất cả' : 'Mở rộng tất cả'}
          </Button>
        </Flex>
        {extra?.(d)}
        <Collapse
          className="verdict-list"
          activeKey={open}
          onChange={(keys) => setOpen(Array.isArray(keys) ? keys.map(String) : [String(keys)])}
          items={items.map((item) => ({
            key: item.award,
            label: <VerdictHeader item={item} />,
            children: (
              <VerdictBody
                item={item}
                author={item.override ? (authors.get(item.override.at) ?? null) : null}
                onOverride={
                  mayOverride
                    ? () =>
                        setTarget({
                          subjectKind: subject.kindFor(item.award),
                          subjectId: subject.id,
                          subjectName: subject.name,
                          award: item.award,
                          awardName: item.name,
                          period: d.period,
                          status: verdictStatus({ ...item.output, status: item.status }),
                        })
                    : undefined
                }
              />
            ),
          }))}
        />
      </>
    );
  }

  const content = (
    <>
      <Form layout="inline" className="filter-bar" aria-label="Thời điểm xét">
        <Form.Item label="Kỳ xét" htmlFor={`${idPrefix}-period`}>
          <PeriodPicker id={`${idPrefix}-period`} value={period} onChange={setPeriod} />
        </Form.Item>
        <Form.Item label="Ngày quyết định dự kiến" htmlFor={`${idPrefix}-date`}>
          <DecisionDatePicker id={`${idPrefix}-date`} value={decisionDate} onChange={setDecisionDate} />
        </Form.Item>
      </Form>
      <div aria-busy={q.isFetching}>{body}</div>
      <OverrideModal target={target} onClose={() => setTarget(null)} />
    </>
  );
  return bare ? (
    <section id="co-the-de-nghi" aria-label="Có thể đề nghị trong kỳ">
      {content}
    </section>
  ) : (
    <Card title="Có thể đề nghị trong kỳ" style={{ marginBottom: 16 }} id="co-the-de-nghi">
      {content}
    </Card>
  );
}

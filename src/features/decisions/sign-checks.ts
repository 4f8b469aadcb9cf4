// What must hold before a decision grants its awards, against the award history on file and the
// other lines of the same decision: conditions on lower titles, member titles of a collective
// title, and no award granted twice for one achievement.
import type { Db, Tx } from '../../db/client.js';
import { firstRecordConflict, memberTitleShortfalls, type RecordLike } from '../../domain/eligibility/grants.js';
import { type VerdictCondition, unmetConditions } from '../../domain/eligibility/status.js';
import { moneyInWords } from '../../domain/vi-text/index.js';
import { refuse } from '../../server/errors.js';
import { computeMembers } from '../eligibility/history.js';
import { awardRecordsOfSubjects } from '../register/repository.js';
import type { NomineeView } from './nominees.js';
import { rulesOn } from './pricing.js';

type Q = Db | Tx;

const subjectKeyOf = (r: { personId: string | null; orgId: string | null; householdId: string | null }) =>
  r.personId ? `person:${r.personId}` : r.orgId ? `org:${r.orgId}` : `household:${r.householdId}`;

const idsOf = (ns: NomineeView[], pick: (n: NomineeView) => string | null) => [
  ...new Set(ns.map(pick).filter((x): x is string => !!x)),
];

/** Refuses to grant a line whose verdict counts a lower title neither granted before nor in this decision. */
export async function requireConditionsMet(q: Q, tenantId: string, ns: NomineeView[]) {
  const lines = ns.map((n) => ({
    key: n.id,
    name: n.displayName,
    subjectKey: n.subjectKey,
    award: n.awardCode,
    period: n.period,
    conditions: (n.verdict as { conditions?: VerdictCondition[] } | null)?.conditions,
  }));
  if (!lines.some((l) => l.conditions?.length)) return;
  const held = await awardRecordsOfSubjects(
    q,
    tenantId,
    { personIds: idsOf(ns, (n) => n.personId), orgIds: idsOf(ns, (n) => n.orgId) },
    {
      activeOnly: true,
      awardCodes: [...new Set(lines.flatMap((l) => (l.conditions ?? []).map((c) => c.award)))],
    },
  );
  const unmet = unmetConditions(
    lines,
    held.map((r) => ({ subjectKey: subjectKeyOf(r), award: r.awardCode, period: r.period })),
  );
  if (unmet.length) {
    throw refuse(
      'DECISION_CONDITION_UNMET',
      `Không thể ký: ${unmet.map((u) => `${u.name} chỉ đủ điều kiện khi ${u.missing.map((c) => c.text).join(', ')}`).join('; ')}. Hãy đưa danh hiệu đó vào cùng quyết định hoặc ký quyết định tặng danh hiệu đó trước.`,
    );
  }
}

/**
 * Refuses a collective title accepted on its members' titles proposed in the same round (Tập thể
 * LĐTT: 70% of members LĐTT, Law Art. 28) unless the member criteria hold on the members' titles
 * decided before this decision plus those this decision grants.
 */
export async function requireMembersMet(q: Q, tenantId: string, ns: NomineeView[], decisionDate: string) {
  const lines = ns.filter(
    (n) =>
      n.orgId &&
      ((n.verdict as { conditions?: VerdictCondition[] } | null)?.conditions ?? []).some((c) => c.kind === 'members'),
  );
  if (!lines.length) return;
  const rules = await rulesOn(q, tenantId, decisionDate);
  const problems: string[] = [];
  for (const n of lines) {
    const granted = ns
      .filter((x) => x.personId && x.period === n.period && (x.awardCode === 'LDTT' || x.awardCode === 'CSTD_CS'))
      .map((x) => ({ personId: x.personId!, award: x.awardCode }));
    const members = await computeMembers(q, tenantId, n.orgId!, n.period, { granted });
    const short = memberTitleShortfalls(
      rules,
      { award: n.awardCode, period: n.period, decisionDate, subjectKind: n.subjectKind },
      members,
      { moneyInWords },
    );
    if (short.length)
      problems.push(
        `${n.displayName} (${n.awardName}): ${short.map((c) => c.message).join('; ')}, kể cả các thành viên được tặng trong quyết định này`,
      );
  }
  if (problems.length) {
    throw refuse(
      'DECISION_MEMBERS_UNMET',
      `Không thể ký: ${problems.join('; ')}. Hãy đưa danh hiệu của các thành viên được đề nghị cùng đợt vào cùng quyết định hoặc ký quyết định tặng các danh hiệu đó trước.`,
    );
  }
}

/**
 * Refuses to grant an award its subject already holds for the same achievement: the same award for
 * the same period, or a title of overlapping periods of the other kind (Law 06/2022 Art. 5.2.c),
 * against the records on file and the other lines of the decision.
 */
export async function requireNoRepeatedAchievement(q: Q, tenantId: string, ns: NomineeView[], decisionDate: string) {
  const held = await awardRecordsOfSubjects(q, tenantId, {
    personIds: idsOf(ns, (n) => n.personId),
    orgIds: idsOf(ns, (n) => n.orgId),
    householdIds: idsOf(ns, (n) => n.householdId),
  });
  const bySubject = new Map<string, RecordLike[]>();
  for (const r of held) bySubject.set(subjectKeyOf(r), [...(bySubject.get(subjectKeyOf(r)) ?? []), r]);
  const rules = await rulesOn(q, tenantId, decisionDate);
  const problems: string[] = [];
  const lines = new Map<string, NomineeView[]>();
  for (const n of ns) lines.set(subjectKeyOf(n), [...(lines.get(subjectKeyOf(n)) ?? []), n]);
  for (const [key, mine] of lines) {
    const clash = firstRecordConflict(mine[0].displayName, bySubject.get(key) ?? [], mine, rules);
    if (clash) problems.push(clash.message.replace(/\.$/u, ''));
  }
  if (problems.length)
    throw refuse(
      'DECISION_AWARD_OVERLAP',
      `Không thể ký: ${problems.join('; ')}. Hãy bỏ người (tập thể) đó khỏi dự thảo quyết định.`,
    );
}

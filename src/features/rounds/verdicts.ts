// The engine's verdict for nominees of a round, read from the registry (never retyped): people
// with their history, collectives with their composition and predecessors, households.
import { withoutInternalNotes } from '../../documents/internal-markers.js';
import type { Db, Tx } from '../../db/client.js';
import type { SubjectGroup } from '../../domain/eligibility/contract.js';
import type { RoundKind } from '../../domain/rounds/vocab.js';
import { evaluateDetailed } from '../../domain/eligibility/engine.js';
import { type VerdictCondition, type VerdictStatus, statusSentence } from '../../domain/eligibility/status.js';
import { periodForSubject } from '../../domain/eligibility/streaks.js';
import type { Rules } from '../../domain/eligibility/rule-model.js';
import type { SubjectKind } from '../../domain/registry/vocab.js';
import { moneyInWords } from '../../domain/vi-text/index.js';
import { invalid } from '../../server/errors.js';
import {
  computeMembers,
  historyPeriods,
  loadHouseholdHistories,
  loadOrgHistory,
  loadPeopleHistories,
  peopleGroups,
  type SubjectHistory,
} from '../eligibility/history.js';
import { tenantRules } from '../eligibility/service.js';
import { householdWithVillage } from '../households/repository.js';
import { findOrganisation } from '../organisations/repository.js';
import { personWithUnit } from '../people/repository.js';

type Q = Db | Tx;

export interface SubjectRef {
  subjectKind: SubjectKind;
  personId: string | null;
  orgId: string | null;
  householdId: string | null;
}

export interface NomineeVerdict {
  eligible: boolean;
  withheld: boolean;
  /** What the verdict means (domain/eligibility/status.ts); absent on verdicts kept before it existed. */
  status?: VerdictStatus;
  /** The status in one Vietnamese sentence (names what a conditional verdict waits for). */
  statusText?: string;
  /** Titles of this round the verdict counts although they are not decided yet. */
  conditions?: VerdictCondition[];
  /** A data-checkable criterion failed and only a council-judged alternative keeps it open. */
  dataFailed?: boolean;
  /** The period the subject was judged on (a school: the school year). */
  period?: string;
  amount: number | null;
  amountInWords: string | null;
  criteria: { id: string; met: boolean | null; message: string; basis: string }[];
  rules: string;
}

/** The rules a round is judged by: the tenant's, on the round's planned decision date. */
export const rulesOn = (db: Q, tenantId: string, decisionDate: string): Promise<Rules> =>
  tenantRules(db, tenantId, decisionDate, { field: 'decisionBy', label: 'Ngày dự kiến quyết định' });

/**
 * The period a subject is judged on in a round: schools, their staff and their collectives review
 * by school year, so a calendar-year round judges them on the school year ending in it. Forms of
 * commendation (not tied to a yearly period) keep the round's period.
 */
export async function subjectPeriod(
  db: Q,
  tenantId: string,
  round: { period: string },
  rules: Rules,
  awardCode: string,
  subject: { orgId: string | null; personId?: string | null; subjectOrgId?: string | null },
): Promise<string> {
  const award = rules.awards[awardCode as keyof typeof rules.awards];
  if (!award?.periodTypes.includes('school') || !subject.orgId) return round.period;
  const o = await findOrganisation(db, tenantId, subject.orgId);
  if (o?.type !== 'school') return round.period;
  // A school reviews by school year, unless this subject's own history is kept by calendar year:
  // the kind of its latest rating (or, without ratings, of its latest title) decides.
  const periods = await historyPeriods(
    db,
    tenantId,
    subject.personId ? { personId: subject.personId } : { orgId: subject.subjectOrgId ?? subject.orgId },
  );
  const latestKind = (rows: string[]) => {
    const end = (p: string) => (p.includes('-') ? `${p.slice(5)}-08` : `${p}-12`);
    const sorted = [...rows].sort((x, y) => (end(x) < end(y) ? 1 : -1));
    return sorted.length ? (sorted[0].includes('-') ? 'school' : 'calendar') : null;
  };
  const kind = latestKind(periods.ratings) ?? latestKind(periods.awards) ?? 'school';
  return periodForSubject(round.period, kind);
}

/**
 * Verdicts for many nominees of one round (same decision date), in order. Each nominee is judged on
 * its own period when it has one (a school's staff: the school year), else the round's.
 */
export async function verdictsFor(
  db: Q,
  tenantId: string,
  round: { id?: string; period: string; decisionBy: string; kind?: RoundKind },
  items: readonly (SubjectRef & { awardCode: string; period?: string })[],
): Promise<NomineeVerdict[]> {
  if (!items.length) return [];
  const rules = await rulesOn(db, tenantId, round.decisionBy);
  const personIds = [...new Set(items.map((i) => i.personId).filter((x): x is string => !!x))];
  const householdIds = [...new Set(items.map((i) => i.householdId).filter((x): x is string => !!x))];
  const [hist, groups, hh] = await Promise.all([
    loadPeopleHistories(db, tenantId, personIds),
    peopleGroups(db, tenantId, personIds),
    loadHouseholdHistories(db, tenantId, householdIds),
  ]);
  const orgCache = new Map<
    string,
    Promise<{ h: SubjectHistory; members?: Awaited<ReturnType<typeof computeMembers>> }>
  >();
  const orgData = (orgId: string, kind: SubjectKind, period: string) => {
    const key = `${orgId}|${kind}|${period}`;
    if (!orgCache.has(key))
      orgCache.set(
        key,
        (async () => {
          const { lineage: _l, ...h } = await loadOrgHistory(db, tenantId, orgId);
          return {
            h,
            members:
              kind === 'collective'
                ? await computeMembers(db, tenantId, orgId, period, { roundId: round.id })
                : undefined,
          };
        })(),
      );
    return orgCache.get(key)!;
  };
  const out: NomineeVerdict[] = [];
  for (const it of items) {
    if (!rules.awards[it.awardCode as keyof typeof rules.awards]) {
      throw invalid([
        {
          field: 'awardCode',
          label: 'Danh hiệu, hình thức',
          message: `Danh mục không có danh hiệu, hình thức "${it.awardCode}".`,
        },
      ]);
    }
    let h: SubjectHistory;
    let members: Awaited<ReturnType<typeof computeMembers>> | undefined;
    let group: SubjectGroup | undefined;
    if (it.personId) {
      h = hist.get(it.personId)!;
      group = groups.get(it.personId)!;
    } else if (it.orgId) {
      ({ h, members } = await orgData(it.orgId, it.subjectKind, it.period ?? round.period));
    } else h = hh.get(it.householdId!)!;
    const period = it.period ?? round.period;
    const input = {
      award: it.awardCode,
      period,
      decisionDate: round.decisionBy,
      subject: { kind: it.subjectKind, ...(group ? { group } : {}) },
      ...h,
      ...(members ? { members } : {}),
    };
    const { output: o, detail } = evaluateDetailed(input as Parameters<typeof evaluateDetailed>[0], rules, {
      moneyInWords,
    });
    out.push({
      eligible: o.eligible,
      withheld: o.withheld,
      status: detail.status,
      statusText: statusSentence(detail),
      conditions: detail.conditions,
      dataFailed: detail.dataFailed,
      period,
      amount: o.bonus.amount ?? null,
      amountInWords: o.bonus.amountInWords ?? null,
      // The office sees citations, not the administrator's doubts about them (issue 9.3).
      criteria: o.criteria.map((c) => ({
        id: c.id,
        met: c.met,
        message: withoutInternalNotes(c.message),
        basis: withoutInternalNotes(c.basis),
      })),
      rules: rules.name,
    });
  }
  return out;
}

/** Name, position/unit and sort key of a subject as printed in the dossier. */
export async function describeSubject(db: Q, tenantId: string, kind: 'person' | 'org' | 'household', id: string) {
  if (kind === 'person') {
    const p = await personWithUnit(db, tenantId, id);
    if (!p) return null;
    return {
      name: p.fullName,
      position: [p.position, p.orgName].filter(Boolean).join(', ') || null,
      sortKey: p.sortKey,
      orgId: p.orgId,
      orgType: null,
    };
  }
  if (kind === 'org') {
    const o = await findOrganisation(db, tenantId, id);
    if (!o) return null;
    return { name: o.name, position: null, sortKey: o.sortKey, orgId: o.id, orgType: o.type };
  }
  const h = await householdWithVillage(db, tenantId, id);
  if (!h) return null;
  return {
    name: `Hộ ông (bà) ${h.h.headName}`,
    position: `${h.h.address}, ${h.village}`,
    sortKey: h.h.sortKey,
    orgId: h.h.villageOrgId,
    orgType: null,
  };
}

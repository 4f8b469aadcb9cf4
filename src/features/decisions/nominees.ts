// The nominees of a round as a decision sees them: their proposing unit, the award's name and
// kind under the rules of the decision's date, in the order a decision lists them.
import type { Db, Tx } from '../../db/client.js';
import type { NomineeStatus } from '../../domain/rounds/index.js';
import { cccdsOf } from '../people/repository.js';
import { type NomineeRow, nomineesWithUnit } from '../rounds/repository.js';
import { awardInfo, rulesOn } from './pricing.js';

type Q = Db | Tx;

export interface NomineeView {
  id: string;
  proposalId: string;
  unitId: string;
  unitName: string;
  subjectKind: NomineeRow['subjectKind'];
  subjectKey: string;
  personId: string | null;
  orgId: string | null;
  householdId: string | null;
  displayName: string;
  sortKey: string;
  positionText: string | null;
  awardCode: string;
  awardName: string;
  category: 'title' | 'form';
  period: string;
  track: NomineeRow['track'];
  status: NomineeStatus;
  achievement: string;
  verdictEligible: boolean | null;
  verdict: unknown;
  amount: number | null;
  cccd: string | null;
}

export async function roundNominees(
  q: Q,
  tenantId: string,
  roundId: string,
  statuses: NomineeStatus[] | undefined,
  ids: string[] | undefined,
  /** The date whose rules name and price the awards (the decision's date, or the planned one). */
  date: string,
): Promise<NomineeView[]> {
  const rows = await nomineesWithUnit(q, tenantId, roundId, { statuses, ids });
  const cccds = await cccdsOf(
    q,
    tenantId,
    rows.map((r) => r.n.personId).filter((x): x is string => !!x),
  );
  const rules = await rulesOn(q, tenantId, date);
  return rows.map(({ n, unitId, unitName }) => {
    const info = awardInfo(rules, n.awardCode);
    return {
      id: n.id,
      proposalId: n.proposalId,
      unitId,
      unitName,
      subjectKind: n.subjectKind,
      subjectKey: n.subjectKey,
      personId: n.personId,
      orgId: n.orgId,
      householdId: n.householdId,
      displayName: n.displayName,
      sortKey: n.sortKey,
      positionText: n.positionText,
      awardCode: n.awardCode,
      awardName: info.name,
      category: info.category,
      period: n.period,
      track: n.track,
      status: n.status,
      achievement: n.achievement,
      verdictEligible: n.verdictEligible,
      verdict: n.verdict,
      amount: n.amount,
      cccd: n.personId ? (cccds.get(n.personId) ?? null) : null,
    };
  });
}

/** Order of a decision's list: by award (in the round's order), then by name. */
export function orderForDecision(rows: NomineeView[], awardOrder: readonly string[]): NomineeView[] {
  const collator = new Intl.Collator('vi');
  const rank = (c: string) => {
    const i = awardOrder.indexOf(c);
    return i < 0 ? awardOrder.length : i;
  };
  return [...rows].sort(
    (a, b) =>
      rank(a.awardCode) - rank(b.awardCode) ||
      a.awardCode.localeCompare(b.awardCode) ||
      (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : collator.compare(a.displayName, b.displayName)),
  );
}

export const nomineeStatusLabel = (s: NomineeStatus) =>
  ({
    draft: 'Đang soạn',
    submitted: 'Chờ thẩm định',
    accepted: 'Đã thẩm định',
    returned: 'Bị trả lại',
    rejected: 'Không đủ điều kiện',
    passed: 'Hội đồng thông qua',
    failed: 'Hội đồng không thông qua',
    withheld: 'Tạm dừng',
    sent_up: 'Đã trình cấp trên',
    awarded: 'Đã khen thưởng',
    revoked: 'Đã hủy khen thưởng',
  })[s];

// Registration of emulation titles (đăng ký thi đua): at the start of the year units register the
// titles they and their people aim for; at year-end the report compares what was registered with
// what was achieved and with the engine's current verdict.

export interface Registration {
  subjectKey: string;
  award: string;
}

export interface Achievement {
  subjectKey: string;
  award: string;
}

export type RegistrationOutcome = 'achieved' | 'eligible_pending' | 'not_achieved' | 'unregistered_achieved';

export interface OutcomeRow {
  subjectKey: string;
  award: string;
  outcome: RegistrationOutcome;
}

export const OUTCOME_LABELS: Record<RegistrationOutcome, string> = {
  achieved: 'Đã đạt',
  eligible_pending: 'Đủ điều kiện, chưa có quyết định',
  not_achieved: 'Chưa đạt',
  unregistered_achieved: 'Đạt nhưng không đăng ký',
};

/**
 * Registered vs achieved (award records of the period) vs the engine's verdicts now.
 * `eligibleNow(subjectKey, award)` answers whether the engine finds the subject eligible.
 */
export function compareRegistrations(
  registered: readonly Registration[],
  achieved: readonly Achievement[],
  eligibleNow: (subjectKey: string, award: string) => boolean,
): { rows: OutcomeRow[]; counts: Record<RegistrationOutcome, number> } {
  const key = (s: string, a: string) => `${s}|${a}`;
  const got = new Set(achieved.map((a) => key(a.subjectKey, a.award)));
  const reg = new Set(registered.map((r) => key(r.subjectKey, r.award)));
  const rows: OutcomeRow[] = [];
  for (const r of registered) {
    if (rows.some((x) => x.subjectKey === r.subjectKey && x.award === r.award)) continue;
    const outcome: RegistrationOutcome = got.has(key(r.subjectKey, r.award))
      ? 'achieved'
      : eligibleNow(r.subjectKey, r.award)
        ? 'eligible_pending'
        : 'not_achieved';
    rows.push({ subjectKey: r.subjectKey, award: r.award, outcome });
  }
  for (const a of achieved)
    if (!reg.has(key(a.subjectKey, a.award)))
      rows.push({ subjectKey: a.subjectKey, award: a.award, outcome: 'unregistered_achieved' });
  const counts = { achieved: 0, eligible_pending: 0, not_achieved: 0, unregistered_achieved: 0 } as Record<
    RegistrationOutcome,
    number
  >;
  for (const r of rows) counts[r.outcome]++;
  return { rows, counts };
}

/** Whether a registration can still be made or changed on `today` (the deadline day included). */
export function registrationOpen(today: string, deadline: string): boolean {
  return today <= deadline;
}

export interface CovenantMember {
  orgId: string;
  signedOn: string | null;
}

/** A covenant (giao ước thi đua) is in force once every member has signed it. */
export function covenantStatus(members: readonly CovenantMember[]): {
  inForce: boolean;
  signed: number;
  total: number;
  waitingFor: string[];
} {
  const waitingFor = members.filter((m) => !m.signedOn).map((m) => m.orgId);
  return {
    inForce: members.length > 0 && waitingFor.length === 0,
    signed: members.length - waitingFor.length,
    total: members.length,
    waitingFor,
  };
}

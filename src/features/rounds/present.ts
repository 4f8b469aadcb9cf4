// How a nominee is shown on the unit's dossier and in the office's appraisal.
import { awardName } from '../../domain/registry/vocab.js';
import type { NomineeRow } from './repository.js';
import type { NomineeVerdict } from './verdicts.js';

/** A nominee as the dossier and the appraisal show it, with `extra` fields of the screen. */
export function presentNominee<E extends object>(n: NomineeRow, verdict: NomineeVerdict | null, extra: E) {
  return {
    id: n.id,
    subjectKind: n.subjectKind,
    subjectId: n.personId ?? n.orgId ?? n.householdId,
    displayName: n.displayName,
    positionText: n.positionText,
    awardCode: n.awardCode,
    awardName: awardName(n.awardCode),
    period: n.period,
    achievement: n.achievement,
    status: n.status,
    officeReason: n.officeReason,
    overrideReason: n.overrideReason,
    verdict,
    submittedVerdict: (n.verdict as NomineeVerdict | null) ?? null,
    ...extra,
  };
}

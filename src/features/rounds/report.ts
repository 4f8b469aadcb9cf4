// The achievement report of a nominee (Mẫu 05 style), pre-filled from the registry, as DOCX or PDF.
import { buildNd30Docx, buildNd30Pdf } from '../../documents/nd30/index.js';
import { upperVN } from '../../documents/nd30/format.js';
import { achievementReport, type HistoryRow } from '../../documents/report/achievement.js';
import { RULE_SETS } from '../../domain/eligibility/rulesets.js';
import { awardName, EDUCATION_LEVEL_LABELS, GENDER_LABELS } from '../../domain/registry/vocab.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { householdWithVillage } from '../households/repository.js';
import { findOrganisation } from '../organisations/repository.js';
import { findPerson } from '../people/repository.js';
import { awardRecordsOfSubjects } from '../register/repository.js';
import { loadNominee } from './access.js';
import { getProposal } from './proposals.js';
import { findProposal, findRound } from './repository.js';

/** Titles vs forms, as the catalogue classifies them (unknown codes count as forms). */
function isTitle(code: string): boolean {
  for (const set of RULE_SETS) {
    const a = (set as { awards?: Record<string, { category?: string }> }).awards?.[code];
    if (a?.category) return a.category === 'title';
  }
  return false;
}

export async function nomineeReport(ctx: Ctx, nomineeId: string, format: 'docx' | 'pdf') {
  const { doc, displayName } = await nomineeReportDocument(ctx, nomineeId);
  const name = `Báo cáo thành tích - ${displayName}.${format}`;
  return { name, data: format === 'pdf' ? Buffer.from(await buildNd30Pdf(doc)) : await buildNd30Docx(doc) };
}

/**
 * The report as a document model, pre-filled from the registry (birth date, gender, hometown,
 * training level, position and unit, the titles and forms already awarded with their decisions):
 * the dossier sent up carries it.
 */
export async function nomineeReportDocument(ctx: Ctx, nomineeId: string) {
  const t = ctx.actor.tenantId;
  const n = await loadNominee(ctx.db, t, nomineeId);
  await getProposal(ctx, n.proposalId); // access check (unit or office)
  const p = await findProposal(ctx.db, t, n.proposalId);
  const round = await findRound(ctx.db, t, n.roundId);
  const unit = await findOrganisation(ctx.db, t, p!.orgId);
  const office = await findOrganisation(ctx.db, t, round!.orgId);
  const subjectIds = {
    personIds: n.personId ? [n.personId] : [],
    orgIds: n.orgId ? [n.orgId] : [],
    householdIds: n.householdId ? [n.householdId] : [],
  };
  const held = (await awardRecordsOfSubjects(ctx.db, t, subjectIds, { activeOnly: true })).sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
  const row = (a: (typeof held)[number]): HistoryRow => ({
    period: a.period,
    name: awardName(a.awardCode),
    decision:
      [
        a.decisionNo ? `Số ${a.decisionNo}` : null,
        a.decisionDate ? `ngày ${formatDateVN(a.decisionDate)}` : null,
        a.issuer,
      ]
        .filter(Boolean)
        .join(', ') || null,
  });
  let subject: Parameters<typeof achievementReport>[0]['subject'];
  if (n.personId) {
    const person = await findPerson(ctx.db, t, n.personId);
    subject = {
      kind: 'individual',
      fullName: person!.fullName,
      gender: GENDER_LABELS[person!.gender],
      birthDate: person!.birthDate,
      position: person!.position,
      unit: unit!.name,
      hometown: person!.hometown,
      education: person!.educationLevel ? EDUCATION_LEVEL_LABELS[person!.educationLevel] : null,
    };
  } else if (n.orgId) {
    const o = await findOrganisation(ctx.db, t, n.orgId);
    subject = { kind: 'collective', name: o!.name, address: o!.address, memberCount: null };
  } else {
    const h = (await householdWithVillage(ctx.db, t, n.householdId!))?.h;
    subject = { kind: 'collective', name: n.displayName, address: h!.address, memberCount: h!.memberCount };
  }
  const doc = achievementReport({
    issuer:
      unit!.id === office!.id
        ? { name: ['ỦY BAN NHÂN DÂN', upperVN(office!.name)] }
        : { superior: [upperVN(office!.name)], name: [upperVN(unit!.name)] },
    place: office!.shortName ?? office!.name.replace(/^(Phường|Xã|Đặc khu|Thị trấn)\s+/u, ''),
    date: { year: Number(isoDateInVietnam(ctx.now).slice(0, 4)) },
    awardName: awardName(n.awardCode),
    period: n.period,
    subject,
    achievement: n.achievement,
    titles: held.filter((a) => isTitle(a.awardCode)).map(row),
    forms: held.filter((a) => !isTitle(a.awardCode)).map(row),
  });
  return { doc, displayName: n.displayName };
}

// Demo commendation rounds of phường Bạch Đằng (the journeys use phường Mường Lay, whose rounds
// they expect to make themselves), so that a fresh `npm start` shows rounds at each end of the
// procedure (tdkt-reference §3–§4):
// - last year's year-end round, finished: the ward's signed year-end decisions of the demo history
//   (its LĐTT, CSTĐCS, Giấy khen… of last December) become the round's decisions, their recipients
//   its nominees and the award records those decisions' items. Nothing is awarded twice: the
//   records exist already and are only linked to their decision.
// - this year's year-end round, open: the THCS school and the economic department have submitted
//   their dossiers, the health station's is a draft. Written through the use cases (create, open,
//   propose, submit) as the ward's officer and the units' clerks, so that the nominees carry the
//   eligibility engine's real verdicts, the notices and the audit entries as in use.
import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as s from '../db/schema.js';
import type { OrgType } from '../domain/registry/vocab.js';
import { isoDateInVietnam, nameSortKey } from '../domain/vi-text/index.js';
import type { Ctx } from '../server/context.js';
import { loadActor } from '../server/session.js';
import { appendAudit } from '../features/audit/append.js';
import { defaultContent, issuerOf } from '../features/decisions/content.js';
import { changeRoundStatus, createRound } from '../features/rounds/rounds.js';
import { addNominee, openProposal, submitProposal } from '../features/rounds/proposals.js';

const WARD_CODE = 'DEMO.BDANG';
const SEED_ACTOR = 'Hệ thống (dữ liệu trình diễn)';

/** A year-end round's name, as the ward's officer writes it. */
export const demoRoundName = (year: number) => `Tổng kết công tác thi đua, khen thưởng năm ${year}`;

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const at = (date: string, hm = '08:00') => new Date(`${date}T${hm}:00+07:00`);

async function userByName(db: Db, t: string, username: string) {
  const [u] = await db
    .select({ id: s.users.id, fullName: s.users.fullName, personId: s.users.personId })
    .from(s.users)
    .where(and(eq(s.users.tenantId, t), eq(s.users.username, username)));
  return u ?? null;
}

async function orgByCode(db: Db, t: string, code: string) {
  const [o] = await db
    .select()
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), eq(s.organisations.code, code)));
  return o ?? null;
}

/** Loads both rounds; does nothing for a dataset without the ward or its accounts. */
export async function seedDemoRounds(db: Db, tenantId: string, now: Date): Promise<{ rounds: number }> {
  const t = tenantId;
  const ward = await orgByCode(db, t, WARD_CODE);
  const officer = await userByName(db, t, 'bachdang.vhxh');
  if (!ward || !officer) return { rounds: 0 };
  const year = Number(isoDateInVietnam(now).slice(0, 4));
  let n = 0;
  if (await seedFinishedRound(db, ward, officer.id, year - 1, now)) n++;
  if (await seedOpenRound(db, ward, officer.id, year, now)) n++;
  return { rounds: n };
}

type Org = typeof s.organisations.$inferSelect;

/** Last year's round, finished, over the ward's signed year-end decisions of the history. */
async function seedFinishedRound(db: Db, ward: Org, officerId: string, year: number, now: Date): Promise<boolean> {
  const t = ward.tenantId;
  const issuer = issuerOf({ name: ward.name, type: ward.type as OrgType });
  const records = await db
    .select()
    .from(s.awardRecords)
    .where(
      and(
        eq(s.awardRecords.tenantId, t),
        eq(s.awardRecords.issuer, issuer),
        eq(s.awardRecords.period, String(year)),
        eq(s.awardRecords.track, 'cong_trang'),
        gte(s.awardRecords.decisionDate, iso(year, 12, 1)),
        lte(s.awardRecords.decisionDate, iso(year, 12, 31)),
        isNull(s.awardRecords.decisionId),
        isNull(s.awardRecords.revokedOn),
      ),
    );
  const numbered = records.filter((r) => r.decisionNo && /^\d+\/QĐ-UBND$/u.test(r.decisionNo) && r.subjectOrgId);
  if (!numbered.length) return false;
  const chair = await userByName(db, t, 'bachdang.chutich');
  const names = new Map<string, { name: string; position: string | null }>();
  const personIds = [...new Set(numbered.flatMap((r) => (r.personId ? [r.personId] : [])))];
  for (const p of personIds.length
    ? await db
        .select({ id: s.people.id, fullName: s.people.fullName, position: s.people.position })
        .from(s.people)
        .where(and(eq(s.people.tenantId, t), inArray(s.people.id, personIds)))
    : [])
    names.set(`person:${p.id}`, { name: p.fullName, position: p.position });
  const unitIds = [
    ...new Set(numbered.map((r) => r.subjectOrgId!).concat(numbered.flatMap((r) => (r.orgId ? [r.orgId] : [])))),
  ];
  const units = new Map(
    (
      await db
        .select({ id: s.organisations.id, name: s.organisations.name })
        .from(s.organisations)
        .where(and(eq(s.organisations.tenantId, t), inArray(s.organisations.id, unitIds)))
    ).map((o) => [o.id, o.name]),
  );
  for (const [id, name] of units) names.set(`org:${id}`, { name, position: null });
  const householdIds = [...new Set(numbered.flatMap((r) => (r.householdId ? [r.householdId] : [])))];
  for (const h of householdIds.length
    ? await db
        .select({ id: s.households.id, headName: s.households.headName })
        .from(s.households)
        .where(and(eq(s.households.tenantId, t), inArray(s.households.id, householdIds)))
    : [])
    names.set(`household:${h.id}`, { name: `Hộ ông (bà) ${h.headName}`, position: null });

  const keyOf = (r: (typeof numbered)[number]) =>
    r.personId ? `person:${r.personId}` : r.householdId ? `household:${r.householdId}` : `org:${r.orgId}`;
  const awardCodes = [...new Set(numbered.map((r) => r.awardCode))];
  const firstDecision = numbered.map((r) => r.decisionDate!).sort()[0]!;
  const opensOn = iso(year, 11, 10);
  const submitBy = iso(year, 11, 28);
  const roundId = crypto.randomUUID();
  const unitOrder = [...new Set(numbered.map((r) => r.subjectOrgId!))].sort((a, b) =>
    (units.get(a) ?? '').localeCompare(units.get(b) ?? '', 'vi'),
  );
  await db.transaction(async (tx) => {
    await tx.insert(s.rounds).values({
      tenantId: t,
      id: roundId,
      orgId: ward.id,
      name: demoRoundName(year),
      kind: 'year_end',
      period: String(year),
      awardCodes,
      opensOn,
      submitBy,
      decisionBy: firstDecision,
      status: 'finished',
      createdBy: officerId,
      createdAt: at(opensOn),
      updatedAt: at(firstDecision, '17:00'),
    });
    await tx.insert(s.roundInvitations).values(unitOrder.map((orgId) => ({ tenantId: t, roundId, orgId })));
    const proposalOf = new Map<string, string>();
    for (const [i, orgId] of unitOrder.entries()) {
      const id = crypto.randomUUID();
      proposalOf.set(orgId, id);
      const submitted = iso(year, 11, 17 + (i % 10));
      await tx.insert(s.proposals).values({
        tenantId: t,
        id,
        roundId,
        orgId,
        status: 'appraised',
        summary: `${units.get(orgId)} đề nghị khen thưởng thành tích năm ${year}.`,
        submittedAt: at(submitted, '09:30'),
        submittedBy: officerId,
        completeOn: submitted,
        submissions: 1,
        createdBy: officerId,
        createdAt: at(submitted),
        updatedAt: at(submitted, '09:30'),
      });
    }
    // One decision per decision number of the history, its recipients in the order of the list.
    const byDecision = new Map<string, typeof numbered>();
    for (const r of numbered) byDecision.set(r.decisionNo!, [...(byDecision.get(r.decisionNo!) ?? []), r]);
    for (const [numberText, recs] of byDecision) {
      const decisionId = crypto.randomUUID();
      const date = recs[0]!.decisionDate!;
      recs.sort((a, b) =>
        nameSortKey(names.get(keyOf(a))?.name ?? '').localeCompare(nameSortKey(names.get(keyOf(b))?.name ?? '')),
      );
      const content = defaultContent({
        org: { name: ward.name, type: ward.type as OrgType },
        parentName: null,
        period: String(year),
        plannedDate: date,
        meetingDate: null,
        proposingUnits: [...new Set(recs.map((r) => units.get(r.subjectOrgId!) ?? ''))],
        awardCodes: recs.map((r) => r.awardCode),
        officeUnit: null,
        signerPosition: 'Chủ tịch',
      });
      await tx.insert(s.decisions).values({
        tenantId: t,
        id: decisionId,
        roundId,
        orgId: ward.id,
        external: false,
        status: 'signed',
        symbol: 'QĐ-UBND',
        year,
        number: Number(numberText.split('/')[0]),
        numberText,
        decisionDate: date,
        issuer,
        signerUserId: chair?.id ?? null,
        signerName: chair?.fullName ?? null,
        signerTitle: content.signerLines.join('\n'),
        content: { ...content, fixDate: true },
        totalAmount: 0,
        createdBy: officerId,
        createdAt: at(date),
        signedAt: at(date, '16:00'),
      });
      const rows = recs.map((r) => {
        const key = keyOf(r);
        const who = names.get(key) ?? { name: 'Tập thể', position: null };
        return {
          record: r,
          nominee: {
            tenantId: t,
            id: crypto.randomUUID(),
            proposalId: proposalOf.get(r.subjectOrgId!)!,
            roundId,
            subjectKind: r.subjectKind,
            personId: r.personId,
            orgId: r.orgId,
            householdId: r.householdId,
            subjectKey: key,
            displayName: who.name,
            sortKey: nameSortKey(who.name),
            positionText: who.position,
            awardCode: r.awardCode,
            period: r.period,
            track: r.track,
            achievement: `Hoàn thành nhiệm vụ được giao năm ${year}; tích cực tham gia các phong trào thi đua của ${units.get(r.subjectOrgId!) ?? 'đơn vị'}.`,
            verdict: null,
            verdictEligible: null,
            status: 'awarded' as const,
            active: true,
            createdAt: at(submitBy),
            updatedAt: at(date, '16:00'),
          },
        };
      });
      for (let i = 0; i < rows.length; i += 200)
        await tx.insert(s.nominees).values(rows.slice(i, i + 200).map((x) => x.nominee));
      for (let i = 0; i < rows.length; i += 200)
        await tx.insert(s.decisionItems).values(
          rows.slice(i, i + 200).map((x, j) => ({
            tenantId: t,
            decisionId,
            nomineeId: x.nominee.id,
            ordinal: i + j + 1,
            awardRecordId: x.record.id,
          })),
        );
      await tx
        .update(s.awardRecords)
        .set({ decisionId })
        .where(
          and(
            eq(s.awardRecords.tenantId, t),
            inArray(
              s.awardRecords.id,
              recs.map((r) => r.id),
            ),
          ),
        );
    }
    await appendAudit(
      tx,
      { tenantId: t, userId: null, name: SEED_ACTOR },
      {
        action: 'round.seed',
        entityType: 'round',
        entityId: roundId,
        orgId: ward.id,
        summary: `Nạp đợt xét trình diễn "${demoRoundName(year)}" (đã kết thúc): ${byDecision.size} quyết định đã ký, ${numbered.length} khen thưởng của lịch sử được gắn với quyết định`,
        after: { decisions: [...byDecision.keys()], records: numbered.length },
      },
      now,
    );
  });
  return true;
}

/** The unit's people by name, current members first: the dossiers' nominees. */
async function peopleOf(db: Db, t: string, orgId: string, count: number) {
  return db
    .select({ id: s.people.id })
    .from(s.people)
    .where(and(eq(s.people.tenantId, t), eq(s.people.orgId, orgId)))
    .orderBy(sql`${s.people.sortKey} COLLATE "C"`, s.people.id)
    .limit(count);
}

/**
 * The unit's year-end rating of its nominees (đánh giá, xếp loại), as units record it in December
 * before they propose: the engine judges this year's titles on it. Left as it is where one exists.
 */
async function rateForYear(
  db: Db,
  t: string,
  year: number,
  subjects: { personId?: string; orgId?: string; rating: 'HTXSNV' | 'HTTNV' }[],
  now: Date,
) {
  const period = String(year);
  const rated = await db
    .select({ personId: s.ratings.personId, orgId: s.ratings.orgId })
    .from(s.ratings)
    .where(and(eq(s.ratings.tenantId, t), eq(s.ratings.period, period)));
  const has = new Set(rated.map((r) => r.personId ?? r.orgId));
  const missing = subjects.filter((x) => !has.has(x.personId ?? x.orgId ?? null));
  if (missing.length)
    await db.insert(s.ratings).values(
      missing.map((x) => ({
        tenantId: t,
        id: crypto.randomUUID(),
        subjectKind: x.personId ? ('individual' as const) : ('collective' as const),
        personId: x.personId ?? null,
        orgId: x.personId ? null : (x.orgId ?? null),
        period,
        rating: x.rating,
        createdAt: now,
      })),
    );
}

async function ctxFor(db: Db, t: string, userId: string, now: Date): Promise<Ctx | null> {
  const actor = await loadActor(db, t, userId);
  return actor ? { db, actor, now } : null;
}

/** This year's round, open: two dossiers submitted, one a draft. */
async function seedOpenRound(db: Db, ward: Org, officerId: string, year: number, now: Date): Promise<boolean> {
  const t = ward.tenantId;
  const school = await orgByCode(db, t, `${WARD_CODE}.THCS`);
  const economy = await orgByCode(db, t, `${WARD_CODE}.KT`);
  const health = await orgByCode(db, t, `${WARD_CODE}.TYT`);
  const clerkSchool = await userByName(db, t, 'bachdang.thcs');
  const clerkEconomy = await userByName(db, t, 'bachdang.kinhte');
  if (!school || !economy || !clerkSchool || !clerkEconomy) return false;
  const officer = await ctxFor(db, t, officerId, now);
  if (!officer) return false;
  const invited = (
    await db
      .select({ id: s.organisations.id })
      .from(s.organisations)
      .where(
        and(
          eq(s.organisations.tenantId, t),
          eq(s.organisations.parentId, ward.id),
          isNull(s.organisations.effectiveTo),
        ),
      )
  ).map((o) => o.id);
  const round = await createRound(officer, {
    name: demoRoundName(year),
    kind: 'year_end',
    period: String(year),
    awardCodes: ['CSTD_CS', 'LDTT', 'TT_LDTT', 'GIAY_KHEN'],
    invitedOrgIds: invited,
    orgId: ward.id,
    opensOn: iso(year, 11, 16),
    submitBy: iso(year, 12, 15),
    decisionBy: iso(year, 12, 28),
    note: 'Các đơn vị gửi hồ sơ đề nghị kèm báo cáo thành tích; Giấy khen chỉ đề nghị cho thành tích tiêu biểu.',
  });
  await changeRoundStatus(officer, round.id, 'open');
  const dossiers: { org: Org; by: Ctx | null; people: number; collective: boolean; submit: boolean }[] = [
    { org: school, by: await ctxFor(db, t, clerkSchool.id, now), people: 3, collective: false, submit: true },
    { org: economy, by: await ctxFor(db, t, clerkEconomy.id, now), people: 2, collective: true, submit: true },
    ...(health ? [{ org: health, by: officer, people: 2, collective: false, submit: false }] : []),
  ];
  for (const d of dossiers) {
    if (!d.by) continue;
    const { id } = await openProposal(d.by, round.id, d.org.id);
    const who = await peopleOf(db, t, d.org.id, d.people);
    await rateForYear(
      db,
      t,
      year,
      [
        ...who.map((p, i) => ({ personId: p.id, rating: i === 0 ? ('HTXSNV' as const) : ('HTTNV' as const) })),
        ...(d.collective ? [{ orgId: d.org.id, rating: 'HTTNV' as const }] : []),
      ],
      now,
    );
    for (const [i, p] of who.entries())
      await addNominee(d.by, id, {
        subjectKind: 'individual',
        subjectId: p.id,
        awardCode: i === 0 ? 'CSTD_CS' : 'LDTT',
        achievement:
          i === 0
            ? `Hoàn thành xuất sắc nhiệm vụ năm ${year}; có sáng kiến được công nhận, áp dụng tại ${d.org.name}.`
            : `Hoàn thành tốt nhiệm vụ được giao năm ${year}; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.`,
      });
    if (d.collective)
      await addNominee(d.by, id, {
        subjectKind: 'collective',
        subjectId: d.org.id,
        awardCode: 'TT_LDTT',
        achievement: `Tập thể hoàn thành tốt nhiệm vụ năm ${year}; trên 50% cá nhân đạt danh hiệu Lao động tiên tiến.`,
      });
    if (d.submit) await submitProposal(d.by, id);
  }
  return true;
}

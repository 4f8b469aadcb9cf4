// Demo history for the statistical forms of TT 02/2023/TT-BNV (issue 11): movements launched by
// the province, the wards and a school over several years (biểu 0601), awards of the State and of
// the province recorded from higher decisions (0602, 0603), the province's TĐKT organisations in
// the Sở Nội vụ (0604) and the people doing TĐKT work with their training (0605). Written in the
// seed's transaction, after the registry, from what is already there, so every form of the
// previous year has figures.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema.js';
import type { EducationLevel } from '../domain/registry/vocab.js';
import { nameSortKey, searchKey, textSortKey } from '../domain/vi-text/index.js';

interface MovementSeed {
  orgCode: string;
  level: 'province' | 'commune' | 'unit';
  kind: 'regular' | 'thematic' | 'peak';
  theme: string;
  from: string;
  to: string;
}

/** Movements of the demo (themes as in the seed plans; dates spread over 2021–2026). */
function movementSeeds(root: string, wards: string[], school: string | undefined): MovementSeed[] {
  const list: MovementSeed[] = [
    {
      orgCode: root,
      level: 'province',
      kind: 'thematic',
      theme: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
      from: '2021-06-01',
      to: '2025-12-31',
    },
    {
      orgCode: root,
      level: 'province',
      kind: 'regular',
      theme: 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2024',
      from: '2024-01-01',
      to: '2024-12-31',
    },
    {
      orgCode: root,
      level: 'province',
      kind: 'regular',
      theme: 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025',
      from: '2025-01-01',
      to: '2025-12-31',
    },
    {
      orgCode: root,
      level: 'province',
      kind: 'thematic',
      theme: 'Thi đua sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp',
      from: '2025-03-01',
      to: '2025-09-30',
    },
    {
      orgCode: root,
      level: 'province',
      kind: 'thematic',
      theme: 'Thi đua chuyển đổi số, xây dựng chính quyền số giai đoạn 2025-2027',
      from: '2025-05-01',
      to: '2027-04-30',
    },
    {
      orgCode: root,
      level: 'province',
      kind: 'regular',
      theme: 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026',
      from: '2026-01-01',
      to: '2026-12-31',
    },
  ];
  for (const w of wards.slice(0, 3)) {
    list.push({
      orgCode: w,
      level: 'commune',
      kind: 'regular',
      theme: 'Thi đua thực hiện nhiệm vụ chính trị năm 2025',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    list.push({
      orgCode: w,
      level: 'commune',
      kind: 'regular',
      theme: 'Thi đua thực hiện nhiệm vụ chính trị năm 2026',
      from: '2026-01-01',
      to: '2026-12-31',
    });
  }
  if (wards[0])
    list.push({
      orgCode: wards[0],
      level: 'commune',
      kind: 'peak',
      theme: 'Cao điểm 90 ngày làm sạch dữ liệu dân cư, đất đai',
      from: '2025-05-01',
      to: '2025-07-31',
    });
  if (wards[1])
    list.push({
      orgCode: wards[1],
      level: 'commune',
      kind: 'thematic',
      theme: 'Chung sức xây dựng nông thôn mới, đô thị văn minh giai đoạn 2024-2026',
      from: '2024-03-01',
      to: '2026-12-31',
    });
  if (school)
    list.push({
      orgCode: school,
      level: 'unit',
      kind: 'regular',
      theme: 'Thi đua "Dạy tốt - Học tốt" năm học 2024-2025',
      from: '2024-09-05',
      to: '2025-05-31',
    });
  return list;
}

export async function seedReportHistory(tx: Tx, tenantId: string, now: Date): Promise<void> {
  const t = tenantId;
  const orgs = await tx
    .select({
      id: s.organisations.id,
      code: s.organisations.code,
      name: s.organisations.name,
      type: s.organisations.type,
      parentId: s.organisations.parentId,
    })
    .from(s.organisations)
    .where(eq(s.organisations.tenantId, t))
    .orderBy(asc(s.organisations.code));
  const root = orgs.find((o) => o.parentId === null);
  if (!root) return;
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  // This history stays outside phường Mường Lay, whose rounds and movements the journeys and the
  // demo walk through (a fresh award or movement there would change what they show).
  const journeyWard = `${root.code}.MLAY`;
  const outside = (code: string) => code !== journeyWard && !code.startsWith(`${journeyWard}.`);
  const wards = orgs
    .filter((o) => (o.type === 'ward' || o.type === 'commune') && o.parentId === root.id && outside(o.code))
    .map((o) => o.code);
  const school = orgs.find((o) => o.type === 'school' && outside(o.code))?.code;
  const [author] = await tx
    .select({ id: s.users.id })
    .from(s.users)
    .where(and(eq(s.users.tenantId, t), eq(s.users.username, 'vanphong')));
  const createdBy = author?.id ?? crypto.randomUUID();

  // Biểu 0601: movements and their participants.
  for (const m of movementSeeds(root.code, wards, school)) {
    const org = byCode.get(m.orgCode);
    if (!org) continue;
    const id = crypto.randomUUID();
    const ended = m.to < now.toISOString().slice(0, 10);
    await tx.insert(s.movements).values({
      tenantId: t,
      id,
      orgId: org.id,
      level: m.level,
      kind: m.kind,
      theme: m.theme,
      fromDate: m.from,
      toDate: m.to,
      purposes: [
        'Động viên cán bộ, công chức, viên chức, người lao động và Nhân dân hoàn thành tốt nhiệm vụ được giao.',
      ],
      criteria: [{ id: 'c1', text: 'Hoàn thành các chỉ tiêu, nhiệm vụ được giao', target: '100%' }],
      awards: ['Giấy khen', 'Bằng khen'],
      midReviewBy: null,
      finalReviewBy: m.to,
      status: ended ? 'closed' : 'launched',
      midReview: null,
      finalReview: ended
        ? { summary: `Tổng kết phong trào "${m.theme}": các đơn vị hoàn thành các chỉ tiêu đề ra.`, heldOn: m.to }
        : null,
      roundId: null,
      createdBy,
      createdAt: now,
      updatedAt: now,
    });
    const participants = orgs.filter((o) => o.parentId === org.id).slice(0, 6);
    if (participants.length)
      await tx
        .insert(s.movementParticipants)
        .values(participants.map((p) => ({ tenantId: t, movementId: id, orgId: p.id })));
  }

  // Biểu 0602 and 0603: awards of the State and of the province, decided higher up and recorded here.
  const pick = async (where: ReturnType<typeof sql>, n: number) =>
    (
      (await tx.execute(sql`
      SELECT p.id FROM people p JOIN organisations o ON o.tenant_id = p.tenant_id AND o.id = p.org_id
      WHERE p.tenant_id = ${t} AND o.code <> ${journeyWard} AND o.code NOT LIKE ${`${journeyWard}.%`} AND ${where}
      ORDER BY p.sort_key LIMIT ${n}`)) as unknown as { rows?: { id: string }[] }
    ).rows ?? [];
  const leaders = await pick(sql`p.is_manager AND o.type = 'provincial_agency'`, 2);
  const otherLeaders = await pick(sql`p.is_manager AND o.type IN ('ward', 'commune', 'agency', 'school')`, 3);
  const workers = await pick(
    sql`NOT p.is_manager AND p.category IN ('vien_chuc', 'nguoi_lao_dong', 'cong_nhan', 'nong_dan')`,
    4,
  );
  const [household] = await tx
    .select({ id: s.households.id })
    .from(s.households)
    .where(eq(s.households.tenantId, t))
    .orderBy(asc(s.households.sortKey))
    .limit(1);
  const schools = orgs.filter((o) => o.type === 'school' && outside(o.code));
  const enterprise = orgs.find((o) => o.type === 'enterprise' && outside(o.code));
  const awardWards = wards;
  type A = {
    kind: 'individual' | 'collective' | 'commune' | 'household';
    id: string | undefined;
    award: string;
    date: string;
    no: string;
    issuer: string;
    track?: 'cong_trang' | 'chuyen_de' | 'dot_xuat' | 'cong_hien';
  };
  const TTG = 'Thủ tướng Chính phủ';
  const CTN = 'Chủ tịch nước';
  const UBT = 'Chủ tịch Ủy ban nhân dân tỉnh';
  const awards: A[] = [
    // 2025 period (01/12/2024 – 30/11/2025)
    { kind: 'individual', id: leaders[0]?.id, award: 'BK_TTG', date: '2025-04-18', no: '812/QĐ-TTg', issuer: TTG },
    { kind: 'individual', id: workers[0]?.id, award: 'BK_TTG', date: '2025-04-18', no: '812/QĐ-TTg', issuer: TTG },
    { kind: 'collective', id: schools[0]?.id, award: 'BK_TTG', date: '2025-04-18', no: '812/QĐ-TTg', issuer: TTG },
    { kind: 'collective', id: schools[1]?.id, award: 'HCLD_3', date: '2025-08-26', no: '1650/QĐ-CTN', issuer: CTN },
    {
      kind: 'individual',
      id: otherLeaders[0]?.id,
      award: 'HCLD_3',
      date: '2025-08-26',
      no: '1650/QĐ-CTN',
      issuer: CTN,
      track: 'cong_hien',
    },
    {
      kind: 'commune',
      id: byCode.get(awardWards[0] ?? '')?.id,
      award: 'CO_TD_CP',
      date: '2025-06-10',
      no: '1120/QĐ-TTg',
      issuer: TTG,
    },
    {
      kind: 'individual',
      id: workers[1]?.id,
      award: 'BK_TTG',
      date: '2025-09-02',
      no: '1903/QĐ-TTg',
      issuer: TTG,
      track: 'chuyen_de',
    },
    {
      kind: 'commune',
      id: byCode.get(awardWards[1] ?? '')?.id,
      award: 'CO_TD_TINH',
      date: '2025-01-20',
      no: '95/QĐ-UBND',
      issuer: UBT,
    },
    {
      kind: 'individual',
      id: otherLeaders[1]?.id,
      award: 'KNC_TINH',
      date: '2025-10-10',
      no: '2210/QĐ-UBND',
      issuer: UBT,
      track: 'cong_hien',
    },
    {
      kind: 'household',
      id: household?.id,
      award: 'BK_TINH',
      date: '2025-07-15',
      no: '1502/QĐ-UBND',
      issuer: UBT,
      track: 'dot_xuat',
    },
    {
      kind: 'individual',
      id: workers[2]?.id,
      award: 'BK_TINH',
      date: '2025-07-15',
      no: '1502/QĐ-UBND',
      issuer: UBT,
      track: 'dot_xuat',
    },
    {
      kind: 'collective',
      id: enterprise?.id,
      award: 'BK_TINH',
      date: '2025-05-05',
      no: '1011/QĐ-UBND',
      issuer: UBT,
      track: 'chuyen_de',
    },
    // earlier and later years
    { kind: 'individual', id: leaders[1]?.id, award: 'BK_TTG', date: '2024-05-14', no: '420/QĐ-TTg', issuer: TTG },
    { kind: 'collective', id: schools[2]?.id, award: 'BK_TTG', date: '2023-05-20', no: '601/QĐ-TTg', issuer: TTG },
    {
      kind: 'individual',
      id: otherLeaders[2]?.id,
      award: 'CSTD_TQ',
      date: '2024-04-25',
      no: '388/QĐ-TTg',
      issuer: TTG,
    },
    {
      kind: 'individual',
      id: workers[3]?.id,
      award: 'KNC_TINH',
      date: '2024-10-10',
      no: '2301/QĐ-UBND',
      issuer: UBT,
      track: 'cong_hien',
    },
    {
      kind: 'commune',
      id: byCode.get(awardWards[2] ?? awardWards[0] ?? '')?.id,
      award: 'CO_TD_TINH',
      date: '2026-01-22',
      no: '102/QĐ-UBND',
      issuer: UBT,
    },
  ];
  const rows = awards
    .filter((a): a is A & { id: string } => !!a.id)
    .map((a) => ({
      tenantId: t,
      id: crypto.randomUUID(),
      subjectKind: a.kind,
      personId: a.kind === 'individual' ? a.id : null,
      orgId: a.kind === 'collective' || a.kind === 'commune' ? a.id : null,
      householdId: a.kind === 'household' ? a.id : null,
      awardCode: a.award,
      period: a.date.slice(0, 4),
      track: a.track ?? 'cong_trang',
      decisionNo: a.no,
      decisionDate: a.date,
      issuer: a.issuer,
      note: 'Quyết định của cấp trên, ghi nhận vào hồ sơ',
      createdAt: now,
    }));
  if (rows.length) await tx.insert(s.awardRecords).values(rows);

  // Biểu 0604: the Sở Nội vụ and its TĐKT organisations.
  const newOrg = async (
    parentId: string,
    code: string,
    name: string,
    type: 'provincial_agency' | 'agency',
    tdktOffice: string | null,
    from: string,
  ) => {
    const id = crypto.randomUUID();
    await tx.insert(s.organisations).values({
      tenantId: t,
      id,
      parentId,
      type,
      code,
      name,
      searchKey: searchKey(`${name} ${code}`),
      sortKey: textSortKey(name),
      effectiveFrom: from,
      effectiveTo: null,
      tdktOffice,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  };
  const snv = await newOrg(root.id, `${root.code}.SNV`, 'Sở Nội vụ', 'provincial_agency', null, '2008-04-01');
  const ban = await newOrg(
    snv,
    `${root.code}.SNV.BTDKT`,
    'Ban Thi đua - Khen thưởng',
    'agency',
    'ban_so_noi_vu',
    '2008-04-01',
  );
  const phongTd = await newOrg(
    ban,
    `${root.code}.SNV.BTDKT.TD`,
    'Phòng Nghiệp vụ Thi đua',
    'agency',
    'phong_so_noi_vu',
    '2012-01-01',
  );
  const phongKt = await newOrg(
    ban,
    `${root.code}.SNV.BTDKT.KT`,
    'Phòng Nghiệp vụ Khen thưởng',
    'agency',
    'phong_so_noi_vu',
    '2012-01-01',
  );

  // Biểu 0605: the Ban's civil servants, and the TĐKT officers already in the registry.
  const staff: {
    name: string;
    gender: 'male' | 'female';
    birth: string;
    edu: EducationLevel;
    org: string;
    position: string;
    manager: boolean;
    posts: [string, string | null][];
  }[] = [
    {
      name: 'Lò Văn Thành',
      gender: 'male',
      birth: '1972-03-14',
      edu: 'tren_dai_hoc',
      org: ban,
      position: 'Trưởng ban',
      manager: true,
      posts: [['2004-06-01', null]],
    },
    {
      name: 'Cầm Thị Hoa',
      gender: 'female',
      birth: '1981-09-02',
      edu: 'tren_dai_hoc',
      org: ban,
      position: 'Phó Trưởng ban',
      manager: true,
      posts: [['2011-02-15', null]],
    },
    {
      name: 'Quàng Thị Mai',
      gender: 'female',
      birth: '1990-12-20',
      edu: 'dai_hoc',
      org: phongTd,
      position: 'Trưởng phòng',
      manager: true,
      posts: [['2018-03-01', null]],
    },
    {
      name: 'Lường Văn Dũng',
      gender: 'male',
      birth: '1996-05-30',
      edu: 'dai_hoc',
      org: phongTd,
      position: 'Chuyên viên',
      manager: false,
      posts: [['2022-08-01', null]],
    },
    {
      name: 'Tòng Thị Lan',
      gender: 'female',
      birth: '1966-07-07',
      edu: 'dai_hoc',
      org: phongKt,
      position: 'Chuyên viên chính',
      manager: false,
      posts: [['1998-01-05', null]],
    },
    {
      name: 'Vì Văn Hùng',
      gender: 'male',
      birth: '1984-11-11',
      edu: 'cao_dang',
      org: phongKt,
      position: 'Chuyên viên',
      manager: false,
      posts: [
        ['2009-04-01', '2013-12-31'],
        ['2019-01-01', null],
      ],
    },
  ];
  for (const p of staff) {
    const id = crypto.randomUUID();
    await tx.insert(s.people).values({
      tenantId: t,
      id,
      fullName: p.name,
      gender: p.gender,
      birthDate: p.birth,
      cccd: null,
      position: p.position,
      isManager: p.manager,
      category: 'cong_chuc',
      educationLevel: p.edu,
      phone: null,
      email: null,
      orgId: p.org,
      searchKey: searchKey(p.name),
      sortKey: nameSortKey(p.name),
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(s.memberships).values(
      p.posts.map(([from, to]) => ({
        tenantId: t,
        id: crypto.randomUUID(),
        personId: id,
        orgId: p.org,
        fromDate: from,
        toDate: to,
        position: p.position,
        tdktWork: true,
      })),
    );
  }
  // The officers who run TĐKT work in the wards and the provincial office (the demo's officer accounts).
  const officers = await tx
    .select({ personId: s.users.personId })
    .from(s.users)
    .innerJoin(s.roleGrants, and(eq(s.roleGrants.tenantId, s.users.tenantId), eq(s.roleGrants.userId, s.users.id)))
    .where(and(eq(s.users.tenantId, t), eq(s.roleGrants.role, 'officer')));
  const ids = [...new Set(officers.map((o) => o.personId).filter((x): x is string => !!x))];
  if (ids.length) {
    await tx
      .update(s.memberships)
      .set({ tdktWork: true })
      .where(and(eq(s.memberships.tenantId, t), inArray(s.memberships.personId, ids), isNull(s.memberships.toDate)));
    await tx.execute(sql`UPDATE people SET education_level = CASE WHEN extract(day FROM birth_date)::int % 4 = 0 THEN 'tren_dai_hoc' ELSE 'dai_hoc' END
      WHERE tenant_id = ${t} AND id IN (${sql.join(
        ids.map((x) => sql`${x}`),
        sql`, `,
      )})`);
  }
}

// Councils, meetings and the secret ballot through the HTTP API, on each database engine: the
// whole flow, one paper per member (also under concurrency), recusals, thresholds and quorum,
// the finality of closing, receipts, and secrecy (no table, column, row order or audit entry
// ties a member to a choice; the WAL and polling attacks are in ballot-secrecy.db.test.ts).
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { auditLog, ballotBoxes, ballots, nominees, notifications, ruleOverrides } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';
import { acceptedRound, addUsers, orgIdByCode, tenantOf, userId } from './testing.js';
import { now } from '../../server/clock.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';

const rowsOf = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

const NOMINEES = [
  { fullName: 'Nguyễn Văn An', award: 'CSTD_CS' }, // 80% of all members
  { fullName: 'Trần Thị Bình', award: 'LDTT' }, // more than half
  { fullName: 'Lê Văn Đức', award: 'CSTD_CS' },
  { fullName: 'Lê Văn Dũng', award: 'LDTT' },
  { fullName: 'Đặng Thị Ánh', award: 'LDTT' },
];

describe.each(ENGINES)('council and secret ballot on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let t: string;
  let ward: string;
  let officerId: string;
  const members: Record<string, string> = {};
  const clients: Record<string, TestClient> = {};
  let officer: TestClient;
  let councilId: string;

  const as = async (username: string) => {
    if (clients[username]) return clients[username];
    const c = new TestClient(app);
    await c.signIn(username, FIXTURE_PASSWORD);
    return (clients[username] = c);
  };
  const M = ['m.chair', 'm.vice', 'm.secretary', 'm.member1', 'm.member2'];

  /** A meeting on a fresh round with the given nominees, attendance taken, voting open. */
  async function openMeeting(opts: { present?: string[]; period: string; list?: typeof NOMINEES }) {
    const round = await acceptedRound(d.db, t, {
      orgId: ward,
      createdBy: officerId,
      period: opts.period,
      nominees: opts.list ?? NOMINEES,
    });
    const created = await officer.post('/api/v1/meetings', {
      roundId: round.roundId,
      councilId,
      heldOn: isoDateInVietnam(now()),
      place: 'Hội trường UBND phường',
    }); // voting opens only from the meeting's day
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const att = await officer.request('PUT', `/api/v1/meetings/${id}/attendance`, {
      present: (opts.present ?? M).map((u) => members[u]),
    });
    expect(att.status).toBe(200);
    const opened = await officer.post(`/api/v1/meetings/${id}/open`);
    expect(opened.status, JSON.stringify(opened.body)).toBe(201 === opened.status ? 201 : 200);
    return { id, round, meeting: opened.body };
  }

  /** Casts `member`'s paper: 'y'/'n'/'a' per agenda ordinal, '-' to leave an item out. */
  async function cast(
    meeting: { id: string; items: { nomineeId: string }[] },
    member: string,
    marks: string,
    recusals: { nomineeId: string; reason: string }[] = [],
  ) {
    const c = await as(member);
    const map = { y: 'yes', n: 'no', a: 'abstain' } as const;
    const choices = meeting.items
      .map((it, i) => ({ nomineeId: it.nomineeId, mark: marks[i] }))
      .filter((x) => x.mark && x.mark !== '-')
      .map((x) => ({ nomineeId: x.nomineeId, choice: map[x.mark as 'y'] }));
    return c.post(`/api/v1/meetings/${meeting.id}/ballot`, { choices, recusals });
  }

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    t = await tenantOf(d.db);
    ward = await orgIdByCode(d.db, t, 'T.W1');
    officerId = await userId(d.db, t, 'ward.officer');
    // The chair is the ward chairman: a signer, not a 'council' account; he votes as a member.
    Object.assign(
      members,
      await addUsers(d.db, t, ward, FIXTURE_PASSWORD, [
        { username: 'm.chair', fullName: 'Chủ tịch Phường', role: 'signer' },
        { username: 'm.vice', fullName: 'Phó Chủ tịch Hội đồng', role: 'council' },
        { username: 'm.secretary', fullName: 'Thư ký Hội đồng', role: 'council' },
        { username: 'm.member1', fullName: 'Ủy viên Một', role: 'council' },
        { username: 'm.member2', fullName: 'Ủy viên Hai', role: 'council' },
        { username: 'outsider', fullName: 'Người ngoài Hội đồng', role: 'council' },
      ]),
    );
    officer = await as('ward.officer');
  });
  afterAll(() => d?.close());

  it('lets the office build a council of users, audited, and refuses bad input with Vietnamese field labels', async () => {
    const candidates = await officer.get(`/api/v1/councils/candidates?orgId=${ward}`);
    expect(candidates.body.items.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(M));
    expect(candidates.body.total).toBe(candidates.body.items.length);
    // A province's list comes a page at a time, searched in SQL (diacritics ignored).
    const page1 = await officer.get(`/api/v1/councils/candidates?orgId=${ward}&pageSize=2`);
    const page2 = await officer.get(`/api/v1/councils/candidates?orgId=${ward}&pageSize=2&page=2`);
    expect(page1.body).toMatchObject({ total: candidates.body.total, page: 1, pageSize: 2 });
    expect(page1.body.items).toHaveLength(2);
    const paged = [...page1.body.items, ...page2.body.items].map((u: { userId: string }) => u.userId);
    expect(new Set(paged).size).toBe(4);
    const found = await officer.get(`/api/v1/councils/candidates?orgId=${ward}&q=uy%20vien%20hai`);
    expect(found.body.items.map((u: { username: string }) => u.username)).toEqual(['m.member2']);
    expect(found.body.items[0].roles).toEqual(['Thành viên Hội đồng TĐKT']);
    expect(found.body.total).toBe(1);
    const bad = await officer.post('/api/v1/councils', {
      orgId: ward,
      name: '',
      termFrom: '01/13/2026',
      members: [{ userId: members['m.chair'], role: 'boss', fullName: 'X' }],
    });
    expect(bad.status).toBe(400);
    const labels = bad.body.error.fields.map((f: { label: string }) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['Tên Hội đồng', 'Nhiệm kỳ từ ngày', 'Vai trò trong Hội đồng']));
    const roles = ['chair', 'vice_chair', 'secretary', 'member', 'member'];
    const created = await officer.post('/api/v1/councils', {
      orgId: ward,
      name: 'Hội đồng Thi đua - Khen thưởng phường Mường Lay',
      termFrom: '2025-07-01',
      members: M.map((u, i) => ({
        userId: members[u],
        role: roles[i],
        fullName: `Thành viên ${u}`,
        position: i === 0 ? 'Chủ tịch UBND phường' : 'Ủy viên',
      })),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    councilId = created.body.id;
    expect(created.body.members[0]).toMatchObject({ role: 'chair', roleLabel: 'Chủ tịch Hội đồng' });
    const clerk = await as('clerk.school');
    expect(
      (await clerk.post('/api/v1/councils', { orgId: ward, name: 'X', termFrom: '2025-07-01', members: [] })).status,
    ).toBe(403);
    const audit = await officer.request('GET', `/api/v1/audit?entityId=${councilId}`);
    if (audit.status === 200) expect(audit.body.items[0].action).toBe('council.create');
    // Names as printed are set by the office.
    const patched = await officer.patch(`/api/v1/councils/${councilId}`, {
      members: M.map((u, i) => ({
        userId: members[u],
        role: roles[i],
        fullName: ['Lò Văn Chủ', 'Quàng Thị Phó', 'Cầm Văn Thư', 'Lường Văn Một', 'Tòng Thị Hai'][i],
        position: 'Ủy viên',
      })),
      reason: 'Theo quyết định kiện toàn Hội đồng',
    });
    expect(patched.status).toBe(200);
  });

  it('runs the whole flow: agenda in order with dated thresholds, quorum, papers, count, close, results, notification', async () => {
    const round = await acceptedRound(d.db, t, {
      orgId: ward,
      createdBy: officerId,
      period: '2026',
      nominees: NOMINEES,
    });
    const created = await officer.post('/api/v1/meetings', {
      roundId: round.roundId,
      councilId,
      heldOn: '2026-12-05',
      place: 'Hội trường UBND phường',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const m = created.body;
    expect(m.status).toBe('draft');
    // Unit (Trạm Y tế before Trường THCS) then Vietnamese name order (given name first).
    expect(m.items.map((i: { displayName: string }) => i.displayName)).toEqual([
      'Đặng Thị Ánh',
      'Lê Văn Dũng',
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Đức',
    ]);
    const an = m.items.find((i: { displayName: string }) => i.displayName === 'Nguyễn Văn An');
    // The national 80% (from the replaced NĐ 98/2023) applies, but its doubtful basis never leaves the server.
    expect(an.threshold).toMatchObject({ share: 0.8, of: 'all', strict: false, basis: null, confirmed: false });
    expect(m.items[0].threshold).toMatchObject({ share: 0.5, strict: true });
    // The same nominees cannot be put before a second open meeting.
    const again = await officer.post('/api/v1/meetings', {
      roundId: round.roundId,
      councilId,
      heldOn: '2026-12-06',
      place: 'X',
    });
    expect(again.status).toBe(409);

    // No voting before opening; opening needs a roll call and the quorum (2/3 of 5 → 4).
    expect((await cast(m, 'm.vice', 'yyyyy')).status).toBe(409);
    expect((await officer.post(`/api/v1/meetings/${m.id}/open`)).status).toBe(409);
    const few = await officer.request('PUT', `/api/v1/meetings/${m.id}/attendance`, {
      present: ['m.chair', 'm.vice', 'm.secretary'].map((u) => members[u]),
    });
    expect(few.body.quorum).toMatchObject({ met: false, required: 4 });
    const refused = await officer.post(`/api/v1/meetings/${m.id}/open`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Có mặt 3\/5/);
    // The secretary may take the roll call too; a plain member may not.
    expect(
      (await (await as('m.member1')).request('PUT', `/api/v1/meetings/${m.id}/attendance`, { present: [] })).status,
    ).toBe(403);
    const all = await (await as('m.secretary')).request('PUT', `/api/v1/meetings/${m.id}/attendance`, {
      present: M.map((u) => members[u]),
    });
    expect(all.body.quorum.met).toBe(true);
    expect((await (await as('m.member1')).post(`/api/v1/meetings/${m.id}/open`)).status).toBe(403);
    const opened = await officer.post(`/api/v1/meetings/${m.id}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ status: 'voting', memberCount: 5, presentCount: 5, ballotsCast: 0 });
    expect((await officer.get('/api/v1/notifications')).status).toBe(200);
    expect((await (await as('m.chair')).get('/api/v1/notifications')).body.items[0]).toMatchObject({
      kind: 'ballot.open',
      link: `/phieu-bau/${m.id}`,
    });

    // Ordinals: 1 Ánh (LĐTT) 2 Dũng (LĐTT) 3 An (CSTĐCS) 4 Bình (LĐTT) 5 Đức (CSTĐCS).
    // Ánh 3 yes → passes (> 50% of 5); Dũng 2 yes → fails; An 4 yes → passes (80%); Bình 5 yes; Đức 3 yes → fails.
    const papers: Record<string, string> = {
      'm.chair': 'yyyyy',
      'm.vice': 'yyyyy',
      'm.secretary': 'ynyyy',
      'm.member1': 'nnyyn',
      'm.member2': 'nnnya',
    };
    const receipts: Record<string, string> = {};
    for (const [u, marks] of Object.entries(papers)) {
      const r = await cast(m, u, marks);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.receiptCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      receipts[u] = r.body.receiptCode;
      const live = (await officer.get(`/api/v1/meetings/${m.id}`)).body;
      // Only the number of papers, no running count per item.
      expect(live.items.every((i: { yes: number | null }) => i.yes === null)).toBe(true);
    }
    expect((await officer.get(`/api/v1/meetings/${m.id}`)).body.ballotsCast).toBe(5);
    expect((await cast(m, 'outsider', 'yyyyy')).status).toBe(403);

    // A member finds his paper with his code, during the vote.
    const mine = await (await as('m.member2')).post(`/api/v1/meetings/${m.id}/receipt`, {
      code: receipts['m.member2'].toLowerCase(),
    });
    expect(mine.body.found).toBe(true);
    expect(mine.body.items.map((i: { choice: string }) => i.choice)).toEqual(['no', 'no', 'no', 'yes', 'abstain']);

    const closed = await officer.post(`/api/v1/meetings/${m.id}/close`);
    expect(closed.status).toBe(200);
    const res = Object.fromEntries(closed.body.items.map((i: { displayName: string }) => [i.displayName, i]));
    expect(res['Đặng Thị Ánh']).toMatchObject({
      yes: 3,
      no: 2,
      abstain: 0,
      passed: true,
      nomineeStatus: 'passed',
      required: 3,
    });
    expect(res['Lê Văn Dũng']).toMatchObject({ yes: 2, no: 3, passed: false, nomineeStatus: 'failed' });
    expect(res['Nguyễn Văn An']).toMatchObject({ yes: 4, no: 1, passed: true, required: 4 });
    expect(res['Trần Thị Bình']).toMatchObject({ yes: 5, passed: true });
    expect(res['Lê Văn Đức']).toMatchObject({ yes: 3, no: 1, abstain: 1, passed: false, required: 4 });
    expect(res['Lê Văn Đức'].resultText).toMatch(/3\/5 phiếu đồng ý/);
    const [row] = await d.db.select().from(nominees).where(eq(nominees.id, round.nominees['Nguyễn Văn An']));
    expect(row).toMatchObject({ status: 'passed', active: true });
    // A failed nominee gives up the (person, award, period) slot, so he can be proposed again.
    const [failed] = await d.db.select().from(nominees).where(eq(nominees.id, round.nominees['Lê Văn Dũng']));
    expect(failed).toMatchObject({ status: 'failed', active: false });
    const note = await d.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.tenantId, t), eq(notifications.kind, 'meeting.closed')));
    expect(note.map((n) => n.userId)).toContain(officerId);

    // After closing too, the code still finds the paper.
    const after = await (await as('m.chair')).post(`/api/v1/meetings/${m.id}/receipt`, { code: receipts['m.chair'] });
    expect(after.body.items.map((i: { choice: string }) => i.choice)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes']);
  });

  it("snapshots the vote rule in force on the meeting date, with the tenant's overrides", async () => {
    await d.db.insert(ruleOverrides).values({
      tenantId: t,
      id: crypto.randomUUID(),
      key: 'procedure.voteRules.1.share',
      value: 0.6,
      effectiveFrom: '2033-01-01',
      reason: 'Quy chế mới của tỉnh',
      createdBy: officerId,
    });
    const before = await acceptedRound(d.db, t, {
      orgId: ward,
      createdBy: officerId,
      period: '2033',
      nominees: [NOMINEES[0]],
    });
    const m1 = await officer.post('/api/v1/meetings', {
      roundId: before.roundId,
      councilId,
      heldOn: '2032-12-31',
      place: 'Hội trường',
    });
    expect(m1.body.items[0].threshold.share).toBe(0.8);
    const after = await acceptedRound(d.db, t, {
      orgId: ward,
      createdBy: officerId,
      period: '2034',
      nominees: [NOMINEES[2]],
    });
    const m2 = await officer.post('/api/v1/meetings', {
      roundId: after.roundId,
      councilId,
      heldOn: '2033-01-02',
      place: 'Hội trường',
    });
    expect(m2.body.items[0].threshold).toMatchObject({
      share: 0.6,
      of: 'all',
      text: 'Từ 60% tổng số thành viên Hội đồng',
    });
    // A council's meeting must fall within its term.
    const out = await officer.post('/api/v1/meetings', {
      roundId: after.roundId,
      councilId,
      heldOn: '2020-01-01',
      place: 'Hội trường',
    });
    expect(out.status).toBe(400);
    expect(out.body.error.fields[0]).toMatchObject({ field: 'heldOn', label: 'Ngày họp' });
  });

  it("does not open the vote before the meeting's day and time", async () => {
    const r = await acceptedRound(d.db, t, {
      orgId: ward,
      createdBy: officerId,
      period: '2031',
      nominees: [NOMINEES[1]],
    });
    const later = new Date(now().getTime() + 3 * 86_400_000);
    const day = isoDateInVietnam(later);
    const bad = await officer.post('/api/v1/meetings', {
      roundId: r.roundId,
      councilId,
      heldOn: day,
      startsAt: '25:00',
      place: 'Hội trường',
    });
    expect(bad.status).toBe(400);
    const m = await officer.post('/api/v1/meetings', {
      roundId: r.roundId,
      councilId,
      heldOn: day,
      startsAt: '14:30',
      place: 'Hội trường',
    });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    expect(m.body.startsAt).toBe('14:30');
    const refused = await officer.post(`/api/v1/meetings/${m.body.id}/open`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      `Chưa đến giờ họp (14:30 ngày ${formatDateVN(day)}): chưa thể mở bỏ phiếu.`,
    );
  });

  it('closing is final: no reopening, no late paper, no new roll call', async () => {
    const { id, meeting } = await openMeeting({ period: '2030', list: NOMINEES.slice(0, 2), present: M.slice(0, 4) });
    expect((await cast(meeting, 'm.chair', 'yy')).status).toBe(201);
    expect((await officer.post(`/api/v1/meetings/${id}/close`)).status).toBe(200);
    const twice = await officer.post(`/api/v1/meetings/${id}/close`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/Đã kết thúc/);
    expect((await officer.post(`/api/v1/meetings/${id}/open`)).status).toBe(409);
    expect((await cast(meeting, 'm.vice', 'yy')).status).toBe(409);
    expect((await officer.request('PUT', `/api/v1/meetings/${id}/attendance`, { present: [] })).status).toBe(409);
    // Partial participation: one paper of four present; LĐTT needs 3 of 5.
    const final = (await officer.get(`/api/v1/meetings/${id}`)).body;
    expect(final.items.map((i: { yes: number; passed: boolean }) => [i.yes, i.passed])).toEqual([
      [1, false],
      [1, false],
    ]);
    // Absent members have no paper.
    const absent = await openMeeting({ period: '2031', list: NOMINEES.slice(0, 1), present: M.slice(0, 4) });
    const r = await cast(absent.meeting, 'm.member2', 'y');
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/không có mặt/);
    await officer.post(`/api/v1/meetings/${absent.id}/close`);
  });

  it('takes one paper per member, also when the same member sends several at once', async () => {
    const { id, meeting } = await openMeeting({ period: '2027', list: NOMINEES.slice(0, 2) });
    const results = await Promise.all([
      cast(meeting, 'm.vice', 'yy'),
      cast(meeting, 'm.vice', 'nn'),
      cast(meeting, 'm.vice', 'aa'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.message).toMatch(/đã bỏ phiếu/);
    const second = await cast(meeting, 'm.vice', 'yy');
    expect(second.status).toBe(409);
    // Different members at once all go in, and the box holds exactly their rows.
    const others = await Promise.all(
      ['m.chair', 'm.secretary', 'm.member1', 'm.member2'].map((u) => cast(meeting, u, 'yn')),
    );
    expect(others.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    // While voting, the box is one sealed row that has been rewritten once per paper; no plain ballot.
    const [sealed] = await d.db.select().from(ballotBoxes).where(eq(ballotBoxes.meetingId, id));
    expect(sealed.generation).toBe(5);
    expect(await d.db.select().from(ballots).where(eq(ballots.meetingId, id))).toHaveLength(0);
    // At the tally the box holds exactly their rows.
    expect((await officer.post(`/api/v1/meetings/${id}/close`)).status).toBe(200);
    const box = await d.db.select().from(ballots).where(eq(ballots.meetingId, id));
    expect(box).toHaveLength(10);
    expect(await d.db.select().from(ballotBoxes).where(eq(ballotBoxes.meetingId, id))).toHaveLength(0);
    // An incomplete paper is refused naming what is missing, and writes nothing.
    const incomplete = await openMeeting({ period: '2032', list: NOMINEES.slice(0, 2) });
    const r = await cast(incomplete.meeting, 'm.chair', 'y-');
    expect(r.status).toBe(400);
    expect(r.body.error.fields[0].message).toMatch(/Còn 1 nội dung/);
    expect((await d.db.select().from(ballotBoxes).where(eq(ballotBoxes.meetingId, incomplete.id)))[0].generation).toBe(
      0,
    );
    expect((await cast(incomplete.meeting, 'm.chair', 'yy')).status).toBe(201);
  });

  it('gives a member who stepped aside no ballot for that item, and takes him out of the base', async () => {
    const list = [NOMINEES[0], NOMINEES[1]]; // An (CSTĐCS, 80%), Bình (LĐTT, > 50%)
    const { id, meeting } = await openMeeting({ period: '2028', list });
    const [an, binh] = meeting.items as { nomineeId: string; displayName: string }[];
    expect(an.displayName).toBe('Nguyễn Văn An');
    // Recusal needs a reason.
    const noReason = await (await as('m.member1')).post(`/api/v1/meetings/${id}/recusals`, {
      nomineeId: an.nomineeId,
      reason: '  ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].label).toBe('Lý do');
    const rec = await (await as('m.member1')).post(`/api/v1/meetings/${id}/recusals`, {
      nomineeId: an.nomineeId,
      reason: 'Là người thân (vợ) của người được đề nghị',
    });
    expect(rec.status).toBe(200);
    // A choice for the item he stepped aside from is refused; the rest of his paper is taken.
    const wrong = await cast(meeting, 'm.member1', 'yy');
    expect(wrong.status).toBe(400);
    expect((await cast(meeting, 'm.member1', '-y')).status).toBe(201);
    // Another member steps aside on the paper itself.
    expect(
      (
        await cast(meeting, 'm.member2', '-n', [
          { nomineeId: an.nomineeId, reason: 'Cùng tổ chuyên môn, có xung đột lợi ích' },
        ])
      ).status,
    ).toBe(201);
    for (const u of ['m.chair', 'm.vice', 'm.secretary']) expect((await cast(meeting, u, 'yy')).status).toBe(201);
    const closed = (await officer.post(`/api/v1/meetings/${id}/close`)).body;
    const anRows = await d.db
      .select()
      .from(ballots)
      .where(and(eq(ballots.meetingId, id), eq(ballots.nomineeId, an.nomineeId)));
    expect(anRows).toHaveLength(3);
    // An: 3 yes of a base of 5 − 2 recused = 3; 80% → needs 3: passes. Bình: 4 yes of 5: passes.
    expect(closed.items[0]).toMatchObject({ yes: 3, no: 0, recusedCount: 2, required: 3, passed: true });
    expect(closed.items[0].resultText).toMatch(/không tính 2 thành viên/);
    expect(closed.items[0].recusals.map((r: { reason: string }) => r.reason)).toContain(
      'Là người thân (vợ) của người được đề nghị',
    );
    expect(closed.items[1]).toMatchObject({ yes: 4, no: 1, recusedCount: 0, passed: true });
    void binh;
  });

  it('keeps the ballot secret: no linking column, no order, no time, nothing in the audit; receipts reveal nothing to a wrong code', async () => {
    const { id, meeting } = await openMeeting({ period: '2029', list: NOMINEES });
    // The ballots table: no voter, no time.
    const cols = rowsOf<{ column_name: string }>(
      await d.db.execute(
        sql`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'ballots'`,
      ),
    ).map((c) => c.column_name);
    expect(cols.sort()).toEqual(['choice', 'id', 'meeting_id', 'nominee_id', 'receipt_hash', 'tenant_id']);
    // No table but the ballots has a choice or a receipt, and no table referring to a meeting
    // and a user besides who is on the council, who attended, who stepped aside, who has voted.
    const all = rowsOf<{ table_name: string; column_name: string }>(
      await d.db.execute(
        sql`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`,
      ),
    );
    const byTable = new Map<string, string[]>();
    for (const c of all) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
    expect(
      [...byTable].filter(([, cs]) => cs.some((c) => c === 'choice' || c.includes('receipt'))).map(([n]) => n),
    ).toEqual(['ballots']);
    // (created_by is the office that wrote a record, e.g. who published a notice.)
    const userish = (c: string) =>
      c === 'user_id' ||
      c.endsWith('_user_id') ||
      (c.endsWith('_by') && c !== 'created_by') ||
      c === 'voter' ||
      c === 'member_id';
    const linked = [...byTable]
      .filter(([, cs]) => cs.includes('meeting_id') && cs.some(userish))
      .map(([n]) => n)
      .sort();
    expect(linked).toEqual(['ballot_participation', 'meeting_attendance', 'recusals']);
    const fks = rowsOf<{ table_name: string }>(
      await d.db.execute(sql`SELECT DISTINCT tc.table_name FROM information_schema.table_constraints tc
        JOIN information_schema.constraint_column_usage u ON u.constraint_name = tc.constraint_name AND u.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() AND u.table_name = 'users' AND tc.table_name IN ('ballots', 'ballot_participation')`),
    );
    expect(fks.map((f) => f.table_name)).not.toContain('ballots');
    const partCols = byTable.get('ballot_participation')!.sort();
    expect(partCols).toEqual(['meeting_id', 'tenant_id', 'user_id']);

    // While voting, no plain ballot exists: every cast rewrites the one sealed row, every byte of
    // it, growing by the same size per entry whatever the choice.
    const sealedBox = async () => (await d.db.select().from(ballotBoxes).where(eq(ballotBoxes.meetingId, id)))[0]!;
    let previous = Buffer.from((await sealedBox()).sealed);
    const sizes: number[] = [previous.length];
    const receipts: string[] = [];
    for (const u of M) {
      const r = await cast(meeting, u, u === 'm.member2' ? 'nnnnn' : 'yyyyy');
      expect(r.status).toBe(201);
      receipts.push(r.body.receiptCode);
      expect(await d.db.select().from(ballots).where(eq(ballots.meetingId, id))).toHaveLength(0);
      const now = Buffer.from((await sealedBox()).sealed);
      sizes.push(now.length);
      const common = Math.min(now.length, previous.length);
      let same = 0;
      for (let i = 1; i < common; i++) if (now[i] === previous[i]) same++;
      // Bytes equal by chance: about 1 in 256 (the first byte is the format).
      expect(same).toBeLessThan(common / 20 + 4);
      previous = now;
    }
    expect(new Set(sizes.slice(1).map((x, i) => x - sizes[i]!)).size).toBe(1);
    await officer.post(`/api/v1/meetings/${id}/close`);
    // Rows of one paper do not share a hash: the box cannot be regrouped into papers.
    const hashes = (
      await d.db.select({ receiptHash: ballots.receiptHash }).from(ballots).where(eq(ballots.meetingId, id))
    ).map((b) => b.receiptHash);
    expect(hashes).toHaveLength(25);
    expect(new Set(hashes).size).toBe(hashes.length);
    // The audit says who cast, never what, never the code.
    const entries = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, t), eq(auditLog.action, 'ballot.cast'), eq(auditLog.entityId, id)));
    expect(entries).toHaveLength(5);
    for (const e of entries) {
      const text = JSON.stringify(e);
      expect(e.before).toBeNull();
      expect(e.after).toBeNull();
      expect(text).not.toMatch(/"(yes|no|abstain)"|Đồng ý|Không đồng ý|receipt/i);
      for (const code of receipts) {
        expect(text).not.toContain(code);
        expect(text).not.toContain(code.replace('-', ''));
      }
    }
    // Nobody reads the box through the API: the office sees only the count.
    const office = (await officer.get(`/api/v1/meetings/${id}`)).body;
    expect(office.ballotsCast).toBe(5);
    expect(JSON.stringify(office)).not.toMatch(/receipt|"choice"/);

    // Receipts: the right code finds the paper, a wrong or malformed one finds nothing.
    const member2 = await as('m.member2');
    const ok = await member2.post(`/api/v1/meetings/${id}/receipt`, { code: receipts[4] });
    expect(ok.body.items.map((i: { choice: string }) => i.choice)).toEqual(['no', 'no', 'no', 'no', 'no']);
    for (const code of ['ABCDE-FGHJK', 'abc', receipts[0].slice(0, 9) + (receipts[0].endsWith('A') ? 'B' : 'A')]) {
      const miss = await member2.post(`/api/v1/meetings/${id}/receipt`, { code });
      expect(miss.status).toBe(200);
      expect(miss.body).toEqual({ found: false, items: [] });
    }
    // Another meeting's code does not open this box.
    expect((await (await as('outsider')).post(`/api/v1/meetings/${id}/receipt`, { code: receipts[0] })).status).toBe(
      403,
    );
    expect((await officer.post(`/api/v1/meetings/${id}/receipt`, { code: receipts[0] })).status).toBe(403);
  });

  it("lists councils, meetings and a member's meetings a page at a time, inside the actor's reach", async () => {
    type Row = { id: string; roundId: string; status: string; heldOn: string };
    const all = (await officer.get('/api/v1/meetings?pageSize=200')).body as { items: Row[]; total: number };
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(3);
    // Newest meeting day first, and the pages of two rows are that same list cut in pieces.
    const days = all.items.map((m) => m.heldOn);
    expect(days).toEqual([...days].sort().reverse());
    const paged: Row[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 2); page++) {
      const res = await officer.get(`/api/v1/meetings?pageSize=2&page=${page}`);
      expect(res.status).toBe(200);
      expect([res.body.total, res.body.page, res.body.pageSize]).toEqual([all.total, page, 2]);
      paged.push(...res.body.items);
    }
    expect(paged.map((m) => m.id)).toEqual(all.items.map((m) => m.id));
    const closed = (await officer.get('/api/v1/meetings?status=closed')).body;
    expect(closed.total).toBe(all.items.filter((m) => m.status === 'closed').length);
    // The province's office reaches the ward's meetings; a school's clerk runs no round: nothing.
    expect((await (await as('officer')).get('/api/v1/meetings')).body.total).toBe(all.total);
    const clerk = await as('clerk.school');
    expect((await clerk.get('/api/v1/meetings')).body).toMatchObject({ items: [], total: 0 });
    expect((await clerk.get('/api/v1/councils')).body).toMatchObject({ items: [], total: 0 });
    expect((await clerk.get('/api/v1/meetings/rounds')).body).toMatchObject({ items: [], total: 0 });

    const councils = (await officer.get('/api/v1/councils?pageSize=1')).body;
    expect([councils.items.length, councils.items[0].id]).toEqual([1, councilId]);
    expect(councils.items[0].members).toHaveLength(5);
    expect(councils.items[0].meetingCount).toBe(all.total);
    expect((await officer.get(`/api/v1/councils?orgId=${await orgIdByCode(d.db, t, 'T')}`)).body.total).toBe(0);

    // A fresh round: its five accepted nominees wait for a meeting; it comes first.
    const fresh = await acceptedRound(d.db, t, {
      orgId: ward,
      createdBy: officerId,
      period: '2035',
      nominees: NOMINEES,
    });
    const rounds = (await officer.get('/api/v1/meetings/rounds?pageSize=1')).body;
    expect(rounds.items.map((r: { id: string; waiting: number }) => [r.id, r.waiting])).toEqual([[fresh.roundId, 5]]);
    expect(rounds.total).toBeGreaterThan(new Set(all.items.map((m) => m.roundId)).size);

    // A member's meetings: every meeting of his council, newest first, one per page.
    const chair = await as('m.chair');
    const mine = (await chair.get('/api/v1/meetings/mine?pageSize=200')).body;
    expect(mine.total).toBe(all.total);
    const second = (await chair.get('/api/v1/meetings/mine?pageSize=1&page=2')).body;
    expect([second.total, second.items.length, second.items[0].id]).toEqual([all.total, 1, mine.items[1].id]);
    expect((await chair.get('/api/v1/meetings/mine?pageSize=500')).status).toBe(400);
  });
});

// Public notice (công khai) on each database engine: the office publishes the list a closed
// meeting passed; anyone reads it and writes without signing in; a complaint withholds the
// nominee (an open pending matter) until the office resolves it; codes are tracked publicly.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { auditLog, nominees, notifications, pendingMatters } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';
import { acceptedRound, addUsers, orgIdByCode, tenantOf, userId } from '../councils/testing.js';

describe.each(ENGINES)('public notice on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let t: string;
  let officer: TestClient;
  let nomineeIds: Record<string, string>;
  let meetingId: string;
  let slug: string;
  let noticeId: string;
  const pub = (method: string, path: string, body?: unknown) =>
    Promise.resolve(
      app.request(`/api/v1${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      }),
    ).then(async (r: Response) => ({ status: r.status, body: await r.json() }));
  const statusOf = async (id: string) => (await d.db.select().from(nominees).where(eq(nominees.id, id)))[0]!.status;

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    t = await tenantOf(d.db);
    const ward = await orgIdByCode(d.db, t, 'T.W1');
    const officerId = await userId(d.db, t, 'ward.officer');
    const ms = await addUsers(
      d.db,
      t,
      ward,
      FIXTURE_PASSWORD,
      [1, 2, 3].map((i) => ({ username: `hd${i}`, fullName: `Ủy viên ${i}`, role: 'council' as const })),
    );
    officer = new TestClient(app);
    await officer.signIn('ward.officer', FIXTURE_PASSWORD);
    const council = await officer.post('/api/v1/councils', {
      orgId: ward,
      name: 'Hội đồng TĐKT phường',
      termFrom: '2025-07-01',
      members: Object.values(ms).map((userId, i) => ({
        userId,
        role: i === 0 ? 'chair' : 'member',
        fullName: `Ủy viên ${i + 1}`,
      })),
    });
    const round = await acceptedRound(d.db, t, {
      orgId: ward,
      createdBy: officerId,
      name: 'Tổng kết năm 2026 phường Mường Lay',
      nominees: [
        { fullName: 'Nguyễn Văn An', award: 'LDTT' },
        { fullName: 'Trần Thị Bình', award: 'LDTT' },
        { fullName: 'Lê Văn Dũng', award: 'LDTT' },
      ],
    });
    nomineeIds = round.nominees;
    const m = await officer.post('/api/v1/meetings', {
      roundId: round.roundId,
      councilId: council.body.id,
      heldOn: '2026-12-05',
      place: 'Hội trường',
    });
    meetingId = m.body.id;
    // Publishing before the count is refused.
    const early = await officer.post(`/api/v1/meetings/${meetingId}/notice`, {});
    expect(early.status).toBe(409);
    await officer.request('PUT', `/api/v1/meetings/${meetingId}/attendance`, { present: Object.values(ms) });
    const opened = await officer.post(`/api/v1/meetings/${meetingId}/open`);
    const items = opened.body.items as { nomineeId: string; displayName: string }[];
    for (const u of ['hd1', 'hd2', 'hd3']) {
      const c = new TestClient(app);
      await c.signIn(u, FIXTURE_PASSWORD);
      // Dũng gets no votes: he fails and is not published.
      const r = await c.post(`/api/v1/meetings/${meetingId}/ballot`, {
        choices: items.map((i) => ({ nomineeId: i.nomineeId, choice: i.displayName === 'Lê Văn Dũng' ? 'no' : 'yes' })),
      });
      expect(r.status).toBe(201);
    }
    await officer.post(`/api/v1/meetings/${meetingId}/close`);
  });
  afterAll(() => d?.close());

  it('publishes the passed nominees with the notice period from the dated rules, once', async () => {
    // The meeting offers the legal minimum as the default period; fewer days are refused.
    expect((await officer.get(`/api/v1/meetings/${meetingId}`)).body.noticeRule).toEqual({
      minDays: 10,
      working: false,
    });
    const short = await officer.post(`/api/v1/meetings/${meetingId}/notice`, { days: 5 });
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0]).toMatchObject({
      field: 'days',
      message: 'Thời hạn công khai tối thiểu là 10 ngày.',
    });
    const r = await officer.post(`/api/v1/meetings/${meetingId}/notice`, {});
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.entries.map((e: { name: string }) => e.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(r.body.entries[0]).toMatchObject({
      unit: 'Trường THCS Mường Lay',
      awardName: expect.stringMatching(/Lao động tiên tiến/),
    });
    const days = (Date.parse(r.body.endsOn) - Date.parse(r.body.publishedOn)) / 86_400_000;
    expect(days).toBe(9); // 10 calendar days, the first counted
    expect(r.body.slug).toMatch(/^tong-ket-nam-2026-phuong-muong-lay-[a-z0-9]{6}$/);
    slug = r.body.slug;
    noticeId = r.body.id;
    expect((await officer.post(`/api/v1/meetings/${meetingId}/notice`, {})).status).toBe(409);
    const audit = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, t), eq(auditLog.action, 'notice.publish')));
    expect(audit).toHaveLength(1);
  });

  it('shows the notice and the index without sign-in', async () => {
    const index = await pub('GET', '/public/notices');
    expect(index.status).toBe(200);
    expect(index.body.items.map((i: { slug: string }) => i.slug)).toContain(slug);
    const page = await pub('GET', `/public/notices/${slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      title: 'Công khai danh sách đề nghị khen thưởng: Tổng kết năm 2026 phường Mường Lay',
      issuer: 'Phường Mường Lay',
      inForce: true,
    });
    expect(page.body.entries).toHaveLength(2);
    expect((await pub('GET', '/public/notices/khong-co')).status).toBe(404);
    // The office's routes stay behind sign-in.
    expect((await pub('GET', `/api/v1/notices/${noticeId}`.replace('/api/v1', ''))).status).toBe(401);
  });

  it('validates feedback with Vietnamese field messages and writes nothing', async () => {
    const bad = await pub('POST', `/public/notices/${slug}/feedback`, {
      kind: 'complaint',
      senderName: ' ',
      content: 'ngắn',
      nomineeId: nomineeIds['Lê Văn Dũng'],
    });
    expect(bad.status).toBe(400);
    const fields = Object.fromEntries(
      bad.body.error.fields.map((f: { field: string; label: string; message: string }) => [f.field, f]),
    );
    expect(fields.senderName).toMatchObject({ label: 'Họ và tên người gửi', message: 'Không được để trống.' });
    expect(fields.content.message).toMatch(/ít nhất 10 ký tự/);
    const notOnList = await pub('POST', `/public/notices/${slug}/feedback`, {
      kind: 'complaint',
      senderName: 'Lò Văn Tám',
      content: 'Người này không có trong danh sách công khai.',
      nomineeId: nomineeIds['Lê Văn Dũng'],
    });
    expect(notOnList.status).toBe(400);
    expect(notOnList.body.error.fields[0].label).toBe('Người (tập thể) được phản ánh');
    expect(await d.db.select().from(pendingMatters).where(eq(pendingMatters.tenantId, t))).toHaveLength(0);
  });

  it('takes a comment and a complaint without sign-in; the complaint withholds the nominee until resolved', async () => {
    const comment = await pub('POST', `/public/notices/${slug}/feedback`, {
      kind: 'comment',
      senderName: 'Lò Thị Xuân',
      contact: '0912 345 678',
      content: 'Đề nghị bổ sung thêm thành tích của tổ dân phố.',
    });
    expect(comment.status).toBe(201);
    expect(comment.body.trackingCode).toMatch(/^PA-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const an = nomineeIds['Nguyễn Văn An'];
    const c1 = await pub('POST', `/public/notices/${slug}/feedback`, {
      kind: 'complaint',
      senderName: 'Quàng Văn Sơn',
      content: 'Ông An chưa hoàn thành nhiệm vụ năm 2026 như báo cáo.',
      nomineeId: an,
    });
    const c2 = await pub('POST', `/public/notices/${slug}/feedback`, {
      kind: 'complaint',
      senderName: 'Cầm Thị Hoa',
      content: 'Tôi cũng phản ánh về thành tích của ông An.',
      nomineeId: an,
    });
    expect([c1.status, c2.status]).toEqual([201, 201]);
    expect(await statusOf(an)).toBe('withheld');
    const open = await d.db
      .select()
      .from(pendingMatters)
      .where(
        and(
          eq(pendingMatters.tenantId, t),
          eq(pendingMatters.personId, (await d.db.select().from(nominees).where(eq(nominees.id, an)))[0]!.personId!),
        ),
      );
    expect(open).toHaveLength(2);
    expect(open.every((p) => p.kind === 'complaint' && p.resolvedOn === null)).toBe(true);
    // The office is told.
    const told = await d.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.tenantId, t), eq(notifications.kind, 'notice.feedback')));
    expect(told.length).toBeGreaterThanOrEqual(3);
    // Anyone with the code sees its status, nothing else.
    const tracked = await pub('GET', `/public/feedback?ma=${c1.body.trackingCode.toLowerCase()}`);
    expect(tracked.body).toMatchObject({
      status: 'open',
      statusLabel: 'Đang xử lý',
      kindLabel: 'Phản ánh, khiếu nại',
      resolution: null,
    });
    expect(JSON.stringify(tracked.body)).not.toMatch(/Quàng Văn Sơn|chưa hoàn thành/);
    expect((await pub('GET', '/public/feedback?ma=PA-2222-2222')).status).toBe(404);
    // Both complaints are petitions of the register (issue 13), with the notice's codes; the comment is not.
    const register = (await officer.get('/api/v1/petitions?pageSize=50')).body.items as {
      trackingCode: string;
      channel: string;
      kind: string;
      withholds: boolean;
      status: string;
    }[];
    const fromNotice = register.filter((p) => p.channel === 'notice');
    expect(fromNotice.map((p) => p.trackingCode).sort()).toEqual([c1.body.trackingCode, c2.body.trackingCode].sort());
    expect(fromNotice.every((p) => p.kind === 'complaint' && p.withholds)).toBe(true);

    // The office resolves: a reason is required; one complaint still open keeps the nominee withheld.
    const notice = (await officer.get(`/api/v1/notices/${noticeId}`)).body;
    expect(notice.feedback).toHaveLength(3);
    expect(notice.entries.find((e: { name: string }) => e.name === 'Nguyễn Văn An').withheld).toBe(true);
    const f1 = notice.feedback.find((f: { trackingCode: string }) => f.trackingCode === c1.body.trackingCode);
    const f2 = notice.feedback.find((f: { trackingCode: string }) => f.trackingCode === c2.body.trackingCode);
    expect(
      (await officer.post(`/api/v1/notice-feedback/${f1.id}/resolve`, { outcome: 'dismissed', resolution: '' })).status,
    ).toBe(400);
    const r1 = await officer.post(`/api/v1/notice-feedback/${f1.id}/resolve`, {
      outcome: 'dismissed',
      resolution: 'Đã xác minh: ông An hoàn thành xuất sắc nhiệm vụ, phản ánh không có cơ sở.',
    });
    expect(r1.status).toBe(200);
    expect(await statusOf(an)).toBe('withheld');
    expect(
      (await officer.post(`/api/v1/notice-feedback/${f1.id}/resolve`, { outcome: 'resolved', resolution: 'Lần hai' }))
        .status,
    ).toBe(409);
    await officer.post(`/api/v1/notice-feedback/${f2.id}/resolve`, {
      outcome: 'resolved',
      resolution: 'Đã trả lời trực tiếp bà Hoa; thành tích được xác nhận.',
    });
    expect(await statusOf(an)).toBe('passed');
    const closedPetitions = (await officer.get('/api/v1/petitions?pageSize=50')).body.items as {
      trackingCode: string;
      status: string;
    }[];
    expect(closedPetitions.find((p) => p.trackingCode === c1.body.trackingCode)?.status).toBe('rejected');
    expect(closedPetitions.find((p) => p.trackingCode === c2.body.trackingCode)?.status).toBe('answered');
    const closedMatters = await d.db.select().from(pendingMatters).where(eq(pendingMatters.tenantId, t));
    expect(closedMatters.every((p) => p.resolvedOn !== null)).toBe(true);
    const done = await pub('GET', `/public/feedback?ma=${c1.body.trackingCode}`);
    expect(done.body).toMatchObject({
      status: 'dismissed',
      statusLabel: 'Không có cơ sở',
      resolution: expect.stringMatching(/không có cơ sở/),
    });
    const audit = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, t), eq(auditLog.action, 'notice_feedback.resolve')));
    expect(audit).toHaveLength(2);
    expect(audit[1]!.summary).toMatch(/tiếp tục xét Nguyễn Văn An/);
    // A clerk cannot resolve.
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    expect((await clerk.get(`/api/v1/notices/${noticeId}`)).status).toBe(403);
  });

  it('throttles feedback per address', async () => {
    const statuses: number[] = [];
    // Five accepted per address in ten minutes (this file's earlier tests used four).
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await pub('POST', `/public/notices/${slug}/feedback`, {
            kind: 'comment',
            senderName: 'Người gửi',
            content: `Góp ý số ${i} về danh sách công khai.`,
          })
        ).status,
      );
    expect(statuses).toEqual([201, 429, 429]);
    const r = await pub('POST', `/public/notices/${slug}/feedback`, {
      kind: 'comment',
      senderName: 'Người gửi',
      content: 'Thêm một góp ý nữa.',
    });
    expect(r.body.error.message).toMatch(/quá nhiều lần/);
  });
});

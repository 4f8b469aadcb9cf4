// The petition register on each database engine: the office records and settles petitions with
// their statutory due dates; a complaint about a nominee withholds the award (pending matter, and
// the eligibility engine) until it is answered; the public files and looks up without signing in;
// anonymous denunciations and duplicates follow the law; notice complaints join the register.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { auditLog, nominees, notifications, pendingMatters, petitions } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { PETITION_RULES_2019, petitionDeadline } from '../../domain/petitions/index.js';
import { addWorkingDays, PROCEDURE_2025 } from '../../domain/rounds/procedure.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { createApp } from '../../server/app.js';
import { now as clockNow } from '../../server/clock.js';
import { verifyAuditChain } from '../audit/append.js';
import { acceptedRound, orgIdByCode, tenantOf, userId } from '../councils/testing.js';
import { notifyPetitionDeadlines } from './deadline-notices.js';

const H = PROCEDURE_2025.holidays.dates;

describe.each(ENGINES)('petitions on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let t: string;
  let ward: string;
  let officer: TestClient;
  let nomineeIds: Record<string, string>;
  const pub = (method: string, path: string, body?: unknown) =>
    Promise.resolve(
      app.request(`/api/v1${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      }),
    ).then(async (r: Response) => ({ status: r.status, body: await r.json() }));
  const nomineeStatus = async (id: string) =>
    (await d.db.select().from(nominees).where(eq(nominees.id, id)))[0]!.status;

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    t = await tenantOf(d.db);
    ward = await orgIdByCode(d.db, t, 'T.W1');
    const round = await acceptedRound(d.db, t, {
      orgId: ward,
      createdBy: await userId(d.db, t, 'ward.officer'),
      nominees: [
        { fullName: 'Nguyễn Văn An', award: 'LDTT' },
        { fullName: 'Trần Thị Bình', award: 'LDTT' },
      ],
    });
    nomineeIds = round.nominees;
    // The council passed both.
    await d.db.update(nominees).set({ status: 'passed' }).where(eq(nominees.roundId, round.roundId));
    officer = new TestClient(app);
    await officer.signIn('ward.officer', FIXTURE_PASSWORD);
  });
  afterAll(() => d?.close());

  it('a complaint about a nominee withholds the award until it is answered, then releases it', async () => {
    const an = nomineeIds['Nguyễn Văn An']!;
    const created = await officer.post('/api/v1/petitions', {
      orgId: ward,
      kind: 'complaint',
      channel: 'paper',
      senderName: 'Lê Thị Hoa',
      senderAddress: 'Tổ 3, phường Mường Lay',
      title: 'Khiếu nại việc đề nghị danh hiệu Lao động tiên tiến',
      content: 'Người được đề nghị đã bị kỷ luật khiển trách trong năm, đề nghị xem xét lại.',
      nomineeId: an,
    });
    expect(created.status).toBe(201);
    const p = created.body;
    expect(p.trackingCode).toMatch(/^DT-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(p).toMatchObject({ status: 'received', dueStage: 'accept', withholds: true, kindLabel: 'Khiếu nại' });
    expect(p.subjectName).toContain('Nguyễn Văn An');
    expect(p.dueDate).toBe(
      petitionDeadline({ kind: 'complaint', receivedOn: p.receivedOn }, PETITION_RULES_2019, H).dueDate,
    );
    expect(p.dueBasis[0].basis).toContain('Điều 27');
    expect(await nomineeStatus(an)).toBe('withheld');
    const [pm] = await d.db
      .select()
      .from(pendingMatters)
      .where(eq(pendingMatters.id, (await row(p.id)).pendingMatterId!));
    expect(pm).toMatchObject({ kind: 'complaint', resolvedOn: null });

    // The eligibility engine withholds the person too.
    const personId = (await d.db.select().from(nominees).where(eq(nominees.id, an)))[0]!.personId!;
    const v = await officer.get(`/api/v1/people/${personId}/eligibility`);
    expect(v.status).toBe(200);
    expect(v.body.items.every((i: { output: { withheld: boolean } }) => i.output.withheld)).toBe(true);

    // Listed with its statutory due date.
    const list = await officer.get('/api/v1/petitions');
    expect(list.status).toBe(200);
    expect(list.body.items.find((i: { id: string }) => i.id === p.id)).toMatchObject({ dueDate: p.dueDate });

    // Answering before acceptance is refused.
    expect(
      (await officer.post(`/api/v1/petitions/${p.id}/answer`, { answer: 'Đã xem xét, trả lời bà Hoa.' })).status,
    ).toBe(409);
    const acc = await officer.post(`/api/v1/petitions/${p.id}/classify`, { complexity: 'complex' });
    expect(acc.status).toBe(200);
    const accepted = await officer.post(`/api/v1/petitions/${p.id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', dueStage: 'settle' });
    expect(accepted.body.dueDate).toBe(
      petitionDeadline(
        { kind: 'complaint', receivedOn: p.receivedOn, acceptedOn: accepted.body.acceptedOn, complexity: 'complex' },
        PETITION_RULES_2019,
        H,
      ).dueDate,
    );
    expect(accepted.body.dueBasis[0].basis).toContain('Điều 28');
    // Extending is for denunciations only.
    expect((await officer.post(`/api/v1/petitions/${p.id}/extend`, { note: 'Cần xác minh thêm' })).status).toBe(409);

    const answered = await officer.post(`/api/v1/petitions/${p.id}/answer`, {
      answerNo: '25/UBND-VHXH',
      answer: 'Qua kiểm tra, ông An không bị kỷ luật trong năm; việc đề nghị là đúng quy định.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', withholds: false, deadlineState: 'closed' });
    expect(await nomineeStatus(an)).toBe('passed');
    const [closed] = await d.db.select().from(pendingMatters).where(eq(pendingMatters.id, pm!.id));
    expect(closed!.resolvedOn).not.toBeNull();
    const v2 = await officer.get(`/api/v1/people/${personId}/eligibility`);
    expect(v2.body.items.some((i: { output: { withheld: boolean } }) => i.output.withheld)).toBe(false);

    // The answer as a DOCX, and every step in the audit log.
    const doc = await officer.get(`/api/v1/petitions/${p.id}/answer.docx`);
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toContain('wordprocessingml');
    const actions = (
      await d.db
        .select({ a: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, t), eq(auditLog.entityId, p.id)))
    ).map((r) => r.a);
    expect(actions).toEqual(
      expect.arrayContaining(['petition.receive', 'petition.classify', 'petition.accept', 'petition.answer']),
    );
  });

  it('a citizen files without signing in, gets a code and looks up the status', async () => {
    const rec = await pub('GET', '/public/petitions/recipients');
    expect(rec.status).toBe(200);
    const sent = await pub('POST', '/public/petitions', {
      recipientId: ward,
      kind: 'recommendation',
      senderName: 'Phạm Văn Tâm',
      senderAddress: 'Bản Na Lay',
      title: 'Kiến nghị khen thưởng người có việc làm tốt',
      content: 'Anh Lò Văn Sáng đã cứu hai em nhỏ đuối nước, đề nghị xem xét khen thưởng đột xuất.',
    });
    expect(sent.status).toBe(201);
    expect(sent.body.trackingCode).toMatch(/^DT-/);
    const look = await pub(
      'GET',
      `/public/petitions/status?ma=${encodeURIComponent(sent.body.trackingCode.toLowerCase())}`,
    );
    expect(look.status).toBe(200);
    expect(look.body).toMatchObject({ status: 'received', kindLabel: 'Kiến nghị', answer: null });
    expect(look.body.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await pub('GET', '/public/petitions/status?ma=DT-0000-0000')).status).toBe(404);
    // Hostile input: unknown fields, a robot's hidden field, too short a content.
    expect((await pub('POST', '/public/petitions', { ...sentBody(ward), extra: 1 })).status).toBe(400);
    expect((await pub('POST', '/public/petitions', { ...sentBody(ward), website: 'x' })).status).toBe(400);
    const short = await pub('POST', '/public/petitions', { ...sentBody(ward), content: 'ngắn' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0]).toMatchObject({ field: 'content', label: 'Nội dung đơn' });
  });

  it('an anonymous denunciation is recorded, never withholds, and is not accepted (Luật Tố cáo 2018, Điều 25)', async () => {
    const binh = nomineeIds['Trần Thị Bình']!;
    const sent = await pub('POST', '/public/petitions', {
      recipientId: ward,
      kind: 'denunciation',
      title: 'Tố cáo kê khai thành tích không đúng',
      content: 'Bà Trần Thị Bình kê khai thành tích không đúng sự thật trong hồ sơ đề nghị.',
      subjectText: 'Trần Thị Bình',
    });
    expect(sent.status).toBe(201);
    expect(sent.body.anonymous).toBe(true);
    expect(sent.body.notice).toContain('Luật Tố cáo');
    const [p] = await d.db.select().from(petitions).where(eq(petitions.trackingCode, sent.body.trackingCode));
    // Linking it to the nominee does not withhold: the law does not handle it as a denunciation.
    const linked = await officer.post(`/api/v1/petitions/${p!.id}/classify`, { nomineeId: binh });
    expect(linked.status).toBe(200);
    expect(linked.body.withholds).toBe(false);
    expect(await nomineeStatus(binh)).toBe('passed');
    expect(linked.body.acceptBlocked).toContain('Điều 25');
    const acc = await officer.post(`/api/v1/petitions/${p!.id}/accept`, {});
    expect(acc.status).toBe(409);
    expect(acc.body.error.message).toContain('Điều 25');
    const rej = await officer.post(`/api/v1/petitions/${p!.id}/reject`, {
      reason: 'anonymous',
      note: 'Nội dung chung chung, không có chứng cứ: lưu đơn.',
    });
    expect(rej.status).toBe(200);
    expect(rej.body.status).toBe('rejected');
  });

  it('a repeated petition of the same sender on the same subject is marked a duplicate and not accepted', async () => {
    const binh = nomineeIds['Trần Thị Bình']!;
    const body = {
      orgId: ward,
      kind: 'denunciation',
      channel: 'post',
      senderName: 'Vũ Văn Nam',
      senderAddress: 'Tổ 5, phường Mường Lay',
      title: 'Tố cáo kê khai thành tích',
      content: 'Bà Bình kê khai số liệu phong trào không đúng, có biên bản kèm theo.',
      nomineeId: binh,
    };
    const first = await officer.post('/api/v1/petitions', body);
    expect(first.status).toBe(201);
    expect(first.body.withholds).toBe(true);
    expect(await nomineeStatus(binh)).toBe('withheld');
    const second = await officer.post('/api/v1/petitions', { ...body, senderName: 'VŨ VĂN NAM', channel: 'in_person' });
    expect(second.status).toBe(201);
    expect(second.body.duplicateOfCode).toBe(first.body.trackingCode);
    const acc = await officer.post(`/api/v1/petitions/${second.body.id}/accept`, {});
    expect(acc.status).toBe(409);
    expect(acc.body.error.message).toContain(first.body.trackingCode);
    // Closing the duplicate keeps the nominee withheld: the first petition still holds it.
    await officer.post(`/api/v1/petitions/${second.body.id}/reject`, {
      reason: 'duplicate',
      note: 'Trùng đơn đã nhận.',
    });
    expect(await nomineeStatus(binh)).toBe('withheld');
    // The first is accepted with the denunciation's deadline; a complex case may be extended once.
    await officer.post(`/api/v1/petitions/${first.body.id}/classify`, { complexity: 'complex' });
    const acc1 = await officer.post(`/api/v1/petitions/${first.body.id}/accept`, {});
    expect(acc1.body.dueBasis[0].basis).toContain('Điều 30');
    const ext = await officer.post(`/api/v1/petitions/${first.body.id}/extend`, { note: 'Xác minh tại hai đơn vị' });
    expect(ext.status).toBe(200);
    expect(ext.body.extensions).toBe(1);
    expect(ext.body.dueBasis).toHaveLength(2);
    expect((await officer.post(`/api/v1/petitions/${first.body.id}/extend`, { note: 'Lần nữa' })).status).toBe(409);
    await officer.post(`/api/v1/petitions/${first.body.id}/answer`, {
      answer: 'Tố cáo không đúng: số liệu khớp biên bản.',
    });
    expect(await nomineeStatus(binh)).toBe('passed');
  });

  it('filters and pages in SQL, exports the register to Excel, and keeps other units out', async () => {
    const page = await officer.get('/api/v1/petitions?pageSize=2&page=1');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(4);
    const answered = await officer.get('/api/v1/petitions?status=answered');
    expect(answered.body.items.every((i: { status: string }) => i.status === 'answered')).toBe(true);
    const found = await officer.get(`/api/v1/petitions?q=${encodeURIComponent('Lê Thị Hoa')}`);
    expect(found.body.items).toHaveLength(1);
    // Without diacritics, in any case, the words in any order: the same petition.
    const plain = await officer.get(`/api/v1/petitions?q=${encodeURIComponent('HOA le thi')}`);
    expect(plain.body.items.map((i: { id: string }) => i.id)).toEqual(
      found.body.items.map((i: { id: string }) => i.id),
    );
    const x = await officer.get('/api/v1/petitions/export?status=answered');
    expect(x.status).toBe(200);
    expect(x.headers.get('content-type')).toContain('spreadsheetml');
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    const none = await clerk.get('/api/v1/petitions');
    expect(none.body.items).toHaveLength(0);
    const one = page.body.items[0];
    expect((await clerk.get(`/api/v1/petitions/${one.id}`)).status).toBe(403);
  });

  it('the petition form finds nominees under consideration by name, without diacritics, in the officer’s units only', async () => {
    const found = await officer.get(`/api/v1/petitions/subjects?q=${encodeURIComponent('tran THI binh')}`);
    expect(found.status).toBe(200);
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({ nomineeId: nomineeIds['Trần Thị Bình'] });
    expect(found.body.items[0].label).toMatch(/^Trần Thị Bình — /u);
    expect(found.body.items[0].statusLabel).toBeTruthy();
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    expect((await clerk.get(`/api/v1/petitions/subjects?q=${encodeURIComponent('Trần')}`)).body.items).toHaveLength(0);
    expect((await officer.get(`/api/v1/petitions/subjects?q=${'x'.repeat(101)}`)).status).toBe(400);
  });

  it('warns the officers handling a petition once as its deadline nears and once when it passes', async () => {
    const now = clockNow();
    const today = isoDateInVietnam(now);
    const file = async (title: string) =>
      (
        await officer.post('/api/v1/petitions', {
          orgId: ward,
          kind: 'reflection',
          channel: 'paper',
          senderName: 'Phạm Văn Khoa',
          senderAddress: 'Tổ 5, phường Mường Lay',
          title,
          content: 'Phản ánh việc bình xét chưa công khai.',
        })
      ).body.id as string;
    const soon = await file('Phản ánh A: sắp đến hạn');
    const late = await file('Phản ánh B: đã quá hạn');
    const far = await file('Phản ánh C: còn xa hạn');
    const done = await file('Phản ánh D: đã trả lời');
    expect((await officer.post(`/api/v1/petitions/${done}/accept`, {})).status).toBe(200);
    const answered = await officer.post(`/api/v1/petitions/${done}/answer`, { answer: 'Đã trả lời người phản ánh.' });
    expect(answered.body.status).toBe('answered');
    // Due dates set directly: A tomorrow's working day (assigned to the province officer), B
    // yesterday, C well beyond the warning period, D closed though its date has passed.
    const officerId = await userId(d.db, t, 'officer');
    const wardOfficer = await userId(d.db, t, 'ward.officer');
    const yesterday = isoDateInVietnam(new Date(now.getTime() - 24 * 3600_000));
    await d.db
      .update(petitions)
      .set({ dueDate: addWorkingDays(today, 1, H), assigneeId: officerId })
      .where(eq(petitions.id, soon));
    await d.db.update(petitions).set({ dueDate: yesterday }).where(eq(petitions.id, late));
    await d.db
      .update(petitions)
      .set({ dueDate: addWorkingDays(today, 30, H) })
      .where(eq(petitions.id, far));
    await d.db.update(petitions).set({ dueDate: yesterday }).where(eq(petitions.id, done));
    const about = async (id: string) =>
      (
        await d.db
          .select()
          .from(notifications)
          .where(eq(notifications.link, `/don-thu/${id}`))
      ).filter((n) => n.kind.startsWith('petition.deadline.'));

    const first = await notifyPetitionDeadlines(d.db, now, { batchSize: 2, pauseMs: 0 });
    expect(first.warned).toBeGreaterThanOrEqual(2);
    const a = await about(soon);
    expect(a.map((n) => [n.userId, n.kind])).toEqual([[officerId, 'petition.deadline.due_soon']]);
    expect(a[0]!.title).toContain('sắp đến hạn');
    expect(a[0]!.body).toContain('còn 1 ngày làm việc');
    const b = await about(late);
    expect(b.map((n) => n.kind)).toEqual(['petition.deadline.overdue']);
    expect(b.map((n) => n.userId)).toContain(wardOfficer);
    expect(b[0]!.body).toContain(`${yesterday.slice(8, 10)}/${yesterday.slice(5, 7)}/${yesterday.slice(0, 4)}`);
    expect(await about(far)).toHaveLength(0);
    expect(await about(done)).toHaveLength(0);

    // Again, or after a restart the same day: nothing more.
    expect(await notifyPetitionDeadlines(d.db, now)).toEqual({ warned: 0, notices: 0 });
    // A's date passes: one overdue warning for A, none again for B.
    const later = new Date(now.getTime() + 7 * 24 * 3600_000);
    await notifyPetitionDeadlines(d.db, later);
    expect((await about(soon)).map((n) => n.kind).sort()).toEqual([
      'petition.deadline.due_soon',
      'petition.deadline.overdue',
    ]);
    expect(await about(late)).toHaveLength(1);
    // A new due date (an extension) is a new deadline: warned again when it nears.
    await d.db
      .update(petitions)
      .set({ dueDate: addWorkingDays(isoDateInVietnam(later), 2, H) })
      .where(eq(petitions.id, late));
    await notifyPetitionDeadlines(d.db, later);
    expect((await about(late)).map((n) => n.kind).sort()).toEqual([
      'petition.deadline.due_soon',
      'petition.deadline.overdue',
    ]);
    const audit = await d.db.select().from(auditLog).where(eq(auditLog.action, 'petition.deadline_notice'));
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit.every((x) => x.actorUserId === null)).toBe(true);
    expect((await verifyAuditChain(d.db, t)).ok).toBe(true);
  });

  async function row(id: string) {
    return (await d.db.select().from(petitions).where(eq(petitions.id, id)))[0]!;
  }
});

const sentBody = (recipientId: string) => ({
  recipientId,
  kind: 'reflection',
  senderName: 'Người dân',
  senderAddress: 'Phường Mường Lay',
  title: 'Phản ánh',
  content: 'Nội dung phản ánh đủ dài để hợp lệ.',
});

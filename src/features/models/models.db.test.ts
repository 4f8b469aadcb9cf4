// Exemplary models, consent and what is public (issue 12), on each database engine: a model is
// public only with a recorded consent; withdrawing takes the page down at once; the public pages
// never carry an identity number, birth date or phone; photos lose their location metadata.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { auditLog, files, modelConsents, people, planTasks } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { createApp } from '../../server/app.js';
import { now as clockNow } from '../../server/clock.js';
import { orgIdByCode, tenantOf } from '../councils/testing.js';

/** A tiny JPEG carrying an Exif (GPS) segment, as a phone writes it. */
function jpegWithExif() {
  const exif = [0xff, 0xe1, 0x00, 0x0a, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x47, 0x50];
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, ...exif, 0xff, 0xda, 0, 2, 1, 2, 0xff, 0xd9]);
}

describe.each(ENGINES)('exemplary models and the public portal on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let t: string;
  let ward: string;
  let officer: TestClient;
  /** The province's standing officer: reviews the ward's articles. */
  let reviewer: TestClient;
  let p1: { id: string; cccd: string; birthDate: string };
  const page = async (path: string) => {
    const r = await app.request(path);
    return { status: r.status, text: await r.text(), type: r.headers.get('content-type') ?? '' };
  };

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    t = await tenantOf(d.db);
    ward = await orgIdByCode(d.db, t, 'T.W1');
    const [p] = await d.db
      .select({ id: people.id, cccd: people.cccd, birthDate: people.birthDate })
      .from(people)
      .where(and(eq(people.tenantId, t), eq(people.fullName, 'Nguyễn Văn An')));
    p1 = p as typeof p1;
    await d.db.update(people).set({ phone: '0912345678' }).where(eq(people.id, p1.id));
    officer = new TestClient(app);
    await officer.signIn('ward.officer', FIXTURE_PASSWORD);
    reviewer = new TestClient(app);
    await reviewer.signIn('officer', FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await d.close();
  });

  let model: { id: string; slug: string; publicPath: string };

  it('suggests the person from the award records, then registers the model with its awards as achievements', async () => {
    const s = await officer.get(`/api/v1/models/suggestions?minAwards=2`);
    expect(s.status).toBe(200);
    expect(s.body.items.map((i: { name: string }) => i.name)).toContain('Nguyễn Văn An');
    const r = await officer.post('/api/v1/models', {
      kind: 'individual',
      personId: p1.id,
      areaOrgId: ward,
      field: 'giao_duc',
      headline: 'Thầy giáo tận tụy với học trò vùng cao',
      story: 'Hơn mười năm gắn bó với trường.\n\nThầy vận động học sinh bỏ học trở lại lớp.',
      origin: 'suggested',
    });
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('draft');
    expect(r.body.isPublic).toBe(false);
    expect(r.body.achievements.map((a: { period: string }) => a.period).sort()).toEqual(['2024', '2025']);
    model = r.body;
    expect((await page(model.publicPath)).status).toBe(404);
  });

  it('refuses to publish without a recorded consent (Nghị định 13/2023)', async () => {
    const r = await officer.post(`/api/v1/models/${model.id}/publish`);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/đồng ý/);
    expect((await page(model.publicPath)).status).toBe(404);
  });

  it('refuses a story that carries a phone number or identity number, naming the field', async () => {
    const r = await officer.patch(`/api/v1/models/${model.id}`, { story: 'Liên hệ thầy qua số 0912 345 678.' });
    expect(r.status).toBe(400);
    expect(r.body.error.fields[0]).toMatchObject({ field: 'story', label: 'Câu chuyện điển hình' });
    const r2 = await officer.patch(`/api/v1/models/${model.id}`, { headline: `Số CCCD ${p1.cccd}` });
    expect(r2.status).toBe(400);
  });

  it('publishes with consent: who, when, for what; the public page shows name, unit and awards and no personal data', async () => {
    const c = await officer.post(`/api/v1/models/${model.id}/consents`, {
      givenBy: 'Nguyễn Văn An',
      capacity: 'Bản thân',
      givenOn: '01/12/2025',
      purposes: 'Đăng câu chuyện và thành tích trên cổng thông tin',
    });
    expect(c.status).toBe(201);
    expect(c.body.consents[0]).toMatchObject({ givenBy: 'Nguyễn Văn An', givenOn: '2025-12-01', withdrawnAt: null });
    const p = await officer.post(`/api/v1/models/${model.id}/publish`);
    expect(p.status).toBe(200);
    expect(p.body.isPublic).toBe(true);

    const pub = await page(model.publicPath);
    expect(pub.status).toBe(200);
    expect(pub.type).toContain('text/html');
    expect(pub.text).toContain('<h1>Nguyễn Văn An</h1>');
    expect(pub.text).toContain('Trường THCS Mường Lay');
    expect(pub.text).toContain('Chiến sĩ thi đua cơ sở');
    expect(pub.text).toMatch(/<meta name="description" content="Thầy giáo tận tụy/);
    expect(pub.text).toContain('property="og:title"');
    const [y, m, dd] = p1.birthDate.split('-');
    for (const secret of [p1.cccd, '0912345678', `${dd}/${m}/${y}`, p1.birthDate, 'Tổ dân phố 1, phường'])
      expect(pub.text).not.toContain(secret);
    expect(pub.text).not.toContain('<script');
  });

  it('lists it on /cong-khai/guong-dien-hinh, found without diacritics and by area and field', async () => {
    const hit = await page('/cong-khai/guong-dien-hinh?q=nguyen+van+an');
    expect(hit.text).toContain(`href="${model.publicPath}"`);
    const byArea = await page(`/cong-khai/guong-dien-hinh?dia-ban=${ward}&linh-vuc=giao_duc`);
    expect(byArea.text).toContain(`href="${model.publicPath}"`);
    const otherField = await page('/cong-khai/guong-dien-hinh?linh-vuc=y_te');
    expect(otherField.text).not.toContain(`href="${model.publicPath}"`);
    const home = await page('/cong-khai');
    expect(home.text).toContain(`href="${model.publicPath}"`);
    const sitemap = await page('/sitemap.xml');
    expect(sitemap.text).toContain(model.publicPath);
  });

  it('stores photos without Exif/GPS and serves them only while the model is public', async () => {
    const jpeg = jpegWithExif();
    const form = new FormData();
    form.set('file', new File([jpeg], 'anh.jpg', { type: 'image/jpeg' }));
    form.set('alt', 'Thầy An trên lớp');
    const r = await officer.request('POST', `/api/v1/models/${model.id}/photos`, form);
    expect(r.status).toBe(201);
    const fileId = r.body.photos[0].fileId as string;
    const [f] = await d.db
      .select()
      .from(files)
      .where(and(eq(files.tenantId, t), eq(files.id, fileId)));
    expect(Buffer.from(f.content).includes(Buffer.from('Exif'))).toBe(false);
    const img = await app.request(`/cong-khai/anh/${fileId}`);
    expect(img.status).toBe(200);
    expect((await page(model.publicPath)).text).toContain('alt="Thầy An trên lớp"');
    model = { ...model, photo: fileId } as typeof model & { photo: string };
  });

  it('shows officers the photos of the model and of its ceremonies, stripped, from a route behind the login', async () => {
    const photo = (model as typeof model & { photo: string }).photo;
    const own = await officer.get(`/api/v1/models/${model.id}/photos/${photo}`);
    expect([own.status, own.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    expect(String(own.body)).not.toContain('Exif');
    // Not for a school clerk (the school is below the model's ward), nor for anyone signed out.
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    expect((await clerk.get(`/api/v1/models/${model.id}/photos/${photo}`)).status).toBe(403);
    expect((await app.request(`/api/v1/models/${model.id}/photos/${photo}`)).status).toBe(401);

    const held = await officer.post(`/api/v1/models/${model.id}/ceremonies`, {
      kind: 'trao_tang',
      heldOn: '2026-05-19',
      place: 'Hội trường UBND phường',
      presentedBy: 'Chủ tịch UBND phường',
    });
    expect(held.status).toBe(201);
    const ceremony = held.body.ceremonies[0];
    const form = new FormData();
    form.set('file', new File([jpegWithExif()], 'le.jpg', { type: 'image/jpeg' }));
    const up = await officer.request('POST', `/api/v1/models/${model.id}/ceremonies/${ceremony.id}/photos`, form);
    expect(up.status).toBe(201);
    const [fileId] = up.body.ceremonies[0].photoFileIds;
    const shown = await officer.get(`/api/v1/models/${model.id}/photos/${fileId}`);
    expect(shown.status).toBe(200);
    expect(String(shown.body)).not.toContain('Exif');
    // A ceremony photo shows other people: it stays off the public portal.
    expect((await app.request(`/cong-khai/anh/${fileId}`)).status).toBe(404);
    expect((await page(model.publicPath)).text).not.toContain(fileId);
    // Another model's photo is not reachable through this model.
    expect((await officer.get(`/api/v1/models/${crypto.randomUUID()}/photos/${fileId}`)).status).toBe(404);
  });

  it('withdrawing consent takes the page, the listing and the photos down at once; the consent record stays', async () => {
    // Never kept without asking again: a browser that read the page revalidates (304 while unchanged).
    const before = await app.request(model.publicPath);
    expect(before.headers.get('cache-control')).toBe('no-cache');
    const tag = before.headers.get('etag') ?? '';
    expect(tag).not.toBe('');
    expect((await app.request(model.publicPath, { headers: { 'if-none-match': tag } })).status).toBe(304);
    const w = await officer.post(`/api/v1/models/${model.id}/consents/withdraw`, { note: 'Gia đình đề nghị gỡ' });
    expect(w.status).toBe(200);
    expect(w.body.isPublic).toBe(false);
    expect(w.body.status).toBe('draft');
    expect((await page(model.publicPath)).status).toBe(404);
    expect((await app.request(model.publicPath, { headers: { 'if-none-match': tag } })).status).toBe(404);
    expect((await page('/cong-khai/guong-dien-hinh?q=nguyen+van+an')).text).not.toContain(model.publicPath);
    const photo = (model as typeof model & { photo: string }).photo;
    expect((await app.request(`/cong-khai/anh/${photo}`)).status).toBe(404);
    const consents = await d.db.select().from(modelConsents).where(eq(modelConsents.modelId, model.id));
    expect(consents).toHaveLength(1);
    expect(consents[0].withdrawnAt).not.toBeNull();
    // Publishing again needs a new consent.
    expect((await officer.post(`/api/v1/models/${model.id}/publish`)).status).toBe(409);
  });

  it('lets only the standing office manage models', async () => {
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    const r = await clerk.post(`/api/v1/models/${model.id}/publish`);
    expect(r.status).toBe(403);
  });

  it('news: draft → review → published by another officer, then on /cong-khai/tin-tuc and in the RSS feed, body escaped', async () => {
    const a = await officer.post('/api/v1/articles', {
      orgId: ward,
      title: 'Tuyên dương thầy giáo vùng cao',
      summary: 'Phường tuyên dương một thầy giáo tiêu biểu.',
      body: '## Câu chuyện\nThầy <b>An</b> **tận tụy**.',
    });
    expect(a.status).toBe(201);
    expect((await officer.post(`/api/v1/articles/${a.body.id}/move`, { to: 'published' })).status).toBe(409);
    expect((await page(a.body.publicPath)).status).toBe(404);
    expect((await officer.post(`/api/v1/articles/${a.body.id}/move`, { to: 'review' })).status).toBe(200);
    // While it waits for review its text is frozen, and its writer may not approve it.
    const edit = await officer.patch(`/api/v1/articles/${a.body.id}`, { title: 'Đổi tiêu đề' });
    expect([edit.status, edit.body.error.code]).toEqual([409, 'ARTICLE_IN_REVIEW']);
    expect((await officer.get(`/api/v1/articles/${a.body.id}`)).body).toMatchObject({
      youEdited: true,
      mayApprove: false,
    });
    const own = await officer.post(`/api/v1/articles/${a.body.id}/move`, { to: 'published' });
    expect([own.status, own.body.error.code]).toEqual([409, 'ARTICLE_SELF_REVIEW']);
    expect(own.body.error.message).toMatch(/không tự duyệt/u);
    expect((await page(a.body.publicPath)).status).toBe(404);
    // A clerk has no right to approve.
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    expect((await clerk.post(`/api/v1/articles/${a.body.id}/move`, { to: 'published' })).status).toBe(403);
    // Another officer does.
    expect((await reviewer.get(`/api/v1/articles/${a.body.id}`)).body).toMatchObject({
      youEdited: false,
      mayApprove: true,
    });
    expect((await reviewer.post(`/api/v1/articles/${a.body.id}/move`, { to: 'published' })).status).toBe(200);
    const pub = await page(a.body.publicPath);
    expect(pub.status).toBe(200);
    expect(pub.text).toContain('Thầy &lt;b&gt;An&lt;/b&gt; <strong>tận tụy</strong>');
    expect((await page('/cong-khai/tin-tuc?q=tuyen+duong')).text).toContain(a.body.publicPath);
    const rss = await page('/cong-khai/tin-tuc/rss.xml');
    expect(rss.type).toContain('application/rss+xml');
    expect(rss.text).toContain('<title>Tuyên dương thầy giáo vùng cao</title>');
    // Taken down and changed by the reviewer: the reviewer is now one of its writers.
    const move = (c: TestClient, to: string) => c.post(`/api/v1/articles/${a.body.id}/move`, { to });
    expect((await move(reviewer, 'withdrawn')).status).toBe(200);
    expect((await move(officer, 'draft')).status).toBe(200);
    expect((await reviewer.patch(`/api/v1/articles/${a.body.id}`, { title: 'Tuyên dương thầy giáo' })).status).toBe(
      200,
    );
    expect((await move(officer, 'review')).status).toBe(200);
    expect((await move(reviewer, 'published')).body.error.code).toBe('ARTICLE_SELF_REVIEW');
  });

  it('a quarterly propaganda task of the plan linked to an article is done when the article is published', async () => {
    const year = Number(isoDateInVietnam(clockNow()).slice(0, 4));
    const plan = await officer.post('/api/v1/plans', {
      orgId: ward,
      year,
      tasks: [{ quarter: 'II', title: 'Đăng 01 tin hoặc bài tuyên truyền gương điển hình trong quý', partners: [] }],
    });
    expect(plan.status).toBe(201);
    const task = (await officer.get(`/api/v1/plans/${plan.body.id}`)).body.tasks[0];
    const a = await officer.post('/api/v1/articles', {
      orgId: ward,
      title: 'Gương sáng khuyến học quý II',
      summary: 'Một gia đình khuyến học tiêu biểu.',
      body: 'Gia đình ông Bình nhiều năm liền có con học giỏi.',
    });
    const link = await officer.post(`/api/v1/plans/${plan.body.id}/tasks/${task.id}/links`, {
      kind: 'article',
      targetId: a.body.id,
    });
    expect(link.status).toBe(201);
    const taskNow = async () =>
      (
        await d.db
          .select()
          .from(planTasks)
          .where(and(eq(planTasks.tenantId, t), eq(planTasks.id, task.id)))
      )[0]!;
    await officer.post(`/api/v1/articles/${a.body.id}/move`, { to: 'review' });
    expect((await taskNow()).status).toBe('in_progress');
    expect((await reviewer.post(`/api/v1/articles/${a.body.id}/move`, { to: 'published' })).status).toBe(200);
    // Done at the moment of publishing, before anyone opens the plan; audited as following the linked work.
    expect((await taskNow()).status).toBe('done');
    const audit = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, task.id), eq(auditLog.action, 'plan.task.status')));
    expect(audit.map((x) => x.summary).join('\n')).toContain('Đang thực hiện → Đã hoàn thành');
    const shown = await officer.get(`/api/v1/plans/${plan.body.id}`);
    const links = shown.body.tasks.find((x: { id: string }) => x.id === task.id).links;
    expect(links).toMatchObject([{ kind: 'article', label: 'Gương sáng khuyến học quý II', progress: 'done' }]);
    // Taken down, the task is open again.
    await officer.post(`/api/v1/articles/${a.body.id}/move`, { to: 'withdrawn' });
    expect((await taskNow()).status).toBe('in_progress');
  });

  it('publishes the decisions of the records with name, unit and award only', async () => {
    const list = await page('/cong-khai/quyet-dinh');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Quyết định số 45/QĐ-UBND');
    const key = /href="\/cong-khai\/quyet-dinh\/([0-9a-f]{32})">Quyết định số 45\/QĐ-UBND/.exec(list.text)![1];
    const one = await page(`/cong-khai/quyet-dinh/${key}`);
    expect(one.text).toContain('Nguyễn Văn An');
    expect(one.text).toContain('Trường THCS Mường Lay');
    expect(one.text).not.toContain(p1.cccd);
    expect((await page('/cong-khai/quyet-dinh/0123456789abcdef0123456789abcdef')).status).toBe(404);
  });

  it('the legal library: the office adds a document and its PDF; the public lists it and downloads the file', async () => {
    const admin = new TestClient(app);
    await admin.signIn('officer', FIXTURE_PASSWORD);
    const doc = await admin.post('/api/v1/legal-documents', {
      kind: 'luat',
      number: '06/2022/QH15',
      title: 'Luật Thi đua, khen thưởng',
      issuer: 'Quốc hội',
      issuedOn: '15/06/2022',
      effectiveOn: '01/01/2024',
    });
    expect(doc.status).toBe(201);
    const form = new FormData();
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    form.set('file', new File([pdf], 'luat-06-2022.pdf', { type: 'application/pdf' }));
    const f = await admin.request('POST', `/api/v1/legal-documents/${doc.body.id}/file`, form);
    expect(f.status).toBe(201);
    const list = await page('/cong-khai/van-ban?q=thi+dua+khen+thuong');
    expect(list.text).toContain('06/2022/QH15');
    const file = await app.request(`/cong-khai/van-ban/${doc.body.id}/tep`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    const refused = await clerk.post('/api/v1/legal-documents', {
      kind: 'quy_che',
      number: '01/QC-THCS',
      title: 'Quy chế thi đua của trường',
      issuer: 'Trường THCS Mường Lay',
      issuedOn: '01/09/2025',
    });
    expect(refused.status).toBe(403);
  });

  it('every public page answers without a session and carries title, description and Open Graph', async () => {
    for (const path of [
      '/cong-khai',
      '/cong-khai/guong-dien-hinh',
      '/cong-khai/quyet-dinh',
      '/cong-khai/tin-tuc',
      '/cong-khai/van-ban',
    ]) {
      const r = await page(path);
      expect(r.status, path).toBe(200);
      expect(r.text).toMatch(/<title>[^<]+<\/title>/);
      expect(r.text).toContain('<meta name="description"');
      expect(r.text).toContain('<meta property="og:url"');
      expect(r.text).toContain('<html lang="vi">');
      expect(r.text).not.toMatch(/<script/);
      expect(r.text).not.toMatch(/\b\d{12}\b/);
    }
  });
});

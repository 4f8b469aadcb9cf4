// The documents of a decision, generated from the database: the decision DOCX with its number,
// names and amounts in figures and words; a certificate with the gold-book number; the payment
// list; the council minutes; a certificate batch as a background job; the khen cao ZIP with its
// manifest; and the Vietnamese file names of the HTTP downloads.
import JSZip from 'jszip';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { files, jobs, organisations, people, roleGrants, users } from '../../db/schema.js';
import { failStaleJobs } from '../imports/jobs.js';
import { docxText } from '../../documents/nd30/inspect.js';
import { hasPdftotext, pdfText } from '../../documents/pdf/inspect.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';
import type { Ctx } from '../../server/context.js';
import { loadActor } from '../../server/session.js';
import {
  getCertificateBatch,
  certificateBatchFile,
  listCertificateBatches,
  startCertificateBatch,
} from './certificates.js';
import {
  certificateDocument,
  decisionDocument,
  minutesDocument,
  paymentListDocument,
  sendUpPackage,
} from './documents.js';
import { draftDecision } from './draft.js';
import { getDecision } from './queries.js';
import { markSentUp } from './send-up.js';
import { signDecision } from './sign.js';
import { CertificateBatchListOut, CertificateBatchOut, CertificateBatchStartOut } from './schema.js';
import { asSent, seedRound } from './testing.js';
import { findInternalMarkers } from '../../documents/internal-markers.js';

const NOW = new Date('2026-11-21T09:00:00+07:00');

describe.each(ENGINES)('decision documents on %s', (engine) => {
  let d: Database;
  let tenantId: string;
  const org: Record<string, string> = {};
  const person: Record<string, string> = {};
  let office: Ctx;
  let signer: Ctx;
  let decisionId: string;
  let r: Awaited<ReturnType<typeof seedRound>>;

  const ctxFor = async (username: string): Promise<Ctx> => {
    const [u] = await d.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.username, username)));
    return { db: d.db, actor: (await loadActor(d.db, tenantId, u.id))!, now: NOW };
  };

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    ({ tenantId } = await seedFixture(d.db));
    for (const o of await d.db.select().from(organisations).where(eq(organisations.tenantId, tenantId)))
      org[o.code] = o.id;
    for (const p of await d.db.select().from(people).where(eq(people.tenantId, tenantId))) person[p.fullName] = p.id;
    const signerId = crypto.randomUUID();
    await d.db.insert(users).values({
      tenantId,
      id: signerId,
      username: 'chutich',
      fullName: 'Lê Văn Dũng',
      passwordHash: 'x',
      personId: person['Lê Văn Dũng'],
    });
    await d.db.insert(roleGrants).values({ tenantId, userId: signerId, role: 'signer', orgId: org['T.W1'] });
    office = await ctxFor('ward.officer');
    signer = await ctxFor('chutich');
    r = await seedRound(d.db, {
      tenantId,
      orgId: org['T.W1'],
      createdBy: office.actor.userId,
      nominees: [
        { unitOrgId: org['T.W1.SCH'], personId: person['Trần Thị Bình'], awardCode: 'CSTD_CS' },
        { unitOrgId: org['T.W1.SCH'], personId: person['Lê Văn Đức'], awardCode: 'LDTT' },
        { unitOrgId: org['T.W1.CLINIC'], personId: person['Đặng Thị Ánh'], awardCode: 'GIAY_KHEN' },
        {
          unitOrgId: org['T.W1.CLINIC'],
          personId: person['Lê Văn Dũng'],
          awardCode: 'BK_TINH',
          achievement: 'Năm 2026 chỉ đạo hoàn thành 100% chỉ tiêu.\nĐược Nhân dân tín nhiệm.',
        },
      ],
      council: [
        { userId: signerId, fullName: 'Lê Văn Dũng', position: 'Chủ tịch UBND phường', role: 'chair' },
        { userId: (await ctxFor('officer')).actor.userId, fullName: 'Cán bộ thường trực', role: 'member' },
        { userId: office.actor.userId, fullName: 'Công chức VHXH phường', role: 'secretary' },
      ],
    });
    decisionId = (await draftDecision(office, r.roundId, {})).id;
  });
  afterAll(() => d?.close());

  it('prints a draft without a number, then the signed decision with number, names and amounts in figures and words', async () => {
    const draft = await docxText((await decisionDocument(office, decisionId, 'docx')).data);
    expect(draft).toMatch(/Số:\s+\/QĐ-UBND/);
    const signed = await signDecision(signer, decisionId);
    expect(signed.numberText).toBe('01/QĐ-UBND');
    const doc = await decisionDocument(office, decisionId, 'docx');
    expect(doc.fileName).toBe('Quyết định 01-QĐ-UBND.docx');
    const text = await docxText(doc.data);
    expect(text).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(text).toMatch(/Độc lập - Tự do - Hạnh phúc/);
    expect(text).toMatch(/Số: 01\/QĐ-UBND/);
    expect(text).toMatch(/Mường Lay, ngày 21 tháng 11 năm 2026/);
    expect(text).toMatch(/CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY/);
    expect(text).toMatch(/Căn cứ Điều 59 Nghị định số 129\/2025\/NĐ-CP/);
    for (const name of ['Trần Thị Bình', 'Lê Văn Đức', 'Đặng Thị Ánh']) expect(text).toContain(name);
    expect(text).not.toContain('Lê Văn Dũng\tChủ tịch'); // BK tỉnh goes up, not in this list
    expect(text).toMatch(/2\.530\.000/);
    expect(text).toMatch(/Tổng số tiền thưởng: 4\.050\.000 đồng \(Bốn triệu không trăm năm mươi nghìn đồng\)/);
    // Mixed awards: Điều 1 uses the neutral words, not "hoàn thành xuất sắc" for an LĐTT.
    expect(text).toMatch(/đã có thành tích trong thực hiện nhiệm vụ năm 2026/u);
    expect(findInternalMarkers(text)).toEqual([]);
    const pdf = await decisionDocument(office, decisionId, 'pdf');
    expect(pdf.data.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPdftotext()) expect(pdfText(pdf.data).replace(/\s+/g, ' ')).toContain('01/QĐ-UBND');
  });

  it('prints one certificate with the decision and gold-book number, A4 and blank mode', async () => {
    const view = await getDecision(office, decisionId);
    const anh = view.items.find((i) => i.displayName === 'Đặng Thị Ánh')!;
    const cert = await certificateDocument(office, decisionId, anh.nomineeId, 'docx', 'full');
    const text = await docxText(cert.data);
    expect(text).toContain('Bà Đặng Thị Ánh');
    expect(text).toMatch(/01\/QĐ-UBND/);
    expect(text).toMatch(new RegExp(`[Ss]ố sổ vàng:?\\s*0?${anh.ordinal}`));
    expect(cert.fileName).toMatch(/^Giấy khen \d+ - Đặng Thị Ánh/u);
    // The LĐTT's certificate is named after the award and praises "hoàn thành tốt nhiệm vụ", never "xuất sắc".
    const duc = view.items.find((i) => i.displayName === 'Lê Văn Đức')!;
    const ldtt = await certificateDocument(office, decisionId, duc.nomineeId, 'docx', 'full');
    expect(ldtt.fileName).toMatch(/^Giấy chứng nhận Lao động tiên tiến \d+ - Lê Văn Đức/u);
    const ldttText = await docxText(ldtt.data);
    expect(ldttText).toContain('Đã hoàn thành tốt nhiệm vụ năm 2026.');
    expect(ldttText).not.toMatch(/xuất sắc/u);
    const blank = await docxText((await certificateDocument(office, decisionId, anh.nomineeId, 'docx', 'blank')).data);
    expect(blank).toContain('Đặng Thị Ánh');
    expect(blank).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('prints the payment list with amounts in figures and words', async () => {
    const pay = await paymentListDocument(office, decisionId, 'docx');
    const text = await docxText(pay.data);
    expect(text).toMatch(/DANH SÁCH CHI TIỀN THƯỞNG/);
    expect(text).toMatch(/Trần Thị Bình[\s\S]*2\.530\.000/);
    expect(text).toMatch(/4\.050\.000/);
    expect(text).toMatch(/Bốn triệu không trăm năm mươi nghìn đồng/);
  });

  it('prints the council minutes of the meeting', async () => {
    const m = await minutesDocument(office, r.meetingId, 'docx');
    const text = await docxText(m.data);
    // The agenda's stored vote rules carry the unconfirmed national basis: never printed.
    expect(findInternalMarkers(text)).toEqual([]);
    expect(text).toMatch(/đạt tỷ lệ tối thiểu 66,7%;/u);
    expect(text).toMatch(/BIÊN BẢN/);
    expect(text).toContain('Trần Thị Bình');
    expect(m.fileName).toBe('Biên bản họp Hội đồng TĐKT ngày 02-11-2026.docx');
  });

  it('runs a certificate batch as a job with progress, and keeps the file', async () => {
    const { id, total } = asSent(
      CertificateBatchStartOut,
      await startCertificateBatch(office, decisionId, 'pdf', 'full'),
    );
    expect(total).toBe(3);
    let job = await getCertificateBatch(office, id);
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      await new Promise((res) => setTimeout(res, 100));
      job = asSent(CertificateBatchOut, await getCertificateBatch(office, id));
    }
    expect(job.error).toBeNull();
    expect(
      asSent(CertificateBatchListOut, await listCertificateBatches(office, decisionId)).items.map((b) => [
        b.id,
        b.status,
        b.fileName,
      ]),
    ).toContainEqual([id, 'done', job.fileName]);
    expect(job).toMatchObject({ status: 'done', processed: 3, total: 3 });
    const f = await certificateBatchFile(office, id);
    // A batch mixing a form and titles is named for both (never "Giấy khen" for an LĐTT).
    expect(f.fileName).toMatch(/^Giấy khen, giấy chứng nhận theo Quyết định 01-QĐ-UBND \(3 bản\)\.pdf$/);
    expect(f.data.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a batch cut off by a restart as failed once the server starts again', async () => {
    const id = crypto.randomUUID();
    await d.db.insert(jobs).values({
      tenantId,
      id,
      kind: 'certificates',
      status: 'running',
      total: 3,
      processed: 1,
      result: { decisionId, format: 'pdf', mode: 'full' },
      createdBy: office.actor.userId,
    });
    expect((await getCertificateBatch(office, id)).status).toBe('running');
    await failStaleJobs(d.db);
    expect(asSent(CertificateBatchOut, await getCertificateBatch(office, id))).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('gián đoạn'),
    });
  });

  it('exports the khen cao package: Tờ trình, reports, minutes, evidence and manifest; then marks them sent up', async () => {
    const dung = r.nomineeIds[3];
    const content = Buffer.from('%PDF-1.4 bằng chứng');
    const sha = (await import('node:crypto')).createHash('sha256').update(content).digest('hex');
    await d.db.insert(files).values({
      tenantId,
      id: crypto.randomUUID(),
      ownerType: 'nominee',
      ownerId: dung,
      fileName: 'Giấy chứng nhận sáng kiến.pdf',
      mime: 'application/pdf',
      size: content.length,
      sha256: sha,
      content,
      uploadedBy: office.actor.userId,
    });
    const pkg = await sendUpPackage(office, r.roundId, [dung]);
    const zip = await JSZip.loadAsync(pkg.data);
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n].dir)
      .sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'manifest.json',
        '01-To-trinh/To trinh de nghi khen thuong.docx',
        '01-To-trinh/To trinh de nghi khen thuong.pdf',
        '02-Bao-cao-thanh-tich/01-Le-Van-Dung.docx',
        '02-Bao-cao-thanh-tich/01-Le-Van-Dung.pdf',
        '03-Bien-ban-hop-Hoi-dong/Bien ban hop Hoi dong TDKT.docx',
      ]),
    );
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.nominees).toHaveLength(1);
    expect(manifest.nominees[0]).toMatchObject({
      name: 'Lê Văn Dũng',
      award: { code: 'BK_TINH' },
      period: '2026',
      subject: { kind: 'individual', personId: person['Lê Văn Dũng'], cccd: '011085000004' },
      verdict: { eligible: true },
    });
    expect(manifest.files).toEqual([
      expect.objectContaining({ name: 'Giấy chứng nhận sáng kiến.pdf', size: content.length, sha256: sha }),
    ]);
    const toTrinh = await docxText(
      await zip.file('01-To-trinh/To trinh de nghi khen thuong.docx')!.async('uint8array'),
    );
    expect(toTrinh).toMatch(/TỜ TRÌNH/);
    expect(toTrinh).toContain('Lê Văn Dũng');
    const report = await docxText(await zip.file('02-Bao-cao-thanh-tich/01-Le-Van-Dung.docx')!.async('uint8array'));
    expect(report).toContain('chỉ đạo hoàn thành 100% chỉ tiêu');
    // The report in the dossier is the prescribed one, pre-filled from the registry.
    expect(report).toMatch(/SƠ LƯỢC LÝ LỊCH[\s\S]*Sinh ngày:[\s\S]*Quê quán:[\s\S]*Trình độ chuyên môn, nghiệp vụ:/u);
    expect(report).toMatch(/CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG[\s\S]*Danh hiệu thi đua[\s\S]*Hình thức khen thưởng/u);
    expect(findInternalMarkers(report)).toEqual([]);
    expect(await markSentUp(office, r.roundId, [dung])).toEqual({ count: 1 });
    const again = await sendUpPackage(office, r.roundId);
    expect(
      JSON.parse(await (await JSZip.loadAsync(again.data)).file('manifest.json')!.async('string')).nominees,
    ).toHaveLength(1);
  });

  it('serves the files over HTTP with Vietnamese names', async () => {
    const app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    const c = new TestClient(app);
    await c.signIn('ward.officer', FIXTURE_PASSWORD);
    const res = await c.get(`/api/v1/decisions/${decisionId}/payment-list?format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Danh sách chi tiền thưởng - Quyết định 01-QĐ-UBND.docx')}`,
    );
    const view = await c.get(`/api/v1/decisions/rounds/${r.roundId}`);
    expect(view.status).toBe(200);
    expect(view.body.decisions).toHaveLength(1);
    expect((await c.post(`/api/v1/decisions/${decisionId}/sign`)).status).toBe(403);
    const bad = await c.post(`/api/v1/decisions/${decisionId}/revoke`, { reason: '' });
    expect(bad.status).toBe(400);
  });
});

// The six-month and annual reports on each engine: figures from the subtree's records against the
// previous year, the narrative saved as versions (a stale save refused), a ward submitting to the
// province which then sees who has and has not reported and the sum, and the DOCX/PDF export.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../documents/nd30/inspect.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp } from '../../db/testing/frame.js';
import { produceReport } from '../../cli/report.js';

describe.each(ENGINES)('period reports on %s', (engine) => {
  const f = fixtureApp(engine);
  const { as } = f;

  const download = async (client: unknown, path: string) => {
    const res = await f.app.request(path, { headers: { cookie: (client as { cookie: string }).cookie } });
    return { status: res.status, raw: new Uint8Array(await res.arrayBuffer()) };
  };

  const award = async (o: { person?: string; org?: string; kind: string; code: string; date: string }) => {
    await f.db.execute(sql`INSERT INTO award_records (tenant_id, id, subject_kind, person_id, org_id, award_code, period, decision_no, decision_date, issuer)
      VALUES (${f.tenantId}, ${crypto.randomUUID()}, ${o.kind}, ${o.person ?? null}, ${o.org ?? null}, ${o.code}, ${o.date.slice(0, 4)}, '1/QĐ-UBND', ${o.date}, 'Chủ tịch UBND')`);
  };

  it('computes the figures, keeps each saved version, rolls a ward up into the province and exports DOCX and PDF', async () => {
    const p = f.people;
    const ward = await as('ward.officer');
    const base = (await ward.get('/api/v1/reports/period?year=2025&kind=year')).body.figures;
    await award({ kind: 'individual', person: p['Trần Thị Bình'], code: 'BK_TINH', date: '2025-03-10' });
    await award({ kind: 'individual', person: p['Trần Thị Bình'], code: 'LDTT', date: '2025-06-10' });
    await award({ kind: 'collective', org: f.orgs['T.W1.SCH'], code: 'TT_LDXS', date: '2025-01-10' });
    await award({ kind: 'individual', person: p['Trần Thị Bình'], code: 'GIAY_KHEN', date: '2024-05-10' }); // previous year

    const first = await ward.get('/api/v1/reports/period?year=2025&kind=year');
    expect(first.status).toBe(200);
    const r = first.body;
    expect(r.unit.code).toBe('T.W1');
    expect(r.receiver).toBe('Ủy ban nhân dân tỉnh thử nghiệm');
    expect(r.period).toEqual({ from: '2024-12-01', to: '2025-11-30' });
    expect(r.version).toBe(0);
    expect(r.figures.awards).toEqual({
      total: base.awards.total + 3,
      state: base.awards.state,
      province: base.awards.province + 1,
      local: base.awards.local + 2,
      titles: base.awards.titles + 2,
      forms: base.awards.forms + 1,
    });
    const line = (code: string) => r.figures.awardLines.find((l: { code: string }) => l.code === code);
    expect(line('BK_TINH')).toMatchObject({ level: 'province', category: 'form' });
    expect(line('TT_LDXS')).toMatchObject({ level: 'local', category: 'title' });
    expect(line('TT_LDXS').collectives).toBeGreaterThanOrEqual(1);
    // The category is the one at award time (viên chức); the previous year counts apart.
    const vc = (b: typeof base) =>
      b.share.lines.find((l: { key: string }) => l.key === 'vien_chuc') ?? { current: 0, previous: 0 };
    expect(r.figures.share.individuals).toBe(base.share.individuals + 2);
    expect(r.figures.share.previousIndividuals).toBe(base.share.previousIndividuals + 1);
    expect(vc(r.figures)).toMatchObject({ current: vc(base).current + 2, previous: vc(base).previous + 1 });
    const total = r.figures.awards.total;

    // Save twice: two versions; a save from the first version's page is refused.
    const narrative = { ...r.narrative, leadership: 'Đoạn lãnh đạo, chỉ đạo do cán bộ phường viết lại.' };
    const saved = await ward.request('PUT', '/api/v1/reports/period/narrative', {
      year: 2025,
      kind: 'year',
      orgId: r.unit.id,
      version: 0,
      narrative,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    const again = await ward.request('PUT', '/api/v1/reports/period/narrative', {
      year: 2025,
      kind: 'year',
      orgId: r.unit.id,
      version: 1,
      narrative: { ...narrative, signerName: 'Nguyễn Văn Chủ' },
    });
    expect(again.body.version).toBe(2);
    expect(again.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const stale = await ward.request('PUT', '/api/v1/reports/period/narrative', {
      year: 2025,
      kind: 'year',
      orgId: r.unit.id,
      version: 1,
      narrative,
    });
    expect(stale.status).toBe(409);
    const bad = await ward.request('PUT', '/api/v1/reports/period/narrative', {
      year: 2025,
      kind: 'year',
      orgId: r.unit.id,
      version: 2,
      narrative: { ...narrative, strengths: `Có ký tự ${String.fromCharCode(0)}` },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('narrative.strengths');
    const audit = await f.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'period_report.save'`);
    expect(((audit as { rows?: { n: number }[] }).rows ?? (audit as unknown as { n: number }[]))[0].n).toBe(2);

    // A viewer reads but does not write.
    const viewer = await as('viewer');
    expect(
      (
        await viewer.request('PUT', '/api/v1/reports/period/narrative', {
          year: 2025,
          kind: 'year',
          orgId: r.unit.id,
          version: 2,
          narrative,
        })
      ).status,
    ).toBe(403);

    // The province sees the ward has not reported yet, then the ward submits and its figures add up.
    const officer = await as('officer');
    const before = (await officer.get('/api/v1/reports/period?year=2025&kind=year')).body;
    const w1 = before.units.find((u: { code: string }) => u.code === 'T.W1');
    expect(w1.status).toBe('draft');
    expect(before.rollup.submitted).toBe(0);
    const sent = await ward.post('/api/v1/reports/period/submit', { year: 2025, kind: 'year', orgId: r.unit.id });
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('submitted');
    expect(sent.body.canEdit).toBe(false);
    const after = (await officer.get('/api/v1/reports/period?year=2025&kind=year')).body;
    expect(after.units.find((u: { code: string }) => u.code === 'T.W1')).toMatchObject({
      status: 'submitted',
      headline: { awards: total, provinceAwards: r.figures.awards.province },
    });
    expect(after.rollup).toMatchObject({
      submitted: 1,
      totals: { awards: total, localAwards: r.figures.awards.local },
    });
    expect(after.units.some((u: { status: string }) => u.status === 'none')).toBe(true);
    // Submitted: no more edits; the province has no parent in the system to submit to.
    expect(
      (
        await ward.request('PUT', '/api/v1/reports/period/narrative', {
          year: 2025,
          kind: 'year',
          orgId: r.unit.id,
          version: 2,
          narrative,
        })
      ).status,
    ).toBe(409);
    expect(
      (await officer.post('/api/v1/reports/period/submit', { year: 2025, kind: 'year', orgId: after.unit.id })).status,
    ).toBe(409);

    // The DOCX carries the header, the figures and the officer's text.
    const docx = await download(
      ward,
      `/api/v1/reports/period/export?year=2025&kind=year&orgId=${r.unit.id}&format=docx`,
    );
    expect(docx.status).toBe(200);
    const text = await docxText(docx.raw);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tổng kết công tác thi đua, khen thưởng năm 2025 và phương hướng, nhiệm vụ năm 2026');
    expect(text).toContain('Đoạn lãnh đạo, chỉ đạo do cán bộ phường viết lại.');
    expect(text).toContain('Bằng khen của Chủ tịch UBND tỉnh');
    expect(text).toContain('Nguyễn Văn Chủ');
    expect(text).toContain('Nơi nhận');
    const pdf = await download(ward, `/api/v1/reports/period/export?year=2025&kind=half&orgId=${r.unit.id}&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(pdf.raw).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the CLI writes the annual report of an organisation as DOCX and PDF', async () => {
    const docx = await produceReport(f.db, { kind: 'annual', year: 2025, period: 'year', org: 'T.W1', format: 'docx' });
    if (!docx.ok) throw new Error(docx.message);
    const text = await docxText(docx.bytes);
    expect(text).toContain('Tổng kết công tác thi đua, khen thưởng năm 2025');
    expect(text).toContain('Ủy ban nhân dân tỉnh thử nghiệm');
    const pdf = await produceReport(f.db, { kind: 'annual', year: 2025, period: 'half', format: 'pdf' });
    expect(pdf.ok && Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    const none = await produceReport(f.db, { kind: 'annual', year: 2025, period: 'year', org: 'NOPE', format: 'docx' });
    expect(none).toEqual({ ok: false, message: 'Không có cơ quan, đơn vị mã "NOPE".' });
  });

  it('the office records which body is a TĐKT office on the organisation, and biểu 0604 counts it', async () => {
    const officer = await as('officer');
    const org = f.orgs['T.C2.VHXH'];
    const before = (await officer.get('/api/v1/reports/statistics?form=0604&year=2025')).body;
    const row05 = (b: { rows: { code: string; values: number[] }[] }) => b.rows.find((r) => r.code === '05')!.values[0];
    const set = await officer.patch(`/api/v1/organisations/${org}`, {
      tdktOffice: 'phong_so_noi_vu',
      reason: 'Biểu 0604',
    });
    expect(set.status).toBe(200);
    expect(set.body.tdktOffice).toBe('phong_so_noi_vu');
    expect(row05((await officer.get('/api/v1/reports/statistics?form=0604&year=2025')).body)).toBe(row05(before) + 1);
    const bad = await officer.patch(`/api/v1/organisations/${org}`, { tdktOffice: 'so' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('tdktOffice');
    const clear = await officer.patch(`/api/v1/organisations/${org}`, { tdktOffice: null });
    expect(clear.body.tdktOffice).toBeNull();
    expect(row05((await officer.get('/api/v1/reports/statistics?form=0604&year=2025')).body)).toBe(row05(before));
  });
});

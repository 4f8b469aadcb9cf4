// The eligibility engine inside the product, on each engine: the contract's HTTP door, a person's
// and an organisation's verdicts from their registry history, the bulk check, officers'
// overrides with a reason, and administrators' parameter changes with effective dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';
import { bulkCheckJobDone } from './bulk-job.js';
import { purgeExpiredBulkResults } from './bulk-retention.js';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, eligibilityBulkRows, files, jobs } from '../../db/schema.js';
import ExcelJS from 'exceljs';

const contractCase = {
  award: 'CSTD_TINH',
  period: '2026',
  decisionDate: '2026-12-15',
  subject: { kind: 'individual', group: 'cbccvc' },
  records: ['2024', '2025', '2026'].map((period) => ({ period, award: 'CSTD_CS', decisionDate: `${period}-12-20` })),
  ratings: [{ period: '2026', rating: 'HTXSNV' }],
  initiatives: [{ id: 'sk-12', recognizedOn: '2026-10-01', scope: 'tinh', usedFor: null }],
};

describe.each(ENGINES)('eligibility in the product on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  const clients: Record<string, TestClient> = {};
  const as = async (u: string) => {
    if (!clients[u]) {
      clients[u] = new TestClient(app);
      await clients[u].signIn(u, FIXTURE_PASSWORD);
    }
    return clients[u];
  };
  const person = async (q: string) =>
    (await (await as('officer')).get(`/api/v1/people?q=${encodeURIComponent(q)}`)).body.items[0];
  const org = async (code: string) =>
    ((await (await as('officer')).get('/api/v1/organisations')).body.items as { id: string; code: string }[]).find(
      (o) => o.code === code,
    )!.id;

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
  });
  afterAll(() => d?.close());

  it('answers the contract over HTTP: one case, a batch in order, and 400 naming the field', async () => {
    const c = await as('viewer');
    expect(
      (await app.request('/api/v1/eligibility/evaluate', { method: 'POST', body: JSON.stringify(contractCase) }))
        .status,
    ).toBe(401);
    const clerk = await as('clerk.school');
    const one = await clerk.post('/api/v1/eligibility/evaluate', contractCase);
    expect(one.status).toBe(200);
    expect(Object.keys(one.body)).toEqual(['award', 'period', 'eligible', 'withheld', 'criteria', 'bonus']);
    expect(one.body).toMatchObject({
      eligible: true,
      withheld: false,
      bonus: { multiplier: 3, baseSalary: 2530000, amount: 7590000 },
    });
    const batch = await clerk.post('/api/v1/eligibility/evaluate', {
      cases: [contractCase, { ...contractCase, decisionDate: '2026-06-15', award: 'CSTD_CS' }],
    });
    expect(
      batch.body.results.map((r: { award: string; bonus: { amount: number } }) => [r.award, r.bonus.amount]),
    ).toEqual([
      ['CSTD_TINH', 7590000],
      ['CSTD_CS', 2340000],
    ]);
    const bad = await clerk.post('/api/v1/eligibility/evaluate', { ...contractCase, award: 'XYZ', extra: 1 });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.fields.map((f: { field: string }) => f.field);
    expect(fields).toContain('award');
    expect(bad.body.error.fields.find((f: { field: string }) => f.field === 'award').message).toMatch(
      /không có trong danh mục/,
    );
    // Catalogue-only codes are not part of the contract: its door refuses them like any unknown code.
    const catalogueOnly = await clerk.post('/api/v1/eligibility/evaluate', { ...contractCase, award: 'KNC_TINH' });
    expect(catalogueOnly.status).toBe(400);
    expect(catalogueOnly.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['award']);
    // A viewer has no right to run the engine.
    expect((await c.post('/api/v1/eligibility/evaluate', contractCase)).status).toBe(403);
  });

  it('shows what a person can be proposed for, from their history, and follows new ratings', async () => {
    const clerk = await as('clerk.school');
    const an = await person('nguyen van an');
    const before = (await clerk.get(`/api/v1/people/${an.id}/eligibility?period=2026&decisionDate=2026-12-15`)).body;
    expect(before.items.map((i: { award: string }) => i.award)).toEqual([
      'LDTT',
      'CSTD_CS',
      'CSTD_TINH',
      'CSTD_TQ',
      'GIAY_KHEN',
      'BK_TINH',
      'BK_TTG',
      'HCLD_3',
      'KNC_TINH',
      'CONG_HIEN',
    ]);
    // Catalogue awards beyond the contract: the province's commemorative medal (0.6 × base salary,
    // a ceiling) and long service, whose amount depends on the form finally granted.
    const knc = before.items.find((i: { award: string }) => i.award === 'KNC_TINH').output;
    expect(knc.bonus).toMatchObject({ multiplier: 0.6, amount: 1520000 });
    const congHien = before.items.find((i: { award: string }) => i.award === 'CONG_HIEN').output;
    expect(congHien.bonus.amount).toBeNull();
    expect(congHien.bonus.note).toMatch(/tùy hình thức/);
    const cs = (b: typeof before) => b.items.find((i: { award: string }) => i.award === 'CSTD_CS').output;
    expect(cs(before).eligible).toBe(false);
    await clerk.post(`/api/v1/people/${an.id}/ratings`, { period: '2026', rating: 'HTXSNV' });
    const after = (await clerk.get(`/api/v1/people/${an.id}/eligibility?period=2026&decisionDate=2026-12-15`)).body;
    expect(cs(after).eligible).toBe(true);
    expect(cs(after).bonus.amount).toBe(2530000);
    const tinh = after.items.find((i: { award: string }) => i.award === 'CSTD_TINH').output;
    const streak = tinh.criteria.find((c: { id: string }) => c.id === 'cstdcs_streak_3');
    expect(streak.met).toBe(true);
    expect(streak.message).toMatch(/2024, 2025, 2026/);
    expect(tinh.criteria.find((c: { id: string }) => c.id === 'initiative_tinh').met).toBe(false);
    expect((await (await as('clerk.clinic')).get(`/api/v1/people/${an.id}/eligibility`)).status).toBe(403);
    expect((await (await as('viewer')).get(`/api/v1/people/${an.id}/eligibility`)).status).toBe(403);
  });

  it('computes a collective’s composition from the registry for its titles', async () => {
    const school = await org('T.W1.SCH');
    const r = (
      await (await as('officer')).get(`/api/v1/organisations/${school}/eligibility?period=2026&decisionDate=2026-12-15`)
    ).body;
    expect(r.members.total).toBe(3);
    const ttldtt = r.items.find((i: { award: string }) => i.award === 'TT_LDTT').output;
    expect(ttldtt.criteria.find((c: { id: string }) => c.id === 'members_ldtt_70').met).toBe(false);
  });

  it('lists, for a subtree, everyone eligible and everyone one criterion short, and exports it', async () => {
    const officer = await as('officer');
    const ward = await org('T.W1');
    const bob = await person('tran thi binh');
    await officer.post(`/api/v1/people/${bob.id}/ratings`, { period: '2026', rating: 'HTTNV' });
    const r = (
      await officer.get(`/api/v1/eligibility/bulk?orgId=${ward}&award=CSTD_CS&period=2026&decisionDate=2026-12-15`)
    ).body;
    expect(r.checked).toBe(5);
    expect(r.eligible.map((x: { fullName: string }) => x.fullName)).toEqual(['Nguyễn Văn An']);
    const short = r.oneShort.find((x: { fullName: string }) => x.fullName === 'Trần Thị Bình');
    expect(short.failed.map((f: { id: string }) => f.id)).toEqual(['excellence_basis']);
    const xlsx = await officer.get(
      `/api/v1/eligibility/bulk/export?orgId=${ward}&award=CSTD_CS&period=2026&decisionDate=2026-12-15`,
    );
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect((await (await as('clerk.school')).get(`/api/v1/eligibility/bulk?orgId=${ward}&award=CSTD_CS`)).status).toBe(
      403,
    );
    // Someone who already holds the award for the period is counted, not listed as "one short".
    const y2025 = (
      await officer.get(`/api/v1/eligibility/bulk?orgId=${ward}&award=CSTD_CS&period=2025&decisionDate=2025-12-15`)
    ).body;
    expect(y2025.alreadyAwarded).toBe(1);
    expect(y2025.oneShort.map((x: { fullName: string }) => x.fullName)).not.toContain('Nguyễn Văn An');
  });

  it('runs a bulk check as a job in chunks: progress, the same lists paged in SQL, overrides, an Excel file', async () => {
    const officer = await as('officer');
    const ward = await org('T.W1');
    const query = { orgId: ward, award: 'CSTD_CS', period: '2026', decisionDate: '2026-12-15' };
    const inline = (await officer.get(`/api/v1/eligibility/bulk?${new URLSearchParams(query)}`)).body;
    // Two people per chunk: the keyset paging and the per-chunk writes are crossed several times.
    process.env.TDKT_BULK_CHUNK = '2';
    let started: { status: number; body: { id: string; total: number } };
    try {
      started = await officer.post('/api/v1/eligibility/bulk-jobs', query);
    } finally {
      delete process.env.TDKT_BULK_CHUNK;
    }
    expect(started.status).toBe(202);
    expect(started.body.total).toBe(inline.checked);
    const id = started.body.id;
    // The same check asked again while it runs follows it; another check waits its turn.
    const again = await officer.post('/api/v1/eligibility/bulk-jobs', query);
    expect(again.status).toBe(202);
    const other = await officer.post('/api/v1/eligibility/bulk-jobs', { ...query, award: 'LDTT' });
    if (other.status !== 202) expect(other.body.error.code).toBe('BULK_CHECK_RUNNING');
    await bulkCheckJobDone(id);
    if (again.body.id !== id) await bulkCheckJobDone(again.body.id);
    if (other.status === 202) await bulkCheckJobDone(other.body.id);
    const job = (await officer.get(`/api/v1/eligibility/bulk-jobs/${id}`)).body;
    expect(job).toMatchObject({
      status: 'done',
      processed: inline.checked,
      total: inline.checked,
      checked: inline.checked,
      withheld: inline.withheld,
      alreadyAwarded: inline.alreadyAwarded,
      counts: {
        eligible: inline.eligible.length,
        judgementOnly: inline.judgementOnly.length,
        oneShort: inline.oneShort.length,
      },
      error: null,
    });
    expect(job.fileName).toMatch(/\.xlsx$/);
    // Every group, read a page of one row at a time, is the one-answer list in the same order.
    for (const group of ['eligible', 'judgementOnly', 'oneShort'] as const) {
      const names: string[] = [];
      for (let page = 1; page <= inline[group].length + 1; page++) {
        const r = (await officer.get(`/api/v1/eligibility/bulk-jobs/${id}/rows?group=${group}&page=${page}&pageSize=1`))
          .body;
        expect(r.total).toBe(inline[group].length);
        names.push(...r.items.map((x: { fullName: string; stt: number }) => `${x.stt}. ${x.fullName}`));
      }
      expect(names).toEqual(inline[group].map((x: { fullName: string }, i: number) => `${i + 1}. ${x.fullName}`));
    }
    // An override made after the job ran shows on its row: overrides are joined when read.
    const short = inline.oneShort[0];
    expect(
      (
        await officer.post('/api/v1/eligibility/overrides', {
          subjectKind: 'individual',
          subjectId: short.personId,
          award: 'CSTD_CS',
          period: '2026',
          eligible: true,
          reason: 'Hội đồng phường công nhận sáng kiến còn thiếu hồ sơ',
        })
      ).status,
    ).toBe(201);
    const page1 = (await officer.get(`/api/v1/eligibility/bulk-jobs/${id}/rows?group=oneShort`)).body;
    expect(page1.items.find((x: { personId: string }) => x.personId === short.personId).override.eligible).toBe(true);
    // The file holds the lists; a bad group is a 400 naming the field; someone who cannot read the
    // ward sees neither the job nor its rows.
    const file = await officer.get(`/api/v1/eligibility/bulk-jobs/${id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body);
    const cells = book.worksheets[0]
      .getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? r : []))
      .map(String);
    expect(cells).toContain(inline.eligible[0].fullName);
    expect(cells).toContain('Còn thiếu một tiêu chí');
    const bad = await officer.get(`/api/v1/eligibility/bulk-jobs/${id}/rows?group=all`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('group');
    const clerk = await as('clerk.school');
    expect((await clerk.get(`/api/v1/eligibility/bulk-jobs/${id}`)).status).toBe(403);
    expect((await clerk.get(`/api/v1/eligibility/bulk-jobs/${id}/rows?group=eligible`)).status).toBe(403);
    expect((await clerk.post('/api/v1/eligibility/bulk-jobs', query)).status).toBe(403);
  });

  it('past its retention a bulk check keeps its summary; its rows and file answer 410, deleted in batches and audited', async () => {
    const officer = await as('officer');
    const ward = await org('T.W1');
    const query = { orgId: ward, award: 'LDTT', period: '2026', decisionDate: '2026-12-15' };
    const started = await officer.post('/api/v1/eligibility/bulk-jobs', query);
    expect(started.status).toBe(202);
    const id: string = started.body.id;
    await bulkCheckJobDone(id);
    const before = (await officer.get(`/api/v1/eligibility/bulk-jobs/${id}`)).body;
    expect(before).toMatchObject({ status: 'done', expired: false });
    const listed = before.counts.eligible + before.counts.judgementOnly + before.counts.oneShort;
    expect(listed).toBeGreaterThan(2);
    const [{ finishedAt, tenantId }] = await d.db
      .select({ finishedAt: jobs.finishedAt, tenantId: jobs.tenantId })
      .from(jobs)
      .where(eq(jobs.id, id));
    const rowsOf = async () =>
      (
        await d.db
          .select({ n: sql<number>`count(*)::int` })
          .from(eligibilityBulkRows)
          .where(and(eq(eligibilityBulkRows.tenantId, tenantId), eq(eligibilityBulkRows.jobId, id)))
      )[0]!.n;
    expect(await rowsOf()).toBe(listed);
    const day = 86_400_000;
    // Within the period nothing goes.
    const early = await purgeExpiredBulkResults(d.db, new Date(finishedAt!.getTime() + 29 * day), {
      keepDays: 30,
      pauseMs: 0,
    });
    expect(early).toEqual({ jobs: 0, rows: 0 });
    expect((await officer.get(`/api/v1/eligibility/bulk-jobs/${id}/rows?group=eligible`)).status).toBe(200);
    // Past it: the job's rows go two at a time, its file with them; the summary stays.
    const later = new Date(finishedAt!.getTime() + 31 * day);
    const purged = await purgeExpiredBulkResults(d.db, later, { keepDays: 30, batchSize: 2, pauseMs: 0 });
    expect(purged.jobs).toBeGreaterThanOrEqual(1);
    expect(purged.rows).toBeGreaterThanOrEqual(listed);
    expect(await rowsOf()).toBe(0);
    const after = (await officer.get(`/api/v1/eligibility/bulk-jobs/${id}`)).body;
    expect(after).toMatchObject({ status: 'done', expired: true, counts: before.counts, checked: before.checked });
    expect(after.fileName).toBeNull();
    expect(
      (
        await d.db
          .select()
          .from(files)
          .where(and(eq(files.ownerType, 'job'), eq(files.ownerId, id)))
      ).length,
    ).toBe(0);
    for (const path of [`rows?group=eligible`, 'file']) {
      const r = await officer.get(`/api/v1/eligibility/bulk-jobs/${id}/${path}`);
      expect(r.status, path).toBe(410);
      expect(r.body.error.code).toBe('BULK_CHECK_EXPIRED');
      expect(r.body.error.message).toMatch(/^Kết quả đã hết hạn lưu/);
    }
    // Audited once, as the system; a second run finds nothing more to do.
    const audit = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'eligibility.bulk_results_expired'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: null, entityType: 'job', orgId: ward });
    expect(audit[0]!.after).toMatchObject({ rows: listed, keepDays: 30 });
    expect(await purgeExpiredBulkResults(d.db, later, { keepDays: 30, pauseMs: 0 })).toEqual({ jobs: 0, rows: 0 });
  });

  it('lets an officer override a verdict only with a written reason, and audits it', async () => {
    const bob = await person('tran thi binh');
    const body = { subjectKind: 'individual', subjectId: bob.id, award: 'CSTD_CS', period: '2026', eligible: true };
    expect(
      (
        await (
          await as('clerk.school')
        ).post('/api/v1/eligibility/overrides', {
          ...body,
          reason: 'Có sáng kiến được công nhận ngày 20/11/2026, chưa nhập vào hệ thống',
        })
      ).status,
    ).toBe(403);
    const officer = await as('officer');
    const noReason = await officer.post('/api/v1/eligibility/overrides', { ...body, reason: 'ok' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0]).toMatchObject({ field: 'reason', label: 'Lý do' });
    const ok = await officer.post('/api/v1/eligibility/overrides', {
      ...body,
      reason: 'Có sáng kiến được công nhận ngày 20/11/2026, chưa nhập vào hệ thống',
    });
    expect(ok.status).toBe(201);
    const page = (await officer.get(`/api/v1/people/${bob.id}/eligibility?period=2026&decisionDate=2026-12-15`)).body;
    expect(page.items.find((i: { award: string }) => i.award === 'CSTD_CS').override).toMatchObject({
      eligible: true,
      reason: expect.stringMatching(/sáng kiến/),
      byName: 'Cán bộ thường trực',
    });
    const audit = (await officer.get('/api/v1/audit?action=eligibility.override')).body.items[0];
    expect(audit.reason).toMatch(/sáng kiến/);
    expect(audit.before.eligible).toBe(false);
  });

  it('shows the catalogue with [U] facts flagged, and lets only the administrator change a parameter from a date', async () => {
    const officer = await as('officer');
    const cat = (await officer.get('/api/v1/catalogue?date=2026-12-15')).body;
    expect(cat.awards.map((a: { code: string }) => a.code)).toContain('HCLD_3');
    expect(cat.params.some((p: { mark?: string }) => p.mark === 'U')).toBe(true);
    // Catalogue awards beyond the contract, with their kind, rank and [U] multiplier.
    const knc = cat.awards.find((a: { code: string }) => a.code === 'KNC_TINH');
    expect(knc).toMatchObject({
      category: 'form',
      rank: null,
      contract: false,
      multipliers: { individual: 0.6 },
      bonusMarks: { individual: 'U' },
    });
    expect(cat.awards.find((a: { code: string }) => a.code === 'CONG_HIEN')).toMatchObject({
      track: 'cong_hien',
      contract: false,
    });
    expect(cat.awards.find((a: { code: string }) => a.code === 'CSTD_TQ')).toMatchObject({
      category: 'title',
      rank: 4,
      contract: true,
    });
    expect(
      cat.params.find((p: { key: string }) => p.key === 'awards.KNC_TINH.bonus.multipliers.individual'),
    ).toMatchObject({ value: 0.6, mark: 'U' });
    expect(cat.params.find((p: { key: string }) => p.key === 'params.titlePayment.paidLower')).toMatchObject({
      value: 'difference',
      mark: 'U',
    });
    const change = {
      key: 'awards.LDTT.bonus.multipliers.individual',
      value: 0.4,
      effectiveFrom: '2027-01-01',
      citation: 'Nghị định giả định',
      reason: 'Kiểm thử thay đổi hệ số',
    };
    expect((await officer.post('/api/v1/catalogue/overrides', change)).status).toBe(403);
    const admin = await as('admin');
    expect((await admin.post('/api/v1/catalogue/overrides', { ...change, value: -1 })).status).toBe(400);
    expect((await admin.post('/api/v1/catalogue/overrides', change)).status).toBe(201);
    const ldtt = {
      award: 'LDTT',
      period: '2026',
      decisionDate: '2026-12-15',
      subject: { kind: 'individual' },
      ratings: [{ period: '2026', rating: 'HTTNV' }],
    };
    expect((await admin.post('/api/v1/eligibility/evaluate', ldtt)).body.bonus.amount).toBe(760000);
    const later = await admin.post('/api/v1/eligibility/evaluate', {
      ...ldtt,
      period: '2027',
      decisionDate: '2027-12-15',
      ratings: [{ period: '2027', rating: 'HTTNV' }],
    });
    expect(later.body.bonus).toMatchObject({ multiplier: 0.4, amount: 1020000 });
    expect((await admin.get('/api/v1/audit?action=catalogue.override')).body.items[0].reason).toBe(
      'Kiểm thử thay đổi hệ số',
    );
    const listed = (await officer.get('/api/v1/catalogue')).body.overrides[0];
    expect(listed).toMatchObject({
      key: change.key,
      reason: 'Kiểm thử thay đổi hệ số',
      createdByName: 'Quản trị viên',
    });
    // A ward-level officer reading the audit log sees province-wide rule changes too.
    const ward = await as('ward.officer');
    expect((await ward.get('/api/v1/audit?action=catalogue.override')).body.total).toBe(1);
  });

  it("applies a province's own rules once the administrator chooses them", async () => {
    const admin = await as('admin');
    // Two consecutive CSTĐCS earn a Bằng khen tỉnh under Bắc Ninh's QĐ 86/2025, not under the national text alone.
    const bk = {
      award: 'BK_TINH',
      period: '2026',
      decisionDate: '2026-12-15',
      subject: { kind: 'individual' },
      records: [
        { period: '2025', award: 'CSTD_CS' },
        { period: '2026', award: 'CSTD_CS' },
      ],
    };
    const basis = async () =>
      (await admin.post('/api/v1/eligibility/evaluate', bk)).body.criteria.find(
        (c: { id: string }) => c.id === 'achievement_basis',
      );
    expect((await basis()).met).toBe(null);
    expect(
      (
        await (
          await as('officer')
        ).request('PUT', '/api/v1/catalogue/province', { provinceCode: 'bac_ninh', reason: 'x' })
      ).status,
    ).toBe(403);
    const set = await admin.request('PUT', '/api/v1/catalogue/province', {
      provinceCode: 'bac_ninh',
      reason: 'Áp dụng QĐ 86/2025/QĐ-UBND',
    });
    expect(set.status).toBe(200);
    const after = await basis();
    expect(after.met).toBe(true);
    expect(after.basis).toMatch(/86\/2025\/QĐ-UBND/);
    expect(
      (await admin.request('PUT', '/api/v1/catalogue/province', { provinceCode: 'ha_giang', reason: 'x' })).status,
    ).toBe(400);
  });

  it('a seed-plan province whose text could not be read: national verdicts, the catalogue says so, its sources for the administrator only', async () => {
    const admin = await as('admin');
    const officer = await as('officer');
    const bk = {
      award: 'BK_TINH',
      period: '2026',
      decisionDate: '2026-12-15',
      subject: { kind: 'individual' },
      records: [
        { period: '2025', award: 'CSTD_CS' },
        { period: '2026', award: 'CSTD_CS' },
      ],
    };
    expect(
      (await admin.request('PUT', '/api/v1/catalogue/province', { provinceCode: null, reason: 'Về quy định chung' }))
        .status,
    ).toBe(200);
    const national = (await admin.post('/api/v1/eligibility/evaluate', bk)).body;
    expect(
      (
        await admin.request('PUT', '/api/v1/catalogue/province', {
          provinceCode: 'ninh_binh',
          reason: 'Xã thuộc tỉnh Ninh Bình',
        })
      ).status,
    ).toBe(200);
    // The verdict is the national one, citing no provincial decision.
    const verdict = (await admin.post('/api/v1/eligibility/evaluate', bk)).body;
    expect(verdict).toEqual(national);
    expect(JSON.stringify(verdict)).not.toMatch(/150\/2025|Ninh Bình/u);

    const forAdmin = (await admin.get('/api/v1/catalogue?date=2026-12-15')).body;
    expect(forAdmin.province).toBe('ninh_binh');
    expect(forAdmin.rules.province).toMatchObject({ code: 'ninh_binh', coverage: 'national' });
    expect(forAdmin.rules.province.notice).toMatch(
      /^Chưa có quy định riêng của UBND tỉnh Ninh Bình trong hệ thống\. .*quy định chung của Trung ương/u,
    );
    expect(forAdmin.rules.citations.join(' ')).not.toMatch(/Ninh Bình/u);
    const nb = forAdmin.provinces.find((p: { code: string }) => p.code === 'ninh_binh');
    expect(nb.sources.map((s: { number: string; read: string }) => [s.number, s.read])).toContainEqual([
      '150/2025/QĐ-UBND',
      'opening',
    ]);
    for (const code of ['dien_bien', 'hai_phong', 'lang_son', 'ninh_binh', 'son_la']) {
      expect(
        forAdmin.provinces.find((p: { code: string }) => p.code === code),
        code,
      ).toMatchObject({ coverage: 'national' });
    }

    // An officer sees what applies, never the notes on what could not be read.
    const forOfficer = (await officer.get('/api/v1/catalogue?date=2026-12-15')).body;
    expect(forOfficer.rules.province.notice).toBe(forAdmin.rules.province.notice);
    for (const p of forOfficer.provinces) expect(p.sources, p.code).toBeUndefined();
    expect(JSON.stringify(forOfficer)).not.toMatch(/chưa đọc được|đối chiếu/u);
    expect(
      (await admin.request('PUT', '/api/v1/catalogue/province', { provinceCode: null, reason: 'Về quy định chung' }))
        .status,
    ).toBe(200);
  });

  it("says what each verdict rests on: green only when the data proves it, the council's judgement in its own words (issue 9)", async () => {
    const officer = await as('officer');
    const an = await person('nguyen van an');
    const card = (await officer.get(`/api/v1/people/${an.id}/eligibility?period=2026&decisionDate=2026-12-15`)).body;
    const item = (code: string) => card.items.find((i: { award: string }) => i.award === code);
    // No Bằng khen cấp tỉnh on file: Bằng khen Thủ tướng and Huân chương Lao động hạng Ba are not green.
    for (const code of ['BK_TTG', 'HCLD_3']) {
      expect(item(code).status, code).not.toBe('eligible');
      if (item(code).output.eligible) expect(item(code).status, code).toBe('judgement');
    }
    const school = (
      await officer.get(
        `/api/v1/organisations/${await org('T.W1.SCH')}/eligibility?period=2026&decisionDate=2026-12-15`,
      )
    ).body;
    const bk = school.items.find((i: { award: string }) => i.award === 'BK_TTG');
    expect(bk).toMatchObject({ status: 'judgement', dataFailed: true });
    expect(bk.statusText).toContain('Hội đồng');
    // A village (thôn, tổ dân phố) may be proposed for Giấy khen and Bằng khen as a collective.
    const v = (
      await officer.get(
        `/api/v1/organisations/${await org('T.W1.TDP1')}/eligibility?period=2026&decisionDate=2026-12-15`,
      )
    ).body;
    expect(v.items.map((i: { award: string }) => i.award)).toEqual(['THON_VH', 'GIAY_KHEN', 'BK_TINH', 'BK_TTG']);
    expect(v.items.find((i: { award: string }) => i.award === 'GIAY_KHEN').output.bonus.amount).toBe(1_520_000);
    // The bulk check lists a verdict resting on the council apart from the green ones.
    const ward = await org('T.W1');
    const bulk = (
      await officer.get(`/api/v1/eligibility/bulk?orgId=${ward}&award=BK_TTG&period=2026&decisionDate=2026-12-15`)
    ).body;
    expect(bulk.eligible).toEqual([]);
    expect(bulk.judgementOnly.length).toBeGreaterThan(0);
    expect(bulk.judgementOnly.every((r: { status: string }) => r.status === 'judgement')).toBe(true);
  });
});

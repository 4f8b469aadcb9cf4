// The statistical forms of TT 02/2023/TT-BNV (biểu 0601–0605.N/BNV-TĐKT) on each engine: the SQL
// reads the subtree the user may read and the year's reporting period (01/12–30/11), the award
// records keep the subject as it was at award time, the cells drill down, the files download, and
// the CLI prints the form as JSON.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../documents/nd30/inspect.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp, rowsOf } from '../../db/testing/frame.js';
import { produceReport, runReport } from '../../cli/report.js';

const row = (body: { rows: { code: string; values: number[] }[] }, code: string) =>
  body.rows.find((r) => r.code === code)!.values;

describe.each(ENGINES)('statistical forms on %s', (engine) => {
  const f = fixtureApp(engine);
  const { as } = f;

  const award = async (o: {
    person?: string;
    org?: string;
    household?: string;
    kind: string;
    code: string;
    date: string;
    track?: string;
  }) => {
    const id = crypto.randomUUID();
    await f.db.execute(sql`INSERT INTO award_records (tenant_id, id, subject_kind, person_id, org_id, household_id, award_code, period, track, decision_no, decision_date, issuer)
      VALUES (${f.tenantId}, ${id}, ${o.kind}, ${o.person ?? null}, ${o.org ?? null}, ${o.household ?? null}, ${o.code}, ${o.date.slice(0, 4)}, ${o.track ?? 'cong_trang'}, '1/QĐ-UBND', ${o.date}, 'Chủ tịch UBND tỉnh')`);
    return id;
  };

  it('counts the province-level awards of the subtree in the period (0603), with the subject as it was at award time', async () => {
    const p = f.people;
    const [h1] = rowsOf<{ id: string }>(await f.db.execute(sql`SELECT id FROM households LIMIT 1`));
    await award({ kind: 'individual', person: p['Trần Thị Bình'], code: 'BK_TINH', date: '2025-03-10' });
    await award({
      kind: 'collective',
      org: f.orgs['T.W1.SCH'],
      code: 'BK_TINH',
      date: '2025-03-10',
      track: 'chuyen_de',
    });
    await award({ kind: 'household', household: h1.id, code: 'BK_TINH', date: '2025-07-01', track: 'dot_xuat' });
    await award({ kind: 'individual', person: p['Hoàng Văn Ân'], code: 'CSTD_TINH', date: '2025-11-30' });
    await award({ kind: 'commune', org: f.orgs['T.C2'], code: 'CO_TD_TINH', date: '2024-12-01' });
    await award({ kind: 'individual', person: p['Lê Văn Dũng'], code: 'BK_TINH', date: '2024-11-30' }); // previous period
    const revoked = await award({ kind: 'individual', person: p['Lê Văn Dũng'], code: 'KNC_TINH', date: '2025-05-05' });
    await f.db.execute(
      sql`UPDATE award_records SET revoked_on = '2025-09-01', revoke_reason = 'Thu hồi' WHERE id = ${revoked}`,
    );
    // Promoted after the award: the 2025 award still counts as a non-manager's.
    await f.db.execute(sql`UPDATE people SET is_manager = true WHERE id = ${p['Trần Thị Bình']}`);
    const [snap] = rowsOf<{ subject_is_manager: boolean; subject_org_id: string; subject_category: string }>(
      await f.db.execute(
        sql`SELECT subject_is_manager, subject_org_id, subject_category FROM award_records WHERE person_id = ${p['Trần Thị Bình']}`,
      ),
    );
    expect(snap).toEqual({
      subject_is_manager: false,
      subject_org_id: f.orgs['T.W1.SCH'],
      subject_category: 'vien_chuc',
    });

    const officer = await as('officer');
    const res = await officer.get('/api/v1/reports/statistics?form=0603&year=2025');
    expect(res.status).toBe(200);
    expect(res.body.form).toBe('0603.N/BNV-TĐKT');
    expect(res.body.period).toEqual({ year: 2025, from: '2024-12-01', to: '2025-11-30' });
    expect(res.body.reportingUnit.code).toBe('T');
    expect(res.body.receivingUnit).toBe('Bộ Nội vụ');
    //                         1  2  3  4  5
    expect(row(res.body, '01')).toEqual([5, 3, 1, 1, 0]);
    expect(row(res.body, '02')).toEqual([2, 1, 0, 1, 0]);
    expect(row(res.body, '04')).toEqual([1, 1, 0, 0, 0]);
    expect(row(res.body, '05')).toEqual([2, 1, 1, 0, 0]);
    expect(row(res.body, '10')).toEqual([2, 1, 1, 0, 0]);
    expect(row(res.body, '11')[0] + row(res.body, '12')[0] + row(res.body, '13')[0]).toBe(5);

    // The ward's officer reads the ward's subtree only; the commune's flag is not theirs.
    const ward = await as('ward.officer');
    const mine = await ward.get('/api/v1/reports/statistics?form=0603&year=2025');
    expect(mine.body.reportingUnit.code).toBe('T.W1');
    expect(mine.body.receivingUnit).toBe('Ủy ban nhân dân tỉnh thử nghiệm');
    expect(row(mine.body, '01')).toEqual([3, 3, 0, 0, 0]);
    expect((await ward.get(`/api/v1/reports/statistics?form=0603&year=2025&orgId=${f.orgs['T.C2']}`)).status).toBe(403);

    // Every cell opens the records behind it.
    const cell = await officer.get('/api/v1/reports/statistics/cell?form=0603&year=2025&row=02&col=2');
    expect(cell.status).toBe(200);
    expect(cell.body.items.map((i: { name: string }) => i.name)).toEqual(['Trường THCS Mường Lay']);
    expect((await officer.get('/api/v1/reports/statistics/cell?form=0603&year=2025&row=99&col=1')).status).toBe(400);

    // A later award after the promotion counts the person as a leader.
    await award({ kind: 'individual', person: p['Trần Thị Bình'], code: 'KNC_TINH', date: '2025-10-01' });
    expect(row((await officer.get('/api/v1/reports/statistics?form=0603&year=2025')).body, '09')).toEqual([
      1, 0, 0, 0, 1,
    ]);
  });

  it('refuses a wrong form or year with a Vietnamese message naming the field', async () => {
    const officer = await as('officer');
    const bad = await officer.get('/api/v1/reports/statistics?form=0699&year=2025');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'form' });
    expect(bad.body.error.fields[0].message).toContain('0601');
    const year = await officer.get('/api/v1/reports/statistics?form=0601&year=abc');
    expect(year.status).toBe(400);
    expect(year.body.error.fields[0]).toMatchObject({ field: 'year' });
  });

  it('counts movements (0601), State awards (0602), TĐKT offices (0604) and staff (0605)', async () => {
    const officer = await as('officer');
    const uid = f.users.officer;
    const mv = async (org: string, level: string, kind: string, from: string, to: string, status = 'launched') =>
      f.db.execute(sql`INSERT INTO movements (tenant_id, id, org_id, level, kind, theme, from_date, to_date, purposes, criteria, awards, status, created_by)
        VALUES (${f.tenantId}, ${crypto.randomUUID()}, ${org}, ${level}, ${kind}, 'Phong trào', ${from}, ${to}, '[]', '[]', '[]', ${status}, ${uid})`);
    await mv(f.orgs.T, 'province', 'regular', '2025-01-01', '2025-12-31');
    await mv(f.orgs['T.W1'], 'commune', 'peak', '2025-04-01', '2025-06-30');
    await mv(f.orgs['T.W1'], 'commune', 'thematic', '2025-04-01', '2026-06-30', 'draft');
    const m = (await officer.get('/api/v1/reports/statistics?form=0601&year=2025')).body;
    expect(row(m, '01')).toEqual([2, 0, 1, 1]);
    expect(row(m, '06')).toEqual([1, 0, 0, 1]);
    expect(row(m, '07')).toEqual([1, 0, 1, 0]);
    expect(row(m, '11')).toEqual([1, 0, 0, 1]);

    await award({ kind: 'individual', person: f.people['Nguyễn Văn An'], code: 'BK_TTG', date: '2025-05-19' });
    await award({ kind: 'collective', org: f.orgs['T.W1.SCH'], code: 'HCLD_3', date: '2025-08-20' });
    const s = (await officer.get('/api/v1/reports/statistics?form=0602&year=2025')).body;
    expect(row(s, '01')).toEqual([2, 1, 0, 0, 0, 0, 1, 0, 0]);
    expect(row(s, '03')).toEqual([2, 1, 0, 0, 0, 0, 1, 0, 0]);
    expect(row(s, '06')[0] + row(s, '08')[0] + row(s, '09')[0]).toBe(2);

    await f.db.execute(sql`UPDATE organisations SET tdkt_office = 'phong_so_noi_vu' WHERE id = ${f.orgs['T.C2.VHXH']}`);
    expect(row((await officer.get('/api/v1/reports/statistics?form=0604&year=2025')).body, '05')).toEqual([1]);
    await f.db.execute(sql`UPDATE memberships SET tdkt_work = true WHERE person_id = ${f.people['Hoàng Văn Ân']}`);
    await f.db.execute(sql`UPDATE people SET education_level = 'dai_hoc' WHERE id = ${f.people['Hoàng Văn Ân']}`);
    const st = (await officer.get('/api/v1/reports/statistics?form=0605&year=2025')).body;
    expect(row(st, '01')).toEqual([1, 0]);
    expect(row(st, '11')).toEqual([1, 0]);
    expect(row(st, '13')).toEqual([1, 0]);
  });

  it('exports the form as Excel and Word in its layout, and the CLI prints it as JSON', async () => {
    const officer = await as('officer');
    const x = await officer.get('/api/v1/reports/statistics/export?form=0603&year=2025&format=xlsx');
    expect(x.status).toBe(200);
    expect(x.headers.get('content-type')).toContain('spreadsheetml');
    const d = await f.app.request('/api/v1/reports/statistics/export?form=0603&year=2025&format=docx', {
      headers: { cookie: (officer as unknown as { cookie: string }).cookie },
    });
    expect(d.status).toBe(200);
    const text = await docxText(new Uint8Array(await d.arrayBuffer()));
    for (const s of [
      'Biểu số: 0603.N/BNV-TĐKT',
      'Thông tư số 02/2023/TT-BNV',
      'Đơn vị báo cáo: Ủy ban nhân dân tỉnh thử nghiệm',
      'Đơn vị nhận báo cáo: Bộ Nội vụ',
      'NGƯỜI LẬP BIỂU',
      'THỦ TRƯỞNG ĐƠN VỊ',
      'Kháng chiến',
    ]) {
      expect(text).toContain(s);
    }

    let out = '';
    const err: string[] = [];
    const code = await runReport(
      ['statistics', '--form', '0603', '--year', '2025', '--org', 'T.W1', '--format', 'json'],
      {
        writeFile: () => undefined,
        out: (s) => (out += typeof s === 'string' ? s : new TextDecoder().decode(s)),
        err: (s) => void err.push(s),
        stdoutIsTerminal: false,
      },
      (a) => produceReport(f.db, a),
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.form).toBe('0603.N/BNV-TĐKT');
    expect(json.period).toEqual({ year: 2025, from: '2024-12-01', to: '2025-11-30' });
    expect(json.rows[0]).toMatchObject({ code: '01', label: 'Tổng số' });
    expect(json.rows[0].values).toHaveLength(5);
    const unknown = await runReport(
      ['statistics', '--form', '0603', '--year', '2025', '--org', 'KHONG-CO', '--format', 'json'],
      { writeFile: () => undefined, out: () => undefined, err: (s) => void err.push(s), stdoutIsTerminal: false },
      (a) => produceReport(f.db, a),
    );
    expect(unknown).toBe(2);
    expect(err.at(-1)).toContain('KHONG-CO');
  });
});

// The commendation register (sổ theo dõi khen thưởng) on each engine: search without diacritics on
// names and decision numbers, each filter, paging with a total, the unit clerk's subtree, and the
// Excel export with the same filters.
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp, rowsOf } from '../../db/testing/frame.js';

interface Entry {
  id: string;
  recipientName: string;
  unitName: string | null;
  awardCode: string;
  decisionNo: string | null;
  decisionDate: string | null;
  level: string;
  revokedOn: string | null;
}

describe.each(ENGINES)('commendation register on %s', (engine) => {
  const f = fixtureApp(engine);
  const { as } = f;
  const names = (body: { items: Entry[] }) => body.items.map((e) => e.recipientName).sort();

  beforeAll(async () => {
    const award = async (o: {
      person?: string;
      org?: string;
      household?: string;
      kind: string;
      code: string;
      no: string;
      date: string;
      revoked?: string;
    }) =>
      f.db.execute(sql`INSERT INTO award_records (tenant_id, id, subject_kind, person_id, org_id, household_id, award_code, period, track, decision_no, decision_date, issuer, revoked_on)
        VALUES (${f.tenantId}, ${crypto.randomUUID()}, ${o.kind}, ${o.person ?? null}, ${o.org ?? null}, ${o.household ?? null}, ${o.code}, ${o.date.slice(0, 4)}, 'cong_trang', ${o.no}, ${o.date}, 'Chủ tịch UBND', ${o.revoked ?? null})`);
    const p = f.people;
    const [h1] = rowsOf<{ id: string }>(await f.db.execute(sql`SELECT id FROM households LIMIT 1`));
    await award({
      kind: 'individual',
      person: p['Trần Thị Bình'],
      code: 'BK_TINH',
      no: '15/QĐ-UBND',
      date: '2019-03-10',
    });
    await award({ kind: 'individual', person: p['Lê Văn Đức'], code: 'LDTT', no: '88/QĐ-UBND', date: '2019-12-01' });
    await award({
      kind: 'individual',
      person: p['Hoàng Văn Ân'],
      code: 'BK_TTG',
      no: '123/QĐ-TTg',
      date: '2019-06-01',
    });
    await award({ kind: 'collective', org: f.orgs['T.W1.SCH'], code: 'TT_LDTT', no: '70/QĐ-UBND', date: '2018-12-20' });
    await award({ kind: 'household', household: h1.id, code: 'GD_VH', no: '5/QĐ-UBND', date: '2019-11-11' });
    await award({
      kind: 'individual',
      person: p['Đặng Thị Ánh'],
      code: 'GIAY_KHEN',
      no: '9/QĐ-UBND',
      date: '2019-05-05',
      revoked: '2020-01-15',
    });
  });

  it('finds recipients and decision numbers without diacritics', async () => {
    const officer = await as('officer');
    const duc = await officer.get('/api/v1/register?q=duc');
    expect(duc.status).toBe(200);
    expect(names(duc.body)).toEqual(['Lê Văn Đức']);
    expect(duc.body.total).toBe(1);
    expect(names((await officer.get(`/api/v1/register?q=${encodeURIComponent('TRAN thi binh')}`)).body)).toEqual([
      'Trần Thị Bình',
    ]);
    // "QĐ" typed as "qd", and a word of the name with a word of the number.
    expect(names((await officer.get('/api/v1/register?q=qd-ttg')).body)).toEqual(['Hoàng Văn Ân']);
    expect(names((await officer.get('/api/v1/register?q=15%2Fqd')).body)).toEqual(['Trần Thị Bình']);
    expect(names((await officer.get('/api/v1/register?q=an%2012%2Fqd')).body)).toEqual(['Nguyễn Văn An']);
    expect(names((await officer.get('/api/v1/register?q=truong%20thcs')).body)).toEqual(['Trường THCS Mường Lay']);
    expect(names((await officer.get('/api/v1/register?q=quang%20van%20son')).body)).toEqual(['Quàng Văn Sơn']);
    // LIKE wildcards are plain characters.
    expect((await officer.get('/api/v1/register?q=%25')).body.total).toBe(0);
  });

  it('filters by year, level, award and unit, in SQL, with the unit at award time', async () => {
    const officer = await as('officer');
    const y2019 = await officer.get('/api/v1/register?year=2019');
    expect(names(y2019.body)).toEqual(['Hoàng Văn Ân', 'Lê Văn Đức', 'Quàng Văn Sơn', 'Trần Thị Bình', 'Đặng Thị Ánh']);
    expect(names((await officer.get('/api/v1/register?year=2018')).body)).toEqual(['Trường THCS Mường Lay']);
    const state = await officer.get('/api/v1/register?level=nha_nuoc');
    expect(state.body.items.map((e: Entry) => [e.recipientName, e.awardCode, e.level])).toEqual([
      ['Hoàng Văn Ân', 'BK_TTG', 'nha_nuoc'],
    ]);
    expect(names((await officer.get('/api/v1/register?level=tinh')).body)).toEqual(['Trần Thị Bình']);
    const base = await officer.get('/api/v1/register?level=co_so&pageSize=200');
    expect(base.body.items.every((e: Entry) => e.level === 'co_so')).toBe(true);
    expect(base.body.total).toBe(6); // LĐTT, TT LĐTT, GĐVH, Giấy khen and the fixture's two CSTĐCS
    expect(names((await officer.get('/api/v1/register?awardCode=LDTT')).body)).toEqual(['Lê Văn Đức']);
    const school = await officer.get(`/api/v1/register?orgId=${f.orgs['T.W1.SCH']}`);
    expect(names(school.body)).toEqual([
      'Lê Văn Đức',
      'Nguyễn Văn An',
      'Nguyễn Văn An',
      'Trường THCS Mường Lay',
      'Trần Thị Bình',
    ]);
    expect(school.body.items.every((e: Entry) => e.unitName === 'Trường THCS Mường Lay')).toBe(true);
    // Filters combine.
    const combined = await officer.get(`/api/v1/register?orgId=${f.orgs['T.W1.SCH']}&year=2019&level=co_so`);
    expect(names(combined.body)).toEqual(['Lê Văn Đức']);
    // The revoked award stays in the register, marked.
    const revoked = (await officer.get('/api/v1/register?awardCode=GIAY_KHEN')).body.items[0];
    expect(revoked).toMatchObject({
      recipientName: 'Đặng Thị Ánh',
      revokedOn: '2020-01-15',
      unitName: 'Trạm Y tế phường Mường Lay',
    });
  });

  it('filters individuals by their category at award time, in SQL (the dashboard pie opens it)', async () => {
    const officer = await as('officer');
    expect(names((await officer.get('/api/v1/register?category=cong_chuc')).body)).toEqual(['Hoàng Văn Ân']);
    // Individuals only: the household and the school of 2019 are not viên chức.
    const vc2019 = await officer.get('/api/v1/register?category=vien_chuc&year=2019');
    expect(names(vc2019.body)).toEqual(['Lê Văn Đức', 'Trần Thị Bình', 'Đặng Thị Ánh']);
    expect(vc2019.body.total).toBe(3);
    expect(names((await officer.get('/api/v1/register?category=vien_chuc&year=2019&level=tinh')).body)).toEqual([
      'Trần Thị Bình',
    ]);
    // The category as it was: a later change of the person's category leaves the register alone.
    await f.db.execute(sql`UPDATE people SET category = 'nong_dan' WHERE id = ${f.people['Hoàng Văn Ân']}`);
    try {
      expect((await officer.get('/api/v1/register?category=nong_dan')).body.total).toBe(0);
      expect(names((await officer.get('/api/v1/register?category=cong_chuc')).body)).toEqual(['Hoàng Văn Ân']);
    } finally {
      await f.db.execute(sql`UPDATE people SET category = 'cong_chuc' WHERE id = ${f.people['Hoàng Văn Ân']}`);
    }
    const bad = await officer.get('/api/v1/register?category=bo_doi');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'category' });
    expect(bad.body.error.fields[0].message).toContain('Đối tượng');
  });

  it('pages in a stable order with the total', async () => {
    const officer = await as('officer');
    const all = await officer.get('/api/v1/register?pageSize=200');
    expect(all.body.total).toBe(8);
    const dates = all.body.items.map((e: Entry) => e.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const r = await officer.get(`/api/v1/register?pageSize=3&page=${page}`);
      expect(r.body).toMatchObject({ total: 8, page, pageSize: 3 });
      seen.push(...r.body.items.map((e: Entry) => e.id));
    }
    expect(seen).toEqual(all.body.items.map((e: Entry) => e.id));
    expect((await officer.get('/api/v1/register?pageSize=3&page=4')).body.items).toEqual([]);
    const oldest = await officer.get('/api/v1/register?sort=oldest&pageSize=1');
    expect(oldest.body.items[0].decisionNo).toBe('70/QĐ-UBND');
    // By name: the given name first, as Vietnamese lists sort (the registry's sort key).
    const byName = await officer.get('/api/v1/register?sort=name&pageSize=2');
    expect(byName.body.items.map((e: Entry) => e.recipientName)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An']);
  });

  it('shows a unit clerk only their subtree, and refuses another unit', async () => {
    const clerk = await as('clerk.school');
    const mine = await clerk.get('/api/v1/register?pageSize=200');
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(5);
    expect(mine.body.items.every((e: Entry) => e.unitName === 'Trường THCS Mường Lay')).toBe(true);
    expect(names((await clerk.get('/api/v1/register?q=nguyen')).body)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An']);
    expect((await clerk.get(`/api/v1/register?orgId=${f.orgs['T.C2']}`)).status).toBe(403);
    const ward = await as('ward.officer');
    expect(names((await ward.get('/api/v1/register?q=hoang')).body)).toEqual([]);
    expect((await ward.get('/api/v1/register?pageSize=200')).body.total).toBe(7);
  });

  it('refuses bad filters with a Vietnamese message naming the field', async () => {
    const officer = await as('officer');
    const big = await officer.get('/api/v1/register?pageSize=1000');
    expect(big.status).toBe(400);
    expect(big.body.error.fields[0]).toMatchObject({ field: 'pageSize' });
    const ctl = await officer.get('/api/v1/register?q=a%00b');
    expect(ctl.status).toBe(400);
    expect(ctl.body.error.fields[0]).toMatchObject({ field: 'q' });
    const level = await officer.get('/api/v1/register?level=huyen');
    expect(level.status).toBe(400);
    expect(level.body.error.fields[0].message).toContain('Cấp quyết định');
  });

  it('exports the filtered register to Excel with a title, the filters and Vietnamese dates', async () => {
    const clerk = await as('clerk.school');
    const res = await clerk.get('/api/v1/register/export?format=xlsx&year=2019');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('So-theo-doi-khen-thuong-2019.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.worksheets[0];
    const text = (r: number) => (ws.getRow(r).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    expect(text(1)[0]).toBe('SỔ THEO DÕI KHEN THƯỞNG');
    expect(text(2)[0]).toContain('Năm quyết định: 2019');
    expect(text(3)[0]).toContain('Số bản ghi: 2');
    expect(text(5)).toEqual([
      'STT',
      'Họ tên / tập thể',
      'Đơn vị',
      'Danh hiệu / hình thức khen thưởng',
      'Năm / kỳ',
      'Số quyết định',
      'Ngày',
      'Cấp quyết định',
      'Ghi chú',
    ]);
    const rows = [text(6), text(7)];
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      ['1', 'Lê Văn Đức', 'Trường THCS Mường Lay', 'Lao động tiên tiến', '2019', '88/QĐ-UBND', '01/12/2019'],
      [
        '2',
        'Trần Thị Bình',
        'Trường THCS Mường Lay',
        'Bằng khen của Chủ tịch UBND tỉnh',
        '2019',
        '15/QĐ-UBND',
        '10/03/2019',
      ],
    ]);
    expect(rows[1][7]).toContain('Cấp bộ, ngành, tỉnh');
    expect(ws.rowCount).toBe(7);
    expect((await clerk.get(`/api/v1/register/export?format=xlsx&orgId=${f.orgs['T.C2']}`)).status).toBe(403);
    expect((await clerk.get('/api/v1/register/export?format=docx')).status).toBe(400);
  });
});

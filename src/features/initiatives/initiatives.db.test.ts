// Initiatives on each engine: a council of four for the ward, an initiative registered for a
// teacher, members score and vote (one recuses for a conflict of interest), recognition needs
// 2/3 of all members, and a recognised initiative changes the teacher's CSTĐCS verdict.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../documents/nd30/inspect.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp, rowsOf } from '../../db/testing/frame.js';

describe.each(ENGINES)('initiatives on %s', (engine) => {
  const f = fixtureApp(engine);
  const { as } = f;
  let binh = '';
  let councilId = '';

  beforeAll(async () => {
    binh = rowsOf<{ id: string }>(await f.db.execute(sql`SELECT id FROM people WHERE full_name = 'Trần Thị Bình'`))[0]!
      .id;
    // Completed her tasks well in 2026: she meets the LĐTT standard, but has no HTXSNV.
    await f.db.execute(
      sql`INSERT INTO ratings (tenant_id, id, subject_kind, person_id, period, rating) VALUES (${f.tenantId}, ${crypto.randomUUID()}, 'individual', ${binh}, '2026', 'HTTNV')`,
    );
  });

  const cstdcs = async () => {
    const r = await (await as('ward.officer')).get(
      `/api/v1/people/${binh}/eligibility?period=2026&decisionDate=2026-12-20`,
    );
    return r.body.items.find((i: { award: string }) => i.award === 'CSTD_CS').output;
  };

  it('sets up the ward initiative council, one per year', async () => {
    const officer = await as('ward.officer');
    const body = {
      orgId: f.orgs['T.W1'],
      year: 2026,
      name: 'Hội đồng sáng kiến phường Mường Lay',
      members: [
        { userId: f.users['ward.officer'], role: 'chair' },
        { userId: f.users.admin, role: 'secretary' },
        { userId: f.users['clerk.clinic'], role: 'member' },
        { userId: f.users.viewer, role: 'member' },
      ],
    };
    expect(
      (await officer.post('/api/v1/initiative-councils', { ...body, members: body.members.slice(0, 2) })).status,
    ).toBe(400);
    expect((await (await as('clerk.school')).post('/api/v1/initiative-councils', body)).status).toBe(403);
    const r = await officer.post('/api/v1/initiative-councils', body);
    expect(r.status).toBe(201);
    councilId = r.body.id;
    expect((await officer.post('/api/v1/initiative-councils', body)).status).toBe(409);
  });

  it('recognises an initiative with 2/3 of all members, after one recuses, and the engine counts it', async () => {
    const before = await cstdcs();
    expect(before.eligible).toBe(false);
    const officer = await as('ward.officer');
    const reg = await officer.post('/api/v1/initiative-applications', {
      councilId,
      personId: binh,
      scope: 'co_so',
      title: 'Ứng dụng bản đồ tư duy trong dạy học Ngữ văn lớp 8',
      description:
        'Giải pháp tổ chức dạy học bằng bản đồ tư duy, áp dụng tại Trường THCS Mường Lay từ học kỳ I năm học 2025-2026.',
    });
    expect(reg.status).toBe(201);
    const id = reg.body.id;
    expect(reg.body.rule.share).toBeCloseTo(2 / 3);
    // Nobody assesses before the council takes it up.
    expect(
      (
        await officer.post(`/api/v1/initiative-applications/${id}/assess`, {
          scores: { moi: 30, kha_thi: 25, hieu_qua: 25 },
          vote: 'yes',
        })
      ).status,
    ).toBe(409);
    const pdf = new FormData();
    pdf.set(
      'file',
      new File([new TextEncoder().encode('%PDF-1.4 minh chứng áp dụng')], 'Xác nhận áp dụng sáng kiến.pdf'),
    );
    const up = await officer.request('POST', `/api/v1/initiative-applications/${id}/files`, pdf);
    expect(up.status).toBe(201);
    expect((await officer.get(`/api/v1/initiative-applications/${id}`)).body.files).toEqual([
      expect.objectContaining({ fileName: 'Xác nhận áp dụng sáng kiến.pdf', sha256: up.body.sha256 }),
    ]);
    await officer.post(`/api/v1/initiative-applications/${id}/review`);
    expect(
      (
        await (
          await as('clerk.school')
        ).post(`/api/v1/initiative-applications/${id}/assess`, { scores: {}, vote: 'yes' })
      ).status,
    ).toBe(403);
    const outOfRange = await officer.post(`/api/v1/initiative-applications/${id}/assess`, {
      scores: { moi: 50, kha_thi: 25, hieu_qua: 25 },
      vote: 'yes',
    });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.fields[0]).toMatchObject({ label: 'Tính mới' });
    expect(
      (
        await officer.post(`/api/v1/initiative-applications/${id}/assess`, {
          scores: { moi: 32, kha_thi: 25, hieu_qua: 24 },
          vote: 'yes',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await officer.post(`/api/v1/initiative-applications/${id}/assess`, {
          scores: { moi: 32, kha_thi: 25, hieu_qua: 24 },
          vote: 'yes',
        })
      ).status,
    ).toBe(409);
    await (await as('admin')).post(`/api/v1/initiative-applications/${id}/assess`, {
      scores: { moi: 30, kha_thi: 22, hieu_qua: 20 },
      vote: 'yes',
    });
    expect(
      (await (await as('viewer')).post(`/api/v1/initiative-applications/${id}/assess`, { recused: true })).status,
    ).toBe(400);
    await (await as('viewer')).post(`/api/v1/initiative-applications/${id}/assess`, {
      recused: true,
      recusalReason: 'Là người thân của tác giả.',
    });
    await (await as('clerk.clinic')).post(`/api/v1/initiative-applications/${id}/assess`, {
      scores: { moi: 20, kha_thi: 20, hieu_qua: 15 },
      vote: 'no',
    });
    // Scores stay with each member until the review is closed.
    expect((await officer.get(`/api/v1/initiative-applications/${id}`)).body.assessments).toBeNull();
    const closed = await officer.post(`/api/v1/initiative-applications/${id}/close`, {
      decisionNo: '05/QĐ-HĐSK',
      decidedOn: '2026-11-30',
    });
    expect(closed.body.status).toBe('recognised');
    expect(closed.body.result).toMatchObject({ members: 4, voters: 3, yes: 2, required: 2 });
    expect(closed.body.result.text).toContain('xung đột lợi ích');
    expect(closed.body.assessments).toHaveLength(4);
    const after = await cstdcs();
    expect(after.eligible).toBe(true);
    expect(JSON.stringify(after.criteria)).toContain('Ứng dụng bản đồ tư duy');
    const res = await f.app.request(`/api/v1/initiative-applications/${id}/certificate`, {
      headers: { cookie: (officer as unknown as { cookie: string }).cookie },
    });
    const text = await docxText(new Uint8Array(await res.arrayBuffer()));
    for (const s of ['CHỨNG NHẬN', 'Trần Thị Bình', 'Ứng dụng bản đồ tư duy', '05/QĐ-HĐSK']) expect(text).toContain(s);
  });

  it('refuses recognition below 2/3 of all members, and absent members count against', async () => {
    const officer = await as('ward.officer');
    const id = (
      await officer.post('/api/v1/initiative-applications', {
        councilId,
        personId: binh,
        scope: 'co_so',
        title: 'Sổ theo dõi điện tử',
        description: 'Mô tả.',
      })
    ).body.id;
    await officer.post(`/api/v1/initiative-applications/${id}/review`);
    await officer.post(`/api/v1/initiative-applications/${id}/assess`, {
      scores: { moi: 35, kha_thi: 25, hieu_qua: 25 },
      vote: 'yes',
    });
    await (await as('admin')).post(`/api/v1/initiative-applications/${id}/assess`, {
      scores: { moi: 35, kha_thi: 25, hieu_qua: 25 },
      vote: 'yes',
    });
    const closed = await officer.post(`/api/v1/initiative-applications/${id}/close`, {
      decisionNo: '06/QĐ-HĐSK',
      decidedOn: '2026-11-30',
    });
    expect(closed.body.status).toBe('refused');
    expect(closed.body.result).toMatchObject({ yes: 2, required: 3 });
    expect((await officer.get(`/api/v1/initiative-applications/${id}/certificate`)).status).toBe(409);
  });
});

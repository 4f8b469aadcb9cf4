// A cluster's year on each engine: covenant and signatures, a scoring table that must add up
// before members may score, self-scores within bounds, the review with a reason for every change,
// publication confirmed against the exact preview and irreversible, and the hand-over.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../documents/nd30/inspect.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp, rowsOf } from '../../db/testing/frame.js';

const table = {
  expectedTotal: 100,
  criteria: [
    {
      id: 'A',
      label: 'Thực hiện nhiệm vụ chính trị',
      maxPoints: 70,
      children: [
        { id: 'A1', label: 'Chỉ tiêu kinh tế - xã hội', maxPoints: 50 },
        { id: 'A2', label: 'Cải cách hành chính', maxPoints: 20 },
      ],
    },
    { id: 'B', label: 'Công tác thi đua, khen thưởng', maxPoints: 30 },
    { id: 'D', label: 'Điểm thưởng', maxPoints: 5, kind: 'bonus' },
    { id: 'E', label: 'Điểm trừ', maxPoints: 5, kind: 'penalty' },
  ],
};

describe.each(ENGINES)('cluster covenant and scoring on %s', (engine) => {
  const f = fixtureApp(engine);
  const { as } = f;
  let base = '';

  beforeAll(async () => {
    const clusterId = crypto.randomUUID();
    await f.db.execute(
      sql`INSERT INTO clusters (tenant_id, id, kind, code, name, organiser_org_id) VALUES (${f.tenantId}, ${clusterId}, 'cum', 'CUM01', 'Cụm thi đua số 01', ${f.orgs.T})`,
    );
    await f.db.execute(sql`INSERT INTO cluster_members (tenant_id, cluster_id, year, org_id, role) VALUES
      (${f.tenantId}, ${clusterId}, 2026, ${f.orgs['T.W1']}, 'leader'), (${f.tenantId}, ${clusterId}, 2026, ${f.orgs['T.C2']}, 'deputy')`);
    base = `/api/v1/clusters/${clusterId}/years/2026`;
  });

  it('lets the leader write the covenant, records each signature once, then freezes the text', async () => {
    const leader = await as('ward.officer');
    expect(
      (await (await as('clerk.school')).request('PUT', `${base}/covenant`, { targets: [{ group: 'x', items: ['y'] }] }))
        .status,
    ).toBe(403);
    const cov = await leader.request('PUT', `${base}/covenant`, {
      targets: [
        {
          group: 'Nhiệm vụ chính trị',
          items: ['Hoàn thành 100% chỉ tiêu kinh tế - xã hội', 'Không có khiếu nại kéo dài'],
        },
      ],
      implementation: ['Tự chấm điểm, gửi Cụm trưởng trước ngày 30/11/2026.'],
      bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
    });
    expect(cov.status).toBe(200);
    expect(cov.body.covenant).toMatchObject({ inForce: false, signed: 0, total: 2 });
    const sign = {
      orgId: f.orgs['T.W1'],
      signerName: 'Lò Văn Hùng',
      position: 'Chủ tịch UBND phường',
      signedOn: '15/01/2026',
    };
    expect((await leader.post(`${base}/covenant/sign`, sign)).body.covenant.signed).toBe(1);
    expect((await leader.post(`${base}/covenant/sign`, sign)).status).toBe(409);
    expect((await leader.request('PUT', `${base}/covenant`, { targets: [{ group: 'x', items: ['y'] }] })).status).toBe(
      409,
    );
    const admin = await as('admin');
    const all = await admin.post(`${base}/covenant/sign`, {
      ...sign,
      orgId: f.orgs['T.C2'],
      signerName: 'Hoàng Văn Ân',
    });
    expect(all.body.covenant).toMatchObject({ inForce: true, signed: 2 });
    const res = await f.app.request(`${base}/covenant.docx`, {
      headers: { cookie: (leader as unknown as { cookie: string }).cookie },
    });
    const text = await docxText(new Uint8Array(await res.arrayBuffer()));
    for (const s of [
      'GIAO ƯỚC THI ĐUA',
      'CỤM THI ĐUA SỐ 01',
      'Hoàn thành 100% chỉ tiêu',
      'Lò Văn Hùng',
      'Hoàng Văn Ân',
    ])
      expect(text).toContain(s);
  });

  it('refuses to open scoring until the table adds up to the announced total', async () => {
    const leader = await as('ward.officer');
    const broken = { ...table, criteria: [{ ...table.criteria[0], maxPoints: 60 }, ...table.criteria.slice(1)] };
    const saved = await leader.request('PUT', `${base}/score-table`, {
      table: broken,
      tieBreaks: [{ kind: 'criterion', id: 'A' }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.scoring.problems.map((p: { message: string }) => p.message)).toContain(
      '"Thực hiện nhiệm vụ chính trị": điểm tối đa 60 khác tổng các tiêu chí con (70).',
    );
    const refused = await leader.post(`${base}/score-table/open`);
    expect(refused.status).toBe(400);
    expect(
      (await leader.request('PUT', `${base}/score-table`, { table, tieBreaks: [{ kind: 'criterion', id: 'Z' }] }))
        .status,
    ).toBe(400);
    await leader.request('PUT', `${base}/score-table`, {
      table,
      tieBreaks: [{ kind: 'criterion', id: 'A' }, { kind: 'fewer_penalty' }],
    });
    const open = await leader.post(`${base}/score-table/open`);
    expect(open.body.scoring.status).toBe('scoring');
    expect((await leader.request('PUT', `${base}/score-table`, { table, tieBreaks: [] })).status).toBe(409);
  });

  it('takes self-scores within bounds and refuses to send an incomplete sheet', async () => {
    const leader = await as('ward.officer');
    const out = await leader.request('PUT', `${base}/sheets`, { orgId: f.orgs['T.W1'], entries: { A1: 55 } });
    expect(out.status).toBe(400);
    expect(out.body.error.fields[0].message).toContain('ngoài khoảng 0 – 50');
    const incomplete = await leader.post(`${base}/sheets/submit`, { orgId: f.orgs['T.W1'], entries: { A1: 45 } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.fields.map((f: { label: string }) => f.label)).toContain('Cải cách hành chính');
    const ok = await leader.post(`${base}/sheets/submit`, {
      orgId: f.orgs['T.W1'],
      entries: { A1: 45, A2: 18, B: 27, D: 2, E: 1 },
      evidence: { A1: 'Báo cáo KT-XH năm 2026' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.scoring.sheets.find((s: { orgId: string }) => s.orgId === f.orgs['T.W1']).selfTotal).toBe(91);
    const admin = await as('admin');
    await admin.post(`${base}/sheets/submit`, {
      orgId: f.orgs['T.C2'],
      entries: { A1: 46, A2: 17, B: 27, D: 2, E: 1 },
    });
    // A clerk of a school is not a member of the cluster.
    expect(
      (await (await as('clerk.school')).request('PUT', `${base}/sheets`, { orgId: f.orgs['T.W1'], entries: {} }))
        .status,
    ).toBe(403);
  });

  it('reviews with a reason for every change, and ranks ties by the stated rule', async () => {
    const leader = await as('ward.officer');
    expect(
      (await leader.post(`${base}/review`, { orgId: f.orgs['T.C2'], criterionId: 'A1', points: 45, reason: 'x' }))
        .status,
    ).toBe(409);
    await leader.post(`${base}/score-table/review`);
    expect(
      (await leader.post(`${base}/review`, { orgId: f.orgs['T.C2'], criterionId: 'A1', points: 45, reason: '' }))
        .status,
    ).toBe(400);
    const r = await leader.post(`${base}/review`, {
      orgId: f.orgs['T.C2'],
      criterionId: 'A2',
      points: 18,
      reason: 'Chỉ số CCHC năm 2026 theo công bố của tỉnh là 18/20.',
    });
    expect(r.status).toBe(200);
    const c2 = r.body.scoring.sheets.find((s: { orgId: string }) => s.orgId === f.orgs['T.C2']);
    expect(c2).toMatchObject({ selfTotal: 91, reviewedTotal: 92 });
    expect(c2.changes[0]).toMatchObject({ criterionId: 'A2', from: '17', to: '18' });
    const back = await leader.post(`${base}/review`, {
      orgId: f.orgs['T.C2'],
      criterionId: 'B',
      points: 26,
      reason: 'Chưa tổ chức sơ kết phong trào chuyên đề.',
    });
    const ranking = back.body.scoring.ranking;
    expect(ranking.map((x: { name: string; rank: number; total: number }) => [x.name, x.rank, x.total])).toEqual([
      ['Xã Điềm He', 1, 91],
      ['Phường Mường Lay', 2, 91],
    ]);
    expect(ranking[1].tieNote).toContain('Thực hiện nhiệm vụ chính trị');
  });

  it('publishes exactly what was previewed, once, and then nothing can change', async () => {
    const leader = await as('ward.officer');
    const preview = (await leader.get(`${base}/publish`)).body;
    await leader.post(`${base}/review`, {
      orgId: f.orgs['T.W1'],
      criterionId: 'D',
      points: 3,
      reason: 'Mô hình dân vận khéo được tỉnh công nhận.',
    });
    const stale = await leader.post(`${base}/publish`, { confirm: true, previewHash: preview.previewHash });
    expect(stale.status).toBe(409);
    const fresh = (await leader.get(`${base}/publish`)).body;
    expect(fresh.ranking[0].name).toBe('Phường Mường Lay');
    expect((await leader.post(`${base}/publish`, { confirm: false, previewHash: fresh.previewHash })).status).toBe(400);
    const done = await leader.post(`${base}/publish`, { confirm: true, previewHash: fresh.previewHash });
    expect(done.body.scoring.status).toBe('published');
    expect((await leader.post(`${base}/publish`, { confirm: true, previewHash: fresh.previewHash })).status).toBe(409);
    expect(
      (await leader.post(`${base}/review`, { orgId: f.orgs['T.W1'], criterionId: 'D', points: 0, reason: 'x' })).status,
    ).toBe(409);
    const audit = rowsOf<{ action: string }>(
      await f.db.execute(sql`SELECT action FROM audit_log WHERE action LIKE 'score_%' ORDER BY seq`),
    ).map((x) => x.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'score_table.create',
        'score_table.open',
        'score_sheet.submit',
        'score_sheet.review',
        'score_table.publish',
      ]),
    );
  });

  it('hands the leadership over for next year', async () => {
    const leader = await as('ward.officer');
    expect(
      (await leader.post(`${base}/hand-over`, { leaderOrgId: f.orgs['T.C2'], deputyOrgId: f.orgs['T.C2'] })).status,
    ).toBe(400);
    const r = await leader.post(`${base}/hand-over`, { leaderOrgId: f.orgs['T.C2'], deputyOrgId: f.orgs['T.W1'] });
    expect(r.body.nextYear).toEqual({ leader: 'Xã Điềm He', deputy: 'Phường Mường Lay' });
    expect(
      (await leader.post(`${base}/hand-over`, { leaderOrgId: f.orgs['T.C2'], deputyOrgId: f.orgs['T.W1'] })).status,
    ).toBe(409);
  });
});

// Movements and registrations on each engine: a ward launches a thematic movement, units report
// against its criteria, the final review opens a thematic commendation round for them; units
// register titles in bulk before a deadline and the year-end report compares registered,
// achieved and eligible-now.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../documents/nd30/inspect.js';
import { ENGINES } from '../../db/testing/engines.js';
import { testDay } from '../../db/testing/dates.js';
import { fixtureApp } from '../../db/testing/frame.js';

describe.each(ENGINES)('movements and registrations on %s', (engine) => {
  const f = fixtureApp(engine);
  const { as } = f;

  it('launches a movement, takes reports against its criteria, and the final review opens a thematic round', async () => {
    const officer = await as('ward.officer');
    const bad = await officer.post('/api/v1/movements', {
      orgId: f.orgs['T.W1'],
      level: 'commune',
      kind: 'thematic',
      theme: 'X',
      fromDate: '2026-06-01',
      toDate: '2026-03-01',
      criteria: [{ text: 'a' }],
      participantOrgIds: [f.orgs['T.W1.SCH']],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'toDate' });
    const created = await officer.post('/api/v1/movements', {
      orgId: f.orgs['T.W1'],
      level: 'commune',
      kind: 'thematic',
      theme: 'Mường Lay chung sức xây dựng đô thị văn minh',
      fromDate: '2026-03-01',
      toDate: '2026-11-30',
      purposes: ['Động viên cán bộ, nhân dân tham gia xây dựng đô thị văn minh.'],
      criteria: [
        { text: 'Tổ dân phố đạt chuẩn văn minh đô thị', target: '100% tổ dân phố' },
        { text: 'Trường học xanh - sạch - đẹp', target: null },
      ],
      awards: ['Giấy khen của Chủ tịch UBND phường'],
      midReviewBy: '2026-07-15',
      finalReviewBy: '2026-12-10',
      participantOrgIds: [f.orgs['T.W1.SCH'], f.orgs['T.W1.CLINIC']],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const clerk = await as('clerk.school');
    // A draft is the office's own business; a launch reaches the participants.
    expect((await clerk.get(`/api/v1/movements/${id}`)).status).toBe(404);
    await officer.post(`/api/v1/movements/${id}/launch`);
    expect((await clerk.get('/api/v1/notifications')).body.items[0].kind).toBe('movement.launched');
    const report = await clerk.post(`/api/v1/movements/${id}/reports`, {
      orgId: f.orgs['T.W1.SCH'],
      reportedOn: '2026-06-30',
      summary: 'Trường đạt tiêu chí xanh - sạch - đẹp.',
      results: { c2: 'Đạt' },
    });
    expect(report.status).toBe(200);
    const schoolReports = report.body.participants.find(
      (p: { orgId: string }) => p.orgId === f.orgs['T.W1.SCH'],
    ).reports;
    expect(schoolReports).toHaveLength(1);
    // Evidence of the report: checked against its content, then listed with its checksum.
    const fake = new FormData();
    fake.set('file', new File([new Uint8Array([1, 2, 3])], 'anh.png'));
    expect(
      (await clerk.request('POST', `/api/v1/movements/${id}/reports/${schoolReports[0].id}/files`, fake)).status,
    ).toBe(400);
    const pdf = new FormData();
    pdf.set(
      'file',
      new File([new TextEncoder().encode('%PDF-1.4 biên bản kiểm tra')], 'Biên bản kiểm tra trường xanh.pdf'),
    );
    const up = await clerk.request('POST', `/api/v1/movements/${id}/reports/${schoolReports[0].id}/files`, pdf);
    expect(up.status).toBe(201);
    const listed = (await officer.get(`/api/v1/movements/${id}`)).body.participants.find(
      (p: { orgId: string }) => p.orgId === f.orgs['T.W1.SCH'],
    ).reports[0].files;
    expect(listed).toEqual([
      expect.objectContaining({ fileName: 'Biên bản kiểm tra trường xanh.pdf', sha256: up.body.sha256 }),
    ]);
    expect((await officer.request('GET', `/api/v1/movements/${id}/files/${up.body.id}`)).status).toBe(200);
    expect(
      (
        await (
          await as('clerk.clinic')
        ).request('POST', `/api/v1/movements/${id}/reports/${schoolReports[0].id}/files`, pdf)
      ).status,
    ).toBe(403);
    expect((await clerk.post(`/api/v1/movements/${id}/reports/${schoolReports[0].id}/files`, {})).status).toBe(400);
    expect(
      (
        await clerk.post(`/api/v1/movements/${id}/reports`, {
          orgId: f.orgs['T.W1.CLINIC'],
          reportedOn: '2026-06-30',
          summary: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await clerk.post(`/api/v1/movements/${id}/reports`, {
          orgId: f.orgs['T.W1.SCH'],
          reportedOn: '2026-06-30',
          summary: 'x',
          results: { c9: 'x' },
        })
      ).status,
    ).toBe(400);
    const res = await f.app.request(`/api/v1/movements/${id}/document`, {
      headers: { cookie: (officer as unknown as { cookie: string }).cookie },
    });
    const text = await docxText(new Uint8Array(await res.arrayBuffer()));
    for (const s of [
      'KẾ HOẠCH',
      'Mường Lay chung sức xây dựng đô thị văn minh',
      '100% tổ dân phố',
      'Trường THCS Mường Lay',
    ])
      expect(text).toContain(s);
    await officer.post(`/api/v1/movements/${id}/mid-review`, { summary: 'Sơ kết 6 tháng.', heldOn: '2026-07-10' });
    const closed = await officer.post(`/api/v1/movements/${id}/final-review`, {
      summary: 'Tổng kết phong trào.',
      heldOn: '2026-12-01',
      round: {
        name: 'Khen thưởng chuyên đề đô thị văn minh 2026',
        awardCodes: ['GIAY_KHEN'],
        submitBy: testDay(10),
        decisionBy: testDay(20),
      },
    });
    expect(closed.body.status).toBe('closed');
    const round = (await officer.get(`/api/v1/rounds/${closed.body.roundId}`)).body;
    expect(round).toMatchObject({ kind: 'thematic', status: 'open', period: '2026' });
    expect(round.invited.map((i: { orgId: string }) => i.orgId).sort()).toEqual(
      [f.orgs['T.W1.SCH'], f.orgs['T.W1.CLINIC']].sort(),
    );
    expect(
      (await officer.post(`/api/v1/movements/${id}/final-review`, { summary: 'x', heldOn: '2026-12-01' })).status,
    ).toBe(409);
    const rounds = (await officer.get('/api/v1/rounds')).body.items.filter(
      (r: { kind: string }) => r.kind === 'thematic',
    );
    expect(rounds).toHaveLength(1);
  });

  it('takes registrations in bulk, all or nothing, and compares them at year-end', async () => {
    const officer = await as('ward.officer');
    const call = await officer.post('/api/v1/registration-calls', {
      orgId: f.orgs['T.W1'],
      period: '2026',
      awardCodes: ['LDTT', 'CSTD_CS', 'TT_LDTT'],
      deadline: '2099-01-31',
    });
    expect(call.status).toBe(201);
    const callId = call.body.id;
    const clerk = await as('clerk.school');
    const mixed = await clerk.post(`/api/v1/registration-calls/${callId}/registrations`, {
      unitOrgId: f.orgs['T.W1.SCH'],
      items: [
        { subjectKind: 'individual', subjectId: f.people['Nguyễn Văn An'], awardCode: 'CSTD_CS' },
        { subjectKind: 'individual', subjectId: f.people['Lê Văn Dũng'], awardCode: 'LDTT' },
      ],
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.fields[0]).toMatchObject({
      field: 'items.1.subjectId',
      label: 'Dòng 2',
      message: 'Lê Văn Dũng: không thuộc đơn vị đăng ký.',
    });
    expect((await officer.get(`/api/v1/registration-calls/${callId}`)).body.items).toHaveLength(0);
    const ok = await clerk.post(`/api/v1/registration-calls/${callId}/registrations`, {
      unitOrgId: f.orgs['T.W1.SCH'],
      items: [
        { subjectKind: 'individual', subjectId: f.people['Nguyễn Văn An'], awardCode: 'CSTD_CS' },
        { subjectKind: 'individual', subjectId: f.people['Trần Thị Bình'], awardCode: 'LDTT' },
        { subjectKind: 'collective', subjectId: f.orgs['T.W1.SCH'], awardCode: 'TT_LDTT' },
      ],
    });
    expect(ok.body).toEqual({ added: 3, already: 0 });
    expect(
      (
        await clerk.post(`/api/v1/registration-calls/${callId}/registrations`, {
          unitOrgId: f.orgs['T.W1.SCH'],
          items: [{ subjectKind: 'individual', subjectId: f.people['Trần Thị Bình'], awardCode: 'LDTT' }],
        })
      ).body,
    ).toEqual({ added: 0, already: 1 });
    // Achieved: An gets CSTĐCS 2026; Đức (not registered) gets LĐTT 2026.
    for (const [name, award] of [
      ['Nguyễn Văn An', 'CSTD_CS'],
      ['Lê Văn Đức', 'LDTT'],
    ] as const)
      await f.db.execute(
        sql`INSERT INTO award_records (tenant_id, id, subject_kind, person_id, award_code, period, track, decision_no, decision_date) VALUES (${f.tenantId}, ${crypto.randomUUID()}, 'individual', ${f.people[name]}, ${award}, '2026', 'cong_trang', '99/QĐ-UBND', '2026-12-20')`,
      );
    const report = (await officer.get(`/api/v1/registration-calls/${callId}/report`)).body;
    const outcome = Object.fromEntries(
      report.rows.map((r: { name: string; awardName: string; outcome: string }) => [
        `${r.name}|${r.awardName}`,
        r.outcome,
      ]),
    );
    expect(outcome['Nguyễn Văn An|Chiến sĩ thi đua cơ sở']).toBe('achieved');
    expect(outcome['Trần Thị Bình|Lao động tiên tiến']).toBe('not_achieved');
    expect(report.counts.achieved).toBe(1);
    // Đức was not registered but earned LĐTT: the report shows it apart.
    expect(outcome['Lê Văn Đức|Lao động tiên tiến']).toBe('unregistered_achieved');
    expect(report.counts.unregistered_achieved).toBe(1);
  });

  it('closes registration after the deadline', async () => {
    const officer = await as('ward.officer');
    const callId = (
      await officer.post('/api/v1/registration-calls', {
        orgId: f.orgs['T.W1'],
        period: '2025',
        awardCodes: ['LDTT'],
        deadline: '2025-01-31',
      })
    ).body.id;
    const late = await (await as('clerk.school')).post(`/api/v1/registration-calls/${callId}/registrations`, {
      unitOrgId: f.orgs['T.W1.SCH'],
      items: [{ subjectKind: 'individual', subjectId: f.people['Trần Thị Bình'], awardCode: 'LDTT' }],
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('31/01/2025');
  });
});

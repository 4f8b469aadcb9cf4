// A round up to the council, on each engine: the office opens it, a school proposes (verdicts
// beside each nominee), the dossier freezes on submission, the office returns one nominee with a
// reason, the school fixes and resubmits, duplicates across rounds are caught, evidence files
// are checked, and every step notifies whoever must act next.
import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp, rowsOf } from '../../db/testing/frame.js';
import { PROCEDURE_2025, addWorkingDays } from '../../domain/rounds/index.js';
import { hasPdftotext, pdfText } from '../../documents/pdf/inspect.js';

describe.each(ENGINES)('commendation rounds on %s', (engine) => {
  const f = fixtureApp(engine);
  const { as } = f;
  let roundId = '';
  let proposalId = '';

  const roundBody = () => ({
    name: 'Tổng kết công tác thi đua, khen thưởng năm 2026',
    kind: 'year_end',
    period: '2026',
    awardCodes: ['LDTT', 'CSTD_CS', 'GIAY_KHEN'],
    invitedOrgIds: [f.orgs['T.W1.SCH'], f.orgs['T.W1.CLINIC']],
    orgId: f.orgs['T.W1'],
    opensOn: '2026-11-21',
    submitBy: '2026-12-05',
    decisionBy: '2026-12-20',
  });

  it('lets the office open a round, naming the field when a date is wrong, and tells the units', async () => {
    const officer = await as('ward.officer');
    const bad = await officer.post('/api/v1/rounds', { ...roundBody(), submitBy: '2026-11-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'submitBy', label: 'Hạn nộp hồ sơ' });
    const clerk = await as('clerk.school');
    expect((await clerk.post('/api/v1/rounds', roundBody())).status).toBe(403);
    const created = await officer.post('/api/v1/rounds', roundBody());
    expect(created.status).toBe(201);
    roundId = created.body.id;
    // A draft round is the office's own business.
    expect((await clerk.get(`/api/v1/rounds/${roundId}`)).status).toBe(404);
    const opened = await officer.post(`/api/v1/rounds/${roundId}/status/open`);
    expect(opened.body.status).toBe('open');
    expect((await officer.post(`/api/v1/rounds/${roundId}/status/open`)).status).toBe(409);
    const notes = (await clerk.get('/api/v1/notifications')).body;
    expect(notes.unread).toBe(1);
    expect(notes.items[0]).toMatchObject({ kind: 'round.opened', link: `/dot-xet/${roundId}` });
    const list = (await clerk.get('/api/v1/rounds')).body.items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: roundBody().name, manage: false, myOrgCount: 1 });
  });

  it('keeps each unit to its own dossier and its own people', async () => {
    const clinic = await as('clerk.clinic');
    expect((await clinic.post(`/api/v1/rounds/${roundId}/proposals`, { orgId: f.orgs['T.W1.SCH'] })).status).toBe(403);
    const clerk = await as('clerk.school');
    const opened = await clerk.post(`/api/v1/rounds/${roundId}/proposals`, { orgId: f.orgs['T.W1.SCH'] });
    expect(opened.status).toBe(200);
    proposalId = opened.body.id;
    expect((await clerk.post(`/api/v1/rounds/${roundId}/proposals`, { orgId: f.orgs['T.W1.SCH'] })).body.id).toBe(
      proposalId,
    );
    const other = await clerk.post(`/api/v1/proposals/${proposalId}/nominees`, {
      subjectKind: 'individual',
      subjectId: f.people['Lê Văn Dũng'],
      awardCode: 'LDTT',
    });
    expect(other.status).toBe(400);
    expect(other.body.error.fields[0].message).toContain('thuộc đơn vị mình');
    const notInRound = await clerk.post(`/api/v1/proposals/${proposalId}/nominees`, {
      subjectKind: 'individual',
      subjectId: f.people['Nguyễn Văn An'],
      awardCode: 'BK_TINH',
    });
    expect(notInRound.status).toBe(400);
    expect((await clinic.get(`/api/v1/proposals/${proposalId}`)).status).toBe(404);
  });

  it('shows the verdict beside each nominee, refuses to send without achievements, then freezes the dossier', async () => {
    const clerk = await as('clerk.school');
    await clerk.post(`/api/v1/proposals/${proposalId}/nominees`, {
      subjectKind: 'individual',
      subjectId: f.people['Nguyễn Văn An'],
      awardCode: 'CSTD_CS',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học.',
    });
    await clerk.post(`/api/v1/proposals/${proposalId}/nominees`, {
      subjectKind: 'individual',
      subjectId: f.people['Trần Thị Bình'],
      awardCode: 'LDTT',
    });
    const dup = await clerk.post(`/api/v1/proposals/${proposalId}/nominees`, {
      subjectKind: 'individual',
      subjectId: f.people['Trần Thị Bình'],
      awardCode: 'LDTT',
    });
    expect(dup.status).toBe(409);
    const p = (await clerk.get(`/api/v1/proposals/${proposalId}`)).body;
    expect(p.nominees).toHaveLength(2);
    const an = p.nominees.find((n: { displayName: string }) => n.displayName === 'Nguyễn Văn An');
    expect(an.verdict.criteria.length).toBeGreaterThan(1);
    expect(an.positionText).toContain('Trường THCS Mường Lay');
    const refused = await clerk.post(`/api/v1/proposals/${proposalId}/submit`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveLength(1);
    expect(refused.body.error.fields[0].message).toContain('Trần Thị Bình');
    const binh = p.nominees.find((n: { displayName: string }) => n.displayName === 'Trần Thị Bình');
    expect(
      (await clerk.patch(`/api/v1/nominees/${binh.id}`, { achievement: 'Giáo viên dạy giỏi cấp trường.' })).status,
    ).toBe(200);
    const sent = await clerk.post(`/api/v1/proposals/${proposalId}/submit`);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'submitted', submissions: 1, editable: false });
    expect(
      sent.body.nominees.every(
        (n: { status: string; submittedVerdict: unknown }) => n.status === 'submitted' && n.submittedVerdict,
      ),
    ).toBe(true);
    expect(sent.body.clock.dueOn).toBe(addWorkingDays(sent.body.clock.completeOn, 20, PROCEDURE_2025.holidays.dates));
    // Frozen: nothing can be changed, added or removed.
    expect((await clerk.patch(`/api/v1/nominees/${binh.id}`, { achievement: 'x' })).status).toBe(409);
    expect((await clerk.request('DELETE', `/api/v1/nominees/${binh.id}`)).status).toBe(409);
    expect((await clerk.post(`/api/v1/proposals/${proposalId}/submit`)).status).toBe(409);
    const office = (await (await as('ward.officer')).get('/api/v1/notifications')).body;
    expect(office.items.map((n: { kind: string }) => n.kind)).toContain('proposal.submitted');
  });

  it('lets the office accept only with a reason against the engine, and return one nominee to the unit', async () => {
    const officer = await as('ward.officer');
    const a = (await officer.get(`/api/v1/rounds/${roundId}/appraisal`)).body;
    expect(a.appraisalRule.workingDays).toBe(20);
    const [prop] = a.proposals;
    const an = prop.nominees.find((n: { displayName: string }) => n.displayName === 'Nguyễn Văn An');
    const binh = prop.nominees.find((n: { displayName: string }) => n.displayName === 'Trần Thị Bình');
    expect(an.actions).toEqual(expect.arrayContaining(['accept', 'return', 'reject']));
    // No rating for 2026 is on file: the engine does not find An eligible yet.
    expect(an.verdict.eligible).toBe(false);
    const noReason = await officer.post(`/api/v1/nominees/${an.id}/accept`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].field).toBe('overrideReason');
    expect(
      (
        await officer.post(`/api/v1/nominees/${an.id}/accept`, {
          overrideReason: 'Đã có kết quả đánh giá năm 2026 (bản giấy), chưa nhập.',
        })
      ).status,
    ).toBe(200);
    expect((await officer.post(`/api/v1/nominees/${binh.id}/return`, { reason: '' })).status).toBe(400);
    expect(
      (
        await officer.post(`/api/v1/nominees/${binh.id}/return`, {
          reason: 'Thiếu minh chứng kết quả đánh giá năm 2026.',
        })
      ).status,
    ).toBe(200);
    const clerk = await as('clerk.school');
    const p = (await clerk.get(`/api/v1/proposals/${proposalId}`)).body;
    expect(p).toMatchObject({ status: 'returned', editable: true });
    expect(p.returnReason).toContain('Thiếu minh chứng');
    expect(p.nominees.find((n: { id: string }) => n.id === an.id).status).toBe('accepted');
    expect((await clerk.get('/api/v1/notifications')).body.items[0].kind).toBe('proposal.returned');
    // The accepted nominee stays frozen even though the dossier is open again.
    expect((await clerk.patch(`/api/v1/nominees/${an.id}`, { achievement: 'x' })).status).toBe(409);
  });

  it('checks evidence files and lets the unit fix and resubmit', async () => {
    const clerk = await as('clerk.school');
    const binh = (await clerk.get(`/api/v1/proposals/${proposalId}`)).body.nominees.find(
      (n: { displayName: string }) => n.displayName === 'Trần Thị Bình',
    );
    const fake = new FormData();
    fake.set('file', new File([new Uint8Array([0x50, 0x4b, 3, 4, 0])], 'danh-gia.pdf'));
    const refused = await clerk.request('POST', `/api/v1/nominees/${binh.id}/files`, fake);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].message).toContain('không phải PDF');
    const pdf = new FormData();
    pdf.set('file', new File([new TextEncoder().encode('%PDF-1.4 kết quả đánh giá')], 'Kết quả đánh giá 2026.pdf'));
    const up = await clerk.request('POST', `/api/v1/nominees/${binh.id}/files`, pdf);
    expect(up.status).toBe(201);
    expect(up.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await clerk.post(`/api/v1/proposals/${proposalId}/submit`);
    expect(again.body).toMatchObject({ status: 'submitted', submissions: 2 });
    const officer = await as('ward.officer');
    const file = await officer.request('GET', `/api/v1/files/${up.body.id}`);
    expect(file.status).toBe(200);
    expect((await (await as('clerk.clinic')).request('GET', `/api/v1/files/${up.body.id}`)).status).toBe(404);
    expect((await clerk.request('DELETE', `/api/v1/files/${up.body.id}`)).status).toBe(409);
    expect(
      (await officer.post(`/api/v1/nominees/${binh.id}/accept`, { overrideReason: 'Đã bổ sung minh chứng.' })).status,
    ).toBe(200);
    const round = (await officer.get(`/api/v1/rounds/${roundId}`)).body;
    expect(round.proposals[0]).toMatchObject({ status: 'appraised', nominees: { accepted: 2 } });
  });

  it('catches the same person proposed for the same award and period in another round', async () => {
    const officer = await as('ward.officer');
    const second = (await officer.post('/api/v1/rounds', { ...roundBody(), name: 'Đợt bổ sung năm 2026' })).body.id;
    await officer.post(`/api/v1/rounds/${second}/status/open`);
    const clerk = await as('clerk.school');
    const pid = (await clerk.post(`/api/v1/rounds/${second}/proposals`, { orgId: f.orgs['T.W1.SCH'] })).body.id;
    await clerk.post(`/api/v1/proposals/${pid}/nominees`, {
      subjectKind: 'individual',
      subjectId: f.people['Nguyễn Văn An'],
      awardCode: 'CSTD_CS',
      achievement: 'Như đợt trước.',
    });
    await clerk.post(`/api/v1/proposals/${pid}/submit`);
    const a = (await officer.get(`/api/v1/rounds/${second}/appraisal`)).body;
    const n = a.proposals[0].nominees[0];
    expect(n.duplicates).toHaveLength(1);
    expect(n.duplicates[0]).toMatchObject({ status: 'accepted', sameRound: false, roundName: roundBody().name });
    const refused = await officer.post(`/api/v1/nominees/${n.id}/accept`, { overrideReason: 'Thử chấp nhận trùng.' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('không chấp nhận trùng');
    expect(
      (await officer.post(`/api/v1/nominees/${n.id}/reject`, { reason: 'Trùng với đề nghị trong đợt tổng kết năm.' }))
        .status,
    ).toBe(200);
  });

  it('offers the achievement report pre-filled from the registry, and audits every step', async () => {
    const clerk = await as('clerk.school');
    const an = (await clerk.get(`/api/v1/proposals/${proposalId}`)).body.nominees.find(
      (n: { displayName: string }) => n.displayName === 'Nguyễn Văn An',
    );
    const res = await f.app.request(`/api/v1/nominees/${an.id}/report?format=docx`, {
      headers: { cookie: (clerk as unknown as { cookie: string }).cookie },
    });
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('BÁO CÁO THÀNH TÍCH');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Chiến sĩ thi đua cơ sở');
    expect(text).toContain('45/QĐ-UBND');
    const actions = rowsOf<{ action: string }>(await f.db.execute(sql`SELECT action FROM audit_log ORDER BY seq`)).map(
      (r) => r.action,
    );
    for (const a of [
      'round.create',
      'round.open',
      'proposal.create',
      'nominee.add',
      'proposal.submit',
      'nominee.accept',
      'nominee.return',
      'file.upload',
      'nominee.reject',
    ])
      expect(actions).toContain(a);
  });

  it("prints the hometown and training level of the person's record in the achievement report, dotted when unknown", async () => {
    const clerk = await as('clerk.school');
    const an = (await clerk.get(`/api/v1/proposals/${proposalId}`)).body.nominees.find(
      (n: { displayName: string }) => n.displayName === 'Nguyễn Văn An',
    );
    const personId = f.people['Nguyễn Văn An'];
    const report = async (format: 'docx' | 'pdf') => {
      const res = await f.app.request(`/api/v1/nominees/${an.id}/report?format=${format}`, {
        headers: { cookie: (clerk as unknown as { cookie: string }).cookie },
      });
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (format === 'pdf') return hasPdftotext() ? pdfText(bytes).replace(/\s+/g, ' ') : null;
      const zip = await JSZip.loadAsync(bytes);
      return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    };
    const before = (await report('docx'))!;
    expect(before).toMatch(/Quê quán: …{10,}/u);
    expect(before).toMatch(/Trình độ chuyên môn, nghiệp vụ: …{10,}/u);

    const bad = await clerk.patch(`/api/v1/people/${personId}`, { educationLevel: 'thac_si' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'educationLevel', label: 'Trình độ đào tạo' });
    const saved = await clerk.patch(`/api/v1/people/${personId}`, {
      hometown: '  Xã Mường Phăng,   tỉnh Điện Biên ',
      educationLevel: 'dai_hoc',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ hometown: 'Xã Mường Phăng, tỉnh Điện Biên', educationLevel: 'dai_hoc' });
    // A later edit that leaves them out keeps them.
    expect((await clerk.patch(`/api/v1/people/${personId}`, { isManager: false })).body).toMatchObject({
      hometown: 'Xã Mường Phăng, tỉnh Điện Biên',
      educationLevel: 'dai_hoc',
    });
    expect((await clerk.get(`/api/v1/people/${personId}`)).body.person).toMatchObject({
      hometown: 'Xã Mường Phăng, tỉnh Điện Biên',
      educationLevel: 'dai_hoc',
    });
    for (const format of ['docx', 'pdf'] as const) {
      const text = await report(format);
      if (text === null) continue;
      expect(text).toContain('Quê quán: Xã Mường Phăng, tỉnh Điện Biên');
      expect(text).toContain('Trình độ chuyên môn, nghiệp vụ: Đại học');
      expect(text).toMatch(/Trú quán: …{10,}/u);
    }

    // Cleared, the lines are dotted again for the unit to write in.
    await clerk.patch(`/api/v1/people/${personId}`, { hometown: '', educationLevel: null });
    const cleared = (await report('docx'))!;
    expect(cleared).toMatch(/Quê quán: …{10,}/u);
    expect(cleared).toMatch(/Trình độ chuyên môn, nghiệp vụ: …{10,}/u);
  });

  it('lets the administrator change the procedure from a date: the catalogue shows it and the clock follows', async () => {
    const admin = await as('admin');
    const cat = (await admin.get('/api/v1/catalogue')).body;
    const vote = cat.params.find((p: { key: string }) => p.key === 'procedure.voteRules.0.share');
    expect(vote).toMatchObject({ value: 0.9, mark: 'U' });
    expect(
      (
        await admin.post('/api/v1/catalogue/overrides', {
          key: 'procedure.appraisal.workingDays',
          value: 0,
          effectiveFrom: '2025-07-01',
          reason: 'Thử',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await (
          await as('ward.officer')
        ).post('/api/v1/catalogue/overrides', {
          key: 'procedure.appraisal.workingDays',
          value: 15,
          effectiveFrom: '2025-07-01',
          reason: 'Thử',
        })
      ).status,
    ).toBe(403);
    const ok = await admin.post('/api/v1/catalogue/overrides', {
      key: 'procedure.appraisal.workingDays',
      value: 15,
      effectiveFrom: '2025-07-01',
      citation: 'Quy chế TĐKT của tỉnh',
      reason: 'Tỉnh rút ngắn thời hạn thẩm định.',
    });
    expect(ok.status).toBe(201);
    const round = (await (await as('ward.officer')).get(`/api/v1/rounds/${roundId}`)).body;
    expect(round.appraisalRule.workingDays).toBe(15);
    expect(round.proposals[0].clock.dueOn).toBe(
      addWorkingDays(round.proposals[0].clock.completeOn, 15, PROCEDURE_2025.holidays.dates),
    );
  });
});

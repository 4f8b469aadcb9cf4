// "Accept every eligible nominee" in appraisal (issue 9, part 5), on each engine: only nominees whose
// verdict is plainly eligible are accepted, in one go and audited; anyone the engine does not find
// eligible stays for the office to decide one by one, with a written reason.
import { describe, expect, it } from 'vitest';
import { testDay } from '../../db/testing/dates.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp } from '../../db/testing/frame.js';

describe.each(ENGINES)('accepting every eligible nominee on %s', (engine) => {
  const f = fixtureApp(engine);
  const { as } = f;

  it('accepts the plainly eligible only, leaves the rest, and refuses a unit clerk', async () => {
    const clerk = await as('clerk.school');
    const person = await clerk.post('/api/v1/people', {
      fullName: 'Lò Văn Tâm',
      gender: 'male',
      category: 'vien_chuc',
      orgId: f.orgs['T.W1.SCH'],
    });
    expect(person.status).toBe(201);
    const tam = person.body.id as string;
    expect((await clerk.post(`/api/v1/people/${tam}/ratings`, { period: '2025-2026', rating: 'HTTNV' })).status).toBe(
      201,
    );

    const officer = await as('ward.officer');
    const round = await officer.post('/api/v1/rounds', {
      name: 'Tổng kết công tác thi đua, khen thưởng năm 2026',
      kind: 'year_end',
      period: '2026',
      awardCodes: ['LDTT', 'CSTD_CS'],
      invitedOrgIds: [f.orgs['T.W1.SCH']],
      orgId: f.orgs['T.W1'],
      opensOn: testDay(-10),
      submitBy: testDay(5),
      decisionBy: testDay(20),
    });
    expect(round.status).toBe(201);
    const roundId = round.body.id as string;
    await officer.post(`/api/v1/rounds/${roundId}/status/open`);
    const proposalId = (await clerk.post(`/api/v1/rounds/${roundId}/proposals`, { orgId: f.orgs['T.W1.SCH'] })).body
      .id as string;
    await clerk.post(`/api/v1/proposals/${proposalId}/nominees`, {
      subjectKind: 'individual',
      subjectId: tam,
      awardCode: 'LDTT',
      achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025-2026.',
    });
    // No rating for the year is on file for An: the engine does not find him eligible.
    await clerk.post(`/api/v1/proposals/${proposalId}/nominees`, {
      subjectKind: 'individual',
      subjectId: f.people['Nguyễn Văn An'],
      awardCode: 'CSTD_CS',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ.',
    });
    expect((await clerk.post(`/api/v1/proposals/${proposalId}/submit`)).status).toBe(200);

    expect((await clerk.post(`/api/v1/rounds/${roundId}/appraisal/accept-eligible`, {})).status).toBe(403);
    const done = await officer.post(`/api/v1/rounds/${roundId}/appraisal/accept-eligible`, {});
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ accepted: 1, left: 1, slotTaken: [] });

    const a = (await officer.get(`/api/v1/rounds/${roundId}/appraisal`)).body;
    const byName = new Map(
      a.proposals[0].nominees.map((n: { displayName: string; status: string }) => [n.displayName, n.status]),
    );
    expect(byName.get('Lò Văn Tâm')).toBe('accepted');
    expect(byName.get('Nguyễn Văn An')).toBe('submitted');
    // Nothing is left that could be accepted without a reason.
    expect((await officer.post(`/api/v1/rounds/${roundId}/appraisal/accept-eligible`, {})).body).toEqual({
      accepted: 0,
      left: 1,
      slotTaken: [],
    });
    const audit = (await officer.get('/api/v1/audit?action=nominee.accept_eligible')).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toContain('chấp nhận cùng lúc 1 đề nghị đủ điều kiện');
  });
});

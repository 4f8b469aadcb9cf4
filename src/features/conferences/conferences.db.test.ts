// Conferences and ceremonies on each engine: planned by the officer, invitees from units, people
// and guests, attendance once the day has come (the conference is then held), documents through
// the evidence checks, only signed decisions linked as awards presented, and the year's figures.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp } from '../../db/testing/frame.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { now } from '../../server/clock.js';
import { countConferencesByYear, isConferenceDone } from './repository.js';

describe.each(ENGINES)('conferences on %s', (engine) => {
  const f = fixtureApp(engine);
  const today = isoDateInVietnam(now());
  const year = Number(today.slice(0, 4));
  const later = `${year + 1}-01-15`;
  let id = '';

  it('plans a conference, invites units, people and guests, and takes attendance on the day', async () => {
    const officer = await f.as('officer');
    expect(
      (
        await (
          await f.as('clerk.school')
        ).post('/api/v1/conferences', {
          orgId: f.orgs['T.W1'],
          kind: 'tong_ket',
          title: 'x',
          heldOn: today,
        })
      ).status,
    ).toBe(403);
    const made = await officer.post('/api/v1/conferences', {
      orgId: f.orgs['T.W1'],
      kind: 'tong_ket',
      title: `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${year}`,
      heldOn: today,
      place: 'Hội trường UBND phường',
    });
    expect(made.status).toBe(201);
    id = made.body.id;
    const invited = await officer.post(`/api/v1/conferences/${id}/invitees`, {
      orgIds: [f.orgs['T.W1.SCH']],
      personIds: [f.people['Nguyễn Văn An']],
      guests: ['Đại diện Ban Thi đua - Khen thưởng tỉnh'],
    });
    expect(invited.body.invitees).toBe(3);
    const [a, b] = invited.body.inviteeList as { id: string }[];
    const held = await officer.post(`/api/v1/conferences/${id}/attendance`, {
      marks: [
        { inviteeId: a.id, attended: true },
        { inviteeId: b.id, attended: false },
      ],
      summary: 'Hội nghị đánh giá kết quả phong trào thi đua năm và trao khen thưởng.',
    });
    expect(held.body).toMatchObject({ status: 'held', attended: 1 });
    expect(await isConferenceDone(f.db, f.tenantId, id)).toBe(true);

    const future = await officer.post('/api/v1/conferences', {
      orgId: f.orgs['T.W1'],
      kind: 'so_ket',
      title: 'Sơ kết 6 tháng',
      heldOn: later,
    });
    const early = await officer.post(`/api/v1/conferences/${future.body.id}/attendance`, {
      marks: [{ inviteeId: a.id, attended: true }],
    });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('Chưa đến ngày');
  });

  it('lists conferences as {items}, and the school sees the one it was invited to', async () => {
    const officer = await f.as('officer');
    const all = await officer.get(`/api/v1/conferences?year=${year}`);
    expect(all.body.items.map((c: { kindLabel: string }) => c.kindLabel)).toEqual(['Hội nghị tổng kết']);
    expect((await officer.get('/api/v1/conferences?kind=so_ket')).body.total).toBe(1);
    const clerk = await f.as('clerk.school');
    expect((await clerk.get('/api/v1/conferences')).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await (await f.as('clerk.clinic')).get(`/api/v1/conferences/${id}`)).status).toBe(404);
  });

  it('keeps documents and links only signed decisions as awards presented', async () => {
    const officer = await f.as('officer');
    const form = new FormData();
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    form.append('file', new File([pdf], 'Báo cáo tổng kết.pdf', { type: 'application/pdf' }));
    expect((await officer.request('POST', `/api/v1/conferences/${id}/files`, form)).status).toBe(201);
    const unknown = await officer.post(`/api/v1/conferences/${id}/awards`, { decisionIds: [crypto.randomUUID()] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].field).toBe('decisionIds.0');
    const detail = await officer.get(`/api/v1/conferences/${id}`);
    expect(detail.body.documents.map((d: { fileName: string }) => d.fileName)).toEqual(['Báo cáo tổng kết.pdf']);
    expect(detail.body.awards).toEqual([]);
  });

  it('counts the year’s held conferences by kind for the annual report', async () => {
    expect(await countConferencesByYear(f.db, f.tenantId, year, f.orgs.T)).toEqual({
      so_ket: 0,
      tong_ket: 1,
      cluster: 0,
      ceremony: 0,
      total: 1,
    });
  });
});

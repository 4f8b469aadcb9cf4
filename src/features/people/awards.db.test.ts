// The registry's award form on each engine: "không khen thưởng nhiều lần cho một thành tích" (Luật
// Thi đua, khen thưởng 06/2022/QH15, điểm c khoản 2 Điều 5) across a calendar year and a school
// year that overlap; forms of commendation may be given more than once.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp } from '../../db/testing/frame.js';

describe.each(ENGINES)('award records of overlapping periods on %s', (engine) => {
  const f = fixtureApp(engine);

  it('refuses a second title of overlapping periods of the other kind, citing the article, and writes nothing', async () => {
    const clerk = await f.as('clerk.school');
    const binh = f.people['Trần Thị Bình'];
    expect(
      (
        await clerk.post(`/api/v1/people/${binh}/awards`, {
          awardCode: 'CSTD_CS',
          period: '2026',
          decisionNo: '540/QĐ-UBND',
          decisionDate: '2026-12-18',
        })
      ).status,
    ).toBe(201);
    const refused = await clerk.post(`/api/v1/people/${binh}/awards`, { awardCode: 'LDTT', period: '2025-2026' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      '"Trần Thị Bình" đã có Chiến sĩ thi đua cơ sở năm 2026 (Quyết định số 540/QĐ-UBND ngày 18/12/2026), trùng thời gian với năm học 2025-2026: ' +
        'không ghi nhận thêm Lao động tiên tiến năm học 2025-2026 (Điểm c khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022: không khen thưởng nhiều lần cho một thành tích — danh hiệu theo năm và danh hiệu theo năm học của cùng một đối tượng không được tính trùng thời gian).',
    );
    const page = (await clerk.get(`/api/v1/people/${binh}`)).body;
    expect(page.timeline.map((t: { title: string }) => t.title)).not.toContain('Lao động tiên tiến (2025-2026)');
    // A period that does not overlap is fine, and so is LĐTT of the same calendar year.
    expect((await clerk.post(`/api/v1/people/${binh}/awards`, { awardCode: 'LDTT', period: '2024-2025' })).status).toBe(
      201,
    );
    expect((await clerk.post(`/api/v1/people/${binh}/awards`, { awardCode: 'LDTT', period: '2026' })).status).toBe(201);
  });

  it('records a second Giấy khen of the same year under another decision, not the same record twice', async () => {
    const clerk = await f.as('clerk.school');
    const duc = f.people['Lê Văn Đức'];
    const gk = { awardCode: 'GIAY_KHEN', period: '2026', decisionNo: '12/QĐ-UBND', decisionDate: '2026-05-19' };
    expect((await clerk.post(`/api/v1/people/${duc}/awards`, gk)).status).toBe(201);
    expect(
      (
        await clerk.post(`/api/v1/people/${duc}/awards`, {
          ...gk,
          decisionNo: '80/QĐ-UBND',
          decisionDate: '2026-09-02',
        })
      ).status,
    ).toBe(201);
    expect((await clerk.post(`/api/v1/people/${duc}/awards`, gk)).status).toBe(409);
  });
});

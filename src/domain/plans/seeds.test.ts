// The five real 2026 plans (copies of ../shared/seeds in ./fixtures), read end to end.
import { describe, expect, it } from 'vitest';
import { SEED_FILES, seedBytes } from './fixtures/seeds.js';
import { importPlan } from '../../documents/plan/import.js';
import type { PlanTask } from './index.js';

async function tasksOf(name: keyof typeof SEED_FILES): Promise<PlanTask[]> {
  const r = await importPlan(seedBytes(name), SEED_FILES[name]);
  if (!r.ok) throw new Error(r.message);
  return r.tasks;
}

function countByQuarter(tasks: PlanTask[]): Record<string, number> {
  const c: Record<string, number> = { I: 0, II: 0, III: 0, IV: 0, regular: 0 };
  for (const t of tasks) c[t.quarter]++;
  return c;
}

describe('seed 000 (phường Mường Lay): TT / Nhiệm vụ cụ thể / Đơn vị chủ trì tham mưu / Đơn vị phối hợp', () => {
  it('holds 23 tasks: 8, 6, 2, 4 by quarter and 3 regular, all led by the Phòng Văn hóa - Xã hội', async () => {
    const tasks = await tasksOf('muongLay');
    expect(tasks).toHaveLength(23);
    expect(countByQuarter(tasks)).toEqual({ I: 8, II: 6, III: 2, IV: 4, regular: 3 });
    expect(tasks.map((t) => t.lead)).toEqual(Array(23).fill('Phòng Văn hóa - Xã hội phường'));
    expect(tasks.every((t) => t.due === null)).toBe(true);
  });

  it('reads titles as written and partners one unit each', async () => {
    const tasks = await tasksOf('muongLay');
    expect(tasks[0]).toEqual({
      quarter: 'I',
      title: 'Hoàn thiện hồ sơ trình UBND tỉnh khen thưởng và đề nghị khen cao thành tích khen thưởng năm 2025',
      lead: 'Phòng Văn hóa - Xã hội phường',
      partners: ['Các cơ quan, đơn vị trên địa bàn phường'],
      due: null,
      fromProse: false,
    });
    // Task 3 follows a header row repeated at a page break.
    expect(tasks[2]).toMatchObject({
      quarter: 'I',
      title: 'Ban hành kế hoạch phát động phong trào thi đua yêu nước năm 2026',
      partners: ['Văn phòng HĐND và UBND phường', 'các cơ quan đơn vị liên quan'],
    });
    expect(tasks[4].partners).toEqual(['Các xã, phường thuộc cụm thi đua số 05']);
    expect(tasks[6].partners).toEqual(['Văn phòng HĐND và UBND phường', 'các cơ quan, đơn vị liên quan']);
    expect(tasks[7].partners).toEqual(['Các cơ quan, đơn vị, trường học trên địa phương']);
    expect(tasks[8]).toMatchObject({
      quarter: 'II',
      title:
        'Tổ chức họp Hội đồng xét, đánh giá phạm vi ảnh hưởng của đề tài, sáng kiến lĩnh vực giáo dục và đào tạo năm học 2025-2026',
      partners: ['Thành viên Hội đồng đánh giá phạm vi ảnh hưởng của đề tài, sáng kiến phường'],
    });
    expect(tasks[11].partners).toEqual(['Thành viên Hội đồng TĐKT phường']);
    expect(tasks[16]).toMatchObject({
      quarter: 'IV',
      title: 'Xây dựng và ban hành hướng dẫn công tác TĐKT năm 2026; phương hướng, nhiệm vụ công tác TĐKT năm 2027',
      partners: ['Khôi thi đua trường học', 'Các cơ quan, đơn vị trên địa bàn phường'],
    });
    expect(tasks[19].partners).toEqual([
      'Văn phòng HĐND và UBND phường',
      'Các cơ quan, đơn vị, trường học trên địa bàn phường',
    ]);
    expect(tasks[20]).toMatchObject({
      quarter: 'regular',
      partners: ['Các cơ quan, đơn vị, trường học trên địa bàn phường có liên quan'],
    });
    expect(tasks[21].title).toBe(
      'Xét khen thưởng và đề nghị các cấp khen thưởng thường xuyên, cống hiến, chuyên đề, đột xuất, xét tặng Huy chương thanh niên xung phong về vang và Kỷ niệm chương “Vì sự nghiệp xây dựng và phát triển tỉnh Điện Biên”...',
    );
  });

  it('keeps the quarter of a section across a repeated header row', async () => {
    const tasks = await tasksOf('muongLay');
    expect(tasks.slice(0, 8).every((t) => t.quarter === 'I')).toBe(true);
    expect(tasks[18]).toMatchObject({
      quarter: 'IV',
      title: 'Chuẩn bị chấm điểm thi đua của phường gửi trưởng cụm thi đua xã, phường số 05',
    });
  });
});

describe('seed 001 (phường Bạch Đằng): STT / Nội dung / Cơ quan chủ trì / … phối hợp / Thời gian thực hiện', () => {
  it('holds 7 tasks, quarters from the time column', async () => {
    const tasks = await tasksOf('bachDang');
    expect(tasks).toHaveLength(7);
    expect(countByQuarter(tasks)).toEqual({ I: 3, II: 2, III: 0, IV: 2, regular: 0 });
    expect(tasks.map((t) => t.quarter)).toEqual(['I', 'I', 'I', 'II', 'II', 'IV', 'IV']);
    expect(tasks.every((t) => t.due === null)).toBe(true);
  });

  it('reads lead and partners, merging a cell wrapped over a page break', async () => {
    const tasks = await tasksOf('bachDang');
    expect(tasks[0]).toEqual({
      quarter: 'I',
      title: 'Xây dựng Kế hoạch công tác thi đua, khen thưởng năm 2026',
      lead: 'Phòng Văn hóa - Xã hội',
      partners: ['Văn phòng HĐND - UBND'],
      due: null,
      fromProse: false,
    });
    expect(tasks[2]).toMatchObject({ lead: 'Phòng Văn hóa - Xã hội', partners: ['Trung tâm Dịch vụ sự nghiệp công'] });
    expect(tasks[3]).toMatchObject({ quarter: 'II', partners: ['Các trường học trên địa bàn'] });
    // Task 6: "…, các đơn vị" + (next page) "sự nghiệp công lập trực thuộc UBND phường; …"
    expect(tasks[5]).toEqual({
      quarter: 'IV',
      title: 'Khen thưởng cá nhân, tập thể có thành tích xuất sắc trong công tác năm 2026',
      lead: 'Phòng Văn hóa - Xã hội',
      partners: [
        'Các phòng ban chuyên môn của Đảng ủy, HĐND, UBND, UBMTTQ, các đơn vị sự nghiệp công lập trực thuộc UBND phường',
        'các cơ quan tổ chức, doanh nghiệp, các tổ dân phố trên địa bàn phường',
      ],
      due: null,
      fromProse: false,
    });
    expect(tasks[6]).toMatchObject({
      quarter: 'IV',
      lead: 'Phòng Văn hoá - Xã hội',
      title: 'Tổng kết công tác thi đua khen thưởng năm 2026',
    });
  });
});

describe('seed 003 (xã Điềm He): TT / Nội dung / Cơ quan thực hiện, section rows "QUÝ I"', () => {
  it('holds 18 tasks: 6, 6, 1, 5 by quarter', async () => {
    const tasks = await tasksOf('diemHe');
    expect(tasks).toHaveLength(18);
    expect(countByQuarter(tasks)).toEqual({ I: 6, II: 6, III: 1, IV: 5, regular: 0 });
  });

  it('takes the first performer as lead and the others as partners', async () => {
    const tasks = await tasksOf('diemHe');
    expect(tasks[0]).toEqual({
      quarter: 'I',
      title: 'Báo cáo tổng kết công tác TĐKT năm 2025, phương hướng, nhiệm vụ công tác năm 2026',
      lead: 'UBND xã',
      partners: ['HĐTĐKT xã', 'Phòng Văn hóa – Xã hội'],
      due: null,
      fromProse: false,
    });
    // Task 3: its last performer sits on the next page, under a repeated header.
    expect(tasks[2]).toMatchObject({
      quarter: 'I',
      lead: 'UBND xã',
      partners: ['HĐTĐKT xã', 'Phòng Văn hóa – Xã hội', 'Các cơ quan, đơn vị liên quan', 'các thôn'],
    });
    expect(tasks[4]).toMatchObject({
      lead: 'Hội đồng TĐKT xã',
      partners: ['Thành viên Cụm thi đua Cụm 4 các xã nội địa'],
    });
    // Bullets without a full stop: "- UBND xã - Phòng Văn hóa – Xã hội"
    expect(tasks[6]).toMatchObject({ quarter: 'II', lead: 'UBND xã', partners: ['Phòng Văn hóa – Xã hội'] });
    // Task 12: title and performers both wrapped over a page break ("…– Xã" + "hội").
    expect(tasks[11]).toEqual({
      quarter: 'II',
      title: 'Tham dự Hội nghị sơ kết phong trào thi đua, công tác khen thưởng Cụm 4 các xã nội địa năm 2026',
      lead: 'UBND xã',
      partners: ['Phòng Văn hóa – Xã hội'],
      due: null,
      fromProse: false,
    });
    expect(tasks[12]).toMatchObject({
      quarter: 'III',
      lead: 'UBND xã',
      partners: ['Hội đồng TĐKT xã', 'Phòng Văn hóa – Xã hội xã', 'Các cơ quan, đơn vị liên quan', 'các thôn'],
    });
    expect(tasks[16]).toMatchObject({
      quarter: 'IV',
      lead: 'Hội đồng TĐKT xã',
      partners: ['Phòng Văn hóa – Xã hội xã', 'Các cơ quan, đơn vị liên quan'],
    });
    expect(tasks[17]).toMatchObject({
      quarter: 'IV',
      title: 'Ban hành Kế hoạch công tác TĐKT năm 2027',
      lead: 'UBND xã',
    });
  });
});

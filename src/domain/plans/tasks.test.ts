import { describe, expect, it } from 'vitest';
import { importPlan } from '../../documents/plan/import.js';
import { PlanImportSchema } from './index.js';
import { deadlineInTitle, detectHeader, headerRole, inferPlanYear } from './tasks.js';

const enc = (s: string) => new TextEncoder().encode(s);
const tsv = (...rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

async function tasks(text: string) {
  const r = await importPlan(enc(text), 'ke-hoach.txt');
  if (!r.ok) throw new Error(r.message);
  return r.tasks;
}

describe('header detection', () => {
  it('recognises the header names of the seeds, without diacritics and case', () => {
    expect(['TT', 'Nhiệm vụ cụ thể', 'Đơn vị chủ trì tham mưu', 'Đơn vị phối hợp'].map(headerRole)).toEqual([
      'number',
      'title',
      'lead',
      'partners',
    ]);
    expect(
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan, tổ chức, đơn vị phối hợp', 'Thời gian thực hiện'].map(
        headerRole,
      ),
    ).toEqual(['number', 'title', 'lead', 'partners', 'time']);
    expect(['tt', 'NOI DUNG', 'Cơ quan thực hiện'].map(headerRole)).toEqual(['number', 'title', 'lead']);
    expect(headerRole('Cơ quan chủ trì, phối hợp')).toBe('combined');
    expect(headerRole('Ghi chú')).toBe('other');
  });

  it('does not take a section row or a data row for a header', () => {
    expect(detectHeader([{ cells: ['I', 'NHIỆM VỤ THỰC HIỆN TRONG QUÝ I', '', ''] }], 0)).toBeNull();
    expect(detectHeader([{ cells: ['1', 'Nội dung tuyên truyền', 'Phòng A chủ trì'] }], 0)).toBeNull();
    expect(detectHeader([{ cells: ['TT', 'Nội dung', 'Ghi chú'] }], 0)).toBeNull();
  });
});

describe('rows to tasks', () => {
  it('reads a time column: quarter, month, date, regular; explicit dates give due', async () => {
    const text = tsv(
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
      ['1', 'Ban hành kế hoạch', 'Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND', 'trước ngày 15/01/2026'],
      ['2', 'Sơ kết 6 tháng', 'Phòng Văn hóa - Xã hội', '', 'Tháng 6/2026'],
      ['3', 'Kiểm tra', 'Phòng Văn hóa - Xã hội', '', 'Quý III'],
      ['4', 'Tổng kết năm', 'Phòng Văn hóa - Xã hội', '', '31/12/2026'],
      ['5', 'Tuyên truyền', 'Trung tâm Dịch vụ tổng hợp', '', 'Thường xuyên'],
      ['6', 'Cập nhật phần mềm', 'Phòng Văn hóa - Xã hội', '', 'Cả năm'],
    );
    expect((await tasks(text)).map((t) => [t.quarter, t.due])).toEqual([
      ['I', '2026-01-15'],
      ['II', '2026-06-30'],
      ['III', null],
      ['IV', '2026-12-31'],
      ['regular', null],
      ['regular', null],
    ]);
  });

  it('lets a time column override the section, and falls back to the section, then to regular', async () => {
    const text = tsv(
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian'],
      ['QUÝ II', '', '', ''],
      ['1', 'Việc theo mục', 'Phòng A', ''],
      ['2', 'Việc có hạn riêng', 'Phòng A', 'Tháng 9/2026'],
    );
    expect((await tasks(text)).map((t) => [t.quarter, t.due])).toEqual([
      ['II', null],
      ['III', '2026-09-30'],
    ]);
    const undated = tsv(['TT', 'Nhiệm vụ', 'Chủ trì'], ['1', 'Việc không ghi thời gian', 'Phòng A']);
    expect((await tasks(undated))[0].quarter).toBe('regular');
  });

  it('treats numbered headings in capitals as sections, not tasks', async () => {
    const text = tsv(
      ['TT', 'Nội dung', 'Cơ quan tham mưu', 'Thời gian'],
      ['1', 'CÔNG TÁC TUYÊN TRUYỀN', '', ''],
      ['1.1', 'Tuyên truyền Luật Thi đua, khen thưởng', 'Phòng A', 'Quý I'],
      ['2', 'CÔNG TÁC KHEN THƯỞNG TRONG QUÝ IV', '', ''],
      ['2.1', 'Xét khen thưởng cuối năm', 'Phòng A', ''],
    );
    expect((await tasks(text)).map((t) => [t.quarter, t.title, t.lead])).toEqual([
      ['I', 'Tuyên truyền Luật Thi đua, khen thưởng', 'Phòng A'],
      ['IV', 'Xét khen thưởng cuối năm', 'Phòng A'],
    ]);
  });

  it('takes a deadline written in the task itself, but not the date of a cited document', async () => {
    expect(deadlineInTitle('Báo cáo UBND tỉnh trước ngày 10/02/2026', 2026)).toBe('2026-02-10');
    expect(deadlineInTitle('Chỉ đạo thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị', 2026)).toBeNull();
    const text = tsv(
      ['TT', 'Nhiệm vụ', 'Chủ trì'],
      ['I', 'QUÝ I', ''],
      ['1', 'Gửi báo cáo chậm nhất ngày 20/3', 'Phòng A'],
    );
    expect((await tasks(`Kế hoạch năm 2026\n${text}`))[0]).toMatchObject({ quarter: 'I', due: '2026-03-20' });
  });

  it('moves the extra units of a lead cell to the front of the partners', async () => {
    const text = tsv(
      ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp'],
      ['1', 'Việc', 'Phòng Văn hóa - Xã hội; Văn phòng HĐND và UBND', 'Các thôn'],
    );
    expect((await tasks(text))[0]).toMatchObject({
      lead: 'Phòng Văn hóa - Xã hội',
      partners: ['Văn phòng HĐND và UBND', 'Các thôn'],
    });
  });

  it('reads a combined "chủ trì, phối hợp" column like a performers column', async () => {
    const text = tsv(
      ['TT', 'Nội dung', 'Cơ quan chủ trì, phối hợp'],
      ['1', 'Việc', '- Công an xã - Ban Chỉ huy Quân sự xã'],
    );
    expect((await tasks(text))[0]).toMatchObject({ lead: 'Công an xã', partners: ['Ban Chỉ huy Quân sự xã'] });
  });

  it('reads a table without a number column: a capitalised title starts a task, lower case continues it', async () => {
    const text = tsv(
      ['Nội dung', 'Đơn vị thực hiện', 'Thời gian'],
      ['Tổ chức hội nghị tổng kết công tác thi đua', 'Phòng A', 'Quý I'],
      ['năm 2025', '', ''],
      ['Xét khen thưởng', 'Phòng B', 'Quý IV'],
    );
    expect((await tasks(text)).map((t) => [t.title, t.lead, t.quarter])).toEqual([
      ['Tổ chức hội nghị tổng kết công tác thi đua năm 2025', 'Phòng A', 'I'],
      ['Xét khen thưởng', 'Phòng B', 'IV'],
    ]);
  });

  it('skips a column-numbering row and reads Markdown pipe tables', async () => {
    const text = [
      '| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp |',
      '|----|----------|----------------|-----------------|',
      '| (1) | (2) | (3) | (4) |',
      '| 1 | Ban hành kế hoạch | Phòng Văn hóa - Xã hội | Văn phòng HĐND và UBND |',
    ].join('\n');
    expect(await tasks(text)).toEqual([
      {
        quarter: 'regular',
        title: 'Ban hành kế hoạch',
        lead: 'Phòng Văn hóa - Xã hội',
        partners: ['Văn phòng HĐND và UBND'],
        due: null,
        fromProse: false,
      },
    ]);
  });

  it('cleans titles to NFC and single spaces without rewording them', async () => {
    const nfd = 'Tổng  kết   công tác thi đua'.normalize('NFD');
    const text = tsv(['TT', 'Nhiệm vụ', 'Chủ trì'], ['1', ` ${nfd} `, 'Phòng A']);
    const [t] = await tasks(text);
    expect(t.title).toBe('Tổng kết công tác thi đua');
    expect(PlanImportSchema.safeParse({ year: null, sections: [], tasks: [t] }).success).toBe(true);
  });

  it('refuses a file with no task table and no duties by unit, or a header with no task', async () => {
    expect(await importPlan(enc('KẾ HOẠCH\n1. Tuyên truyền\nPhòng Văn hóa - Xã hội chủ trì'), 'a.txt')).toEqual({
      ok: false,
      message:
        'Không tìm thấy nhiệm vụ trong tệp "a.txt": không có bảng nhiệm vụ (các cột Nhiệm vụ/Nội dung và Đơn vị chủ trì) cũng không có mục "Tổ chức thực hiện" giao việc cho từng đơn vị.',
    });
    // A table that has no lead column is not a task table.
    expect((await importPlan(enc(tsv(['TT', 'Nội dung', 'Ghi chú'], ['1', 'Việc', ''])), 'b.txt')).ok).toBe(false);
    expect(await importPlan(enc(tsv(['TT', 'Nội dung', 'Đơn vị chủ trì'])), 'c.txt')).toEqual({
      ok: false,
      message: 'Bảng nhiệm vụ trong tệp "c.txt" không có nhiệm vụ nào.',
    });
    const latin1 = new Uint8Array([0x54, 0xe0, 0x69]);
    expect(await importPlan(latin1, 'd.txt')).toEqual({
      ok: false,
      message: 'Tệp "d.txt" không phải văn bản UTF-8 hay tệp DOCX, không đọc được.',
    });
  });

  it('infers the plan year from the text', () => {
    expect(inferPlanYear('Kế hoạch năm 2026 … năm 2025 … năm 2026')).toBe(2026);
    expect(inferPlanYear('không có năm')).toBeNull();
  });
});

// The whole plan read from the five real 2026 plans: prose duties as tasks (seeds 002, 004), and every
// section kept with its text (seeds 000, 001, 003), plus the pure rules of cadences, leads and closings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_FILES, seedPath, type SeedName } from './fixtures/seeds.js';
import { countByQuarter, dutyPeriods, isClosingFormula, leadOfHeading, parsePlanText } from './index.js';

function read(name: SeedName) {
  const r = parsePlanText(readFileSync(seedPath(name), 'utf8'), SEED_FILES[name]);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const perLead = (tasks: { lead: string }[]) => {
  const out: Record<string, number> = {};
  for (const t of tasks) out[t.lead] = (out[t.lead] ?? 0) + 1;
  return out;
};

describe('seed 002 (Văn phòng UBND tỉnh Sơn La): duties by unit under "III. Tổ chức thực hiện"', () => {
  const r = read('sonLaOffice');

  it('makes one task per duty, led by the unit of its heading, four for a quarterly duty', () => {
    expect(r.year).toBe(2026);
    expect(r.fromProse).toBe(true);
    expect(r.tasks).toHaveLength(16);
    expect(perLead(r.tasks)).toEqual({
      'Phòng Tổ chức - Hành chính - Quản trị': 6,
      'Các phòng, đơn vị': 3,
      'Thành viên Hội đồng thi đua, khen thưởng Văn phòng': 2,
      'Trung tâm Thông tin': 5,
    });
    expect(countByQuarter(r.tasks)).toEqual({ I: 1, II: 1, III: 1, IV: 1, regular: 12 });
    expect(r.tasks.every((t) => t.fromProse && t.partners.length === 0 && t.due === null)).toBe(true);
  });

  it('gives "Hàng quý giới thiệu …" one task per quarter, I to IV, in order', () => {
    const quarterly = r.tasks.filter((t) => t.title.startsWith('Hàng quý giới thiệu'));
    expect(quarterly.map((t) => t.quarter)).toEqual(['I', 'II', 'III', 'IV']);
    expect(new Set(quarterly.map((t) => t.lead))).toEqual(new Set(['Trung tâm Thông tin']));
  });

  it('keeps the duty as written and leaves the closing formula out', () => {
    expect(r.tasks[0].title).toBe(
      'Tham mưu với Lãnh đạo Văn phòng ban hành các văn bản triển khai về công tác thi đua, khen thưởng theo chỉ đạo của cấp trên.',
    );
    expect(r.tasks.some((t) => /Trên đây là/u.test(t.title))).toBe(false);
    // "theo quy định" is not "theo quý": the follow-up duty stays one year-round task.
    expect(r.tasks.filter((t) => t.title.startsWith('Theo dõi, đôn đốc')).map((t) => t.quarter)).toEqual(['regular']);
  });

  it('keeps the sections, their headings without numerals, and joins a paragraph cut by a page break', () => {
    expect(r.sections.map((s) => s.heading)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN']);
    expect(r.sections[1].text).toContain('trọng tâm là: Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị');
    expect(r.sections[1].text).toContain('chủ động tham mưu, đề xuất, ban hành các văn bản chỉ đạo');
    expect(r.sections[1].text).not.toContain('**');
  });
});

describe('seed 004 (xã Xuân Trường): bullets under unit headings and a "Unit: duty" heading', () => {
  const r = read('xuanTruong');

  it('makes six year-round tasks with their leads', () => {
    expect(r.year).toBe(2026);
    expect(r.tasks).toHaveLength(6);
    expect(perLead(r.tasks)).toEqual({
      'Các cơ quan, đơn vị, các thôn': 1,
      'Hội đồng Thi đua - Khen thưởng xã': 2,
      'Trung tâm dịch vụ sự nghiệp công': 1,
      'Phòng Văn hoá - Xã hội xã': 2,
    });
    expect(countByQuarter(r.tasks)).toEqual({ I: 0, II: 0, III: 0, IV: 0, regular: 6 });
  });

  it('takes the duty after "Unit: " on the heading line, drops the bullet, and leaves the closing formula out', () => {
    const centre = r.tasks.find((t) => t.lead === 'Trung tâm dịch vụ sự nghiệp công');
    expect(centre?.title).toMatch(/^Đây mạnh công tác tuyên truyền trên sóng phát thanh/u);
    expect(r.tasks.filter((t) => t.lead === 'Hội đồng Thi đua - Khen thưởng xã')[0].title).toMatch(
      /^Tham mưu tổ chức/u,
    );
    expect(r.tasks.some((t) => t.title.startsWith('Yêu cầu các cơ quan'))).toBe(false);
    expect(r.document.closing).toEqual([
      'Yêu cầu các cơ quan, đơn vị, cơ sở thôn tổ chức triển khai thực hiện tốt nội dung Kế hoạch này./.',
    ]);
  });

  it('reads the header: number, place and date', () => {
    expect(r.document).toMatchObject({ number: '57', symbol: 'KH-UBND', place: 'Xuân Trường', issuedOn: '2026-04-09' });
    expect(r.document.title).toBe('Triển khai thực hiện công tác thi đua, khen thưởng năm 2026');
    expect(r.document.signerName).toBe('Phạm Ngọc Hải');
  });
});

describe('table plans keep their whole text (seeds 000, 001, 003)', () => {
  it('seed 000: header, bases, four sections with their paragraphs, closing, recipients, signer', () => {
    const r = read('muongLay');
    expect(r.fromProse).toBe(false);
    expect(r.tasks).toHaveLength(23);
    expect(r.document).toMatchObject({
      number: null,
      symbol: 'KH-UBND',
      place: 'Mường Lay',
      issuedOn: null,
      pendingMonth: { year: 2026, month: 1 },
      title: 'Công tác thi đua, khen thưởng trên địa bàn phường Mường Lay năm 2026',
      recipients: [
        'TT. Đảng ủy',
        'TT. HĐND phường',
        'Thành viên Hội đồng TĐKT phường',
        'Các cơ quan, đơn vị trên địa bàn phường',
      ],
      archive: ['VT', 'VHXX'],
      signerLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      signerName: 'Nguyễn Đạt Long',
    });
    expect(r.document.bases).toHaveLength(3);
    expect(r.document.bases[0]).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022');
    expect(r.sections.map((s) => s.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'NHIỆM VỤ TRỌNG TÂM NĂM 2026',
      'NHIỆM VỤ CỤ THỂ, ĐƠN VỊ THỰC HIỆN',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    // Part I whole, not a line of boilerplate; its paragraph cut by a page break joined again.
    expect(r.sections[0].text).toContain('1. Mục đích\nPhát động và triển khai các phong trào thi đua yêu nước');
    expect(r.sections[0].text).toContain('đồng thời gắn trách nhệm của người đứng đầu cơ quan');
    // Parts II and IV are not empty headings.
    expect(r.sections[1].text).toContain('1.1. Tiếp tục hưởng ứng và tăng cường giải pháp');
    expect(r.sections[1].text.split('\n')).toHaveLength(16);
    expect(r.sections[3].text).toContain('báo cáo UBND thị xã trước ngày 10/02/2026');
    expect(r.sections[3].text).not.toContain('Trên đây là');
    expect(r.document.sections[0].subsections.map((s) => s.heading)).toEqual(['Mục đích', 'Yêu cầu']);
    expect(r.document.sections[2].hasTable).toBe(true);
  });

  it('seed 001: sections kept, the appendix after the signature not read as text', () => {
    const r = read('bachDang');
    expect(r.tasks).toHaveLength(7);
    expect(r.sections.map((s) => s.heading)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'TỔ CHỨC THỰC HIỆN']);
    expect(r.sections[0].text).toContain('a. Đẩy mạnh triển khai thực hiện Chỉ thị số 41-CT/TW');
    expect(r.sections[2].text).toContain(
      'd) Tham mưu Ủy ban nhân dân phường nội dung liên quan công tác thi đua, khen thưởng.',
    );
    expect(r.document.signerName).toBe('Nguyễn Hoàng Minh');
    expect(r.document.bases).toHaveLength(2);
  });

  it('seed 003: the table section, the budget section and "Tổ chức thực hiện" kept', () => {
    const r = read('diemHe');
    expect(r.tasks).toHaveLength(18);
    expect(r.sections.map((s) => s.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'NỘI DUNG THỰC HIỆN',
      'KINH PHÍ THỰC HIỆN',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(r.sections[2].text).toBe(
      'Kinh phí thực hiện các nội dung tại kế hoạch này được chi từ nguồn kinh phí thi đua khen thưởng xã theo phân cấp hiện hành.',
    );
    expect(r.sections[3].text).toContain('báo cáo sơ kết 6 tháng đầu năm, báo cáo tổng kết năm');
    expect(r.document.closing[0]).toMatch(/^Căn cứ Kế hoạch này, UBND xã Điềm He yêu cầu/u);
  });
});

describe('the year is the plan’s own', () => {
  it('reads the year from the title, not from the most frequent or the latest year in the text', () => {
    const text = [
      'KẾ HOẠCH',
      'Công tác thi đua, khen thưởng năm 2026',
      'I. NHIỆM VỤ',
      'Chuẩn bị kế hoạch năm 2027, tổng kết năm 2027, phương hướng năm 2027.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Văn hóa - Xã hội',
      'Tham mưu ban hành kế hoạch năm 2027.',
    ].join('\n');
    const r = parsePlanText(text, 'a.txt');
    expect(r.ok && r.year).toBe(2026);
  });
});

describe('prose rules (pure)', () => {
  it('cadences: quarterly, monthly, half-yearly; a named date is the due date', () => {
    expect(dutyPeriods('Hằng quý báo cáo kết quả', 2026).map((p) => p.quarter)).toEqual(['I', 'II', 'III', 'IV']);
    const monthly = dutyPeriods('Hằng tháng tổng hợp tin bài', 2026);
    expect(monthly).toHaveLength(12);
    expect(monthly[1]).toEqual({ quarter: 'I', due: '2026-02-28' });
    expect(monthly[11]).toEqual({ quarter: 'IV', due: '2026-12-31' });
    expect(dutyPeriods('Định kỳ 6 tháng báo cáo kết quả', 2026)).toEqual([
      { quarter: 'II', due: null },
      { quarter: 'IV', due: null },
    ]);
    expect(dutyPeriods('Báo cáo sơ kết 6 tháng đầu năm', 2026)).toEqual([{ quarter: 'II', due: null }]);
    expect(dutyPeriods('Gửi kế hoạch về UBND phường trước ngày 15/02/2026', 2026)).toEqual([
      { quarter: 'regular', due: '2026-02-15' },
    ]);
    expect(dutyPeriods('Thực hiện khen thưởng theo quy định, đúng quy trình', 2026)).toEqual([
      { quarter: 'regular', due: null },
    ]);
  });

  it('leads: requests, assignments and the standing-body note dropped', () => {
    expect(leadOfHeading('Đề nghị Ban Xây dựng Đảng phường')).toBe('Ban Xây dựng Đảng phường');
    expect(leadOfHeading('Giao Phòng Văn hoá – Xã hội.')).toBe('Phòng Văn hoá – Xã hội');
    expect(
      leadOfHeading('Phòng Văn hóa - Xã hội phường - Cơ quan Thường trực Hội đồng thi đua, khen thưởng phường'),
    ).toBe('Phòng Văn hóa - Xã hội phường');
  });

  it('closing formulas are not duties', () => {
    expect(isClosingFormula('Trên đây là Kế hoạch công tác thi đua, khen thưởng năm 2026')).toBe(true);
    expect(
      isClosingFormula('Yêu cầu các cơ quan, đơn vị tổ chức triển khai thực hiện tốt nội dung Kế hoạch này./.'),
    ).toBe(true);
    expect(isClosingFormula('Tham mưu tổ chức thực hiện hiệu quả các phong trào thi đua.')).toBe(false);
  });

  it('a "Unit: duty" heading with a dated duty, in a plan without a table', () => {
    const text = [
      'KẾ HOẠCH',
      'Công tác thi đua, khen thưởng năm 2026',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Các trường học: Xây dựng kế hoạch thi đua của trường, gửi về UBND xã trước ngày 15/02/2026.',
      '2. Đề nghị Hội Nông dân xã',
      '- Hằng quý báo cáo kết quả phong trào thi đua về Hội đồng Thi đua - Khen thưởng xã.',
      'Trên đây là Kế hoạch công tác thi đua, khen thưởng năm 2026 của UBND xã./.',
    ].join('\n');
    const r = parsePlanText(text, 'b.txt');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tasks.map((t) => [t.lead, t.quarter, t.due])).toEqual([
      ['Các trường học', 'regular', '2026-02-15'],
      ['Hội Nông dân xã', 'I', null],
      ['Hội Nông dân xã', 'II', null],
      ['Hội Nông dân xã', 'III', null],
      ['Hội Nông dân xã', 'IV', null],
    ]);
    expect(r.tasks[1].title).toBe('Hằng quý báo cáo kết quả phong trào thi đua về Hội đồng Thi đua - Khen thưởng xã.');
  });
});

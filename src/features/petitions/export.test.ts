import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkDocxPackage, docxText } from '../../documents/nd30/index.js';
import { answerDocx, petitionRegisterXlsx, type RegisterRow } from './export.js';

describe('the answer to a petition (NĐ 30/2020 letter)', () => {
  it('is a sound DOCX that names the sender, the petition and the answer', async () => {
    const data = await answerDocx({
      org: { name: 'Phường Mường Lay', type: 'ward', parentName: null },
      trackingCode: 'DT-7KQ2-M9XD',
      kindLabel: 'Khiếu nại',
      title: 'Khiếu nại kết quả bình xét danh hiệu',
      senderName: 'Lường Thị Én',
      senderAddress: 'Tổ dân phố 1',
      receivedOn: '2026-12-01',
      acceptedOn: '2026-12-03',
      answerNo: '42/UBND-VHXH',
      answer: 'Tổ dân phố 1 đủ điều kiện.\nUBND phường công nhận bổ sung.',
      closedOn: '2026-12-20',
    });
    expect(await checkDocxPackage(data)).toEqual([]);
    const text = await docxText(data);
    for (const s of [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG MƯỜNG LAY',
      '42/UBND-VHXH',
      'V/v trả lời khiếu nại của Lường Thị Én',
      'Kính gửi: Lường Thị Én',
      'mã DT-7KQ2-M9XD',
      'UBND phường công nhận bổ sung.',
      'TM. ỦY BAN NHÂN DÂN',
    ])
      expect(text).toContain(s);
  });
});

describe('the petition register workbook', () => {
  it('lists each petition with its statutory due date in dd/mm/yyyy', async () => {
    const row: RegisterRow = {
      trackingCode: 'DT-AAAA-BBBB',
      receivedOn: '2026-12-01',
      channelLabel: 'Qua đường bưu điện',
      senderName: null,
      anonymous: true,
      kindLabel: 'Tố cáo',
      title: '=HYPERLINK("x")',
      subjectName: null,
      orgName: 'Phường Mường Lay',
      statusLabel: 'Mới tiếp nhận, chờ xử lý',
      acceptedOn: null,
      dueDate: '2026-12-10',
      deadlineLabel: 'Sắp đến hạn',
      closedOn: null,
      answerNo: null,
      answer: null,
      assigneeName: null,
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await petitionRegisterXlsx([row], '1 đơn')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = ws.getRow(4).values as unknown[];
    expect(header).toContain('Hạn theo luật');
    const cells = (ws.getRow(5).values as unknown[]).map(String);
    expect(cells).toContain('10/12/2026');
    expect(cells).toContain('(không rõ họ tên, địa chỉ)');
    // Text that looks like a formula stays text.
    expect(ws.getRow(5).getCell(7).value).toBe('=HYPERLINK("x")');
  });
});

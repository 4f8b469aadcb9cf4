import { describe, expect, it } from 'vitest';
import { buildNd30Docx } from '../nd30/index.js';
import { docxText } from '../nd30/inspect.js';
import { covenantDocument } from './covenant.js';
import { movementLaunchDocument } from './movement.js';

describe('emulation documents', () => {
  it('prints a covenant with its targets and a line for each member to sign', async () => {
    const doc = covenantDocument({
      cluster: { name: 'CỤM THI ĐUA SỐ 05', organiser: 'UBND TỈNH ĐIỆN BIÊN' },
      year: 2026,
      place: 'Mường Lay',
      date: '2026-01-15',
      bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
      targets: [{ group: 'Nhiệm vụ chính trị', items: ['Hoàn thành 100% chỉ tiêu kinh tế - xã hội được giao'] }],
      implementation: ['Các đơn vị tự chấm điểm theo thang điểm của Cụm, gửi Trưởng cụm trước ngày 30/11/2026.'],
      members: [
        { name: 'Phường Mường Lay', signer: 'Lò Văn Hùng', position: 'Chủ tịch UBND phường', signedOn: null },
        { name: 'Xã Điềm He', signer: null, position: null, signedOn: null },
      ],
      leader: { orgName: 'Phường Mường Lay', signerName: 'Lò Văn Hùng', position: 'Chủ tịch UBND phường Mường Lay' },
    });
    const text = await docxText(await buildNd30Docx(doc));
    for (const s of [
      'GIAO ƯỚC THI ĐUA',
      'Năm 2026',
      'CỤM THI ĐUA SỐ 05',
      'Hoàn thành 100% chỉ tiêu',
      'Xã Điềm He',
      'Lò Văn Hùng',
      'TRƯỞNG CỤM THI ĐUA',
      'Mường Lay, ngày 15 tháng 01 năm 2026',
    ])
      expect(text).toContain(s);
  });

  it('prints a launch plan with criteria, period and reviews', async () => {
    const doc = movementLaunchDocument({
      issuer: { name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'] },
      place: 'Mường Lay',
      date: { year: 2026 },
      theme: 'Mường Lay chung sức xây dựng đô thị văn minh',
      kindLabel: 'Thi đua theo chuyên đề',
      from: '2026-03-01',
      to: '2026-11-30',
      bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
      purposes: ['Động viên cán bộ, nhân dân tham gia xây dựng đô thị văn minh.'],
      criteria: [{ text: 'Tổ dân phố đạt chuẩn văn minh đô thị', target: '100% tổ dân phố' }],
      participants: ['Các tổ dân phố', 'cơ quan, đơn vị trên địa bàn phường'],
      midReviewBy: '2026-07-15',
      finalReviewBy: '2026-12-10',
      awards: ['Giấy khen của Chủ tịch UBND phường'],
      implementation: ['Phòng Văn hóa - Xã hội là cơ quan thường trực.'],
      recipients: ['Các tổ dân phố'],
      signature: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Lò Văn Hùng' },
    });
    const text = await docxText(await buildNd30Docx(doc));
    for (const s of [
      'KẾ HOẠCH',
      'Phát động phong trào thi đua',
      '"Mường Lay chung sức xây dựng đô thị văn minh"',
      '/KH-UBND',
      '100% tổ dân phố',
      'từ ngày 01/03/2026 đến ngày 30/11/2026',
      'trước ngày 15/07/2026',
    ])
      expect(text).toContain(s);
  });
});

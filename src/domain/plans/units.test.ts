import { describe, expect, it } from 'vitest';
import { splitUnits } from './units.js';

describe('splitUnits', () => {
  it('keeps a plural group with commas as one unit', () => {
    expect(splitUnits('Các cơ quan, đơn vị trên địa bàn phường')).toEqual(['Các cơ quan, đơn vị trên địa bàn phường']);
    expect(splitUnits('- Các cơ quan, đơn vị trên địa bàn phường')).toEqual([
      'Các cơ quan, đơn vị trên địa bàn phường',
    ]);
    expect(splitUnits('Các cơ quan, đơn vị, trường học trên địa bàn phường có liên quan')).toEqual([
      'Các cơ quan, đơn vị, trường học trên địa bàn phường có liên quan',
    ]);
    expect(splitUnits('Thành viên Hội đồng đánh giá phạm vi ảnh hưởng của đề tài, sáng kiến phường')).toEqual([
      'Thành viên Hội đồng đánh giá phạm vi ảnh hưởng của đề tài, sáng kiến phường',
    ]);
    // "trên địa bàn phường" qualifies every word of the list: not split.
    expect(splitUnits('các cơ quan tổ chức, doanh nghiệp, các tổ dân phố trên địa bàn phường')).toEqual([
      'các cơ quan tổ chức, doanh nghiệp, các tổ dân phố trên địa bàn phường',
    ]);
  });

  it('splits on semicolons', () => {
    expect(splitUnits('Văn phòng HĐND và UBND phường; các cơ quan đơn vị liên quan')).toEqual([
      'Văn phòng HĐND và UBND phường',
      'các cơ quan đơn vị liên quan',
    ]);
  });

  it('splits a comma only where it clearly separates units', () => {
    expect(splitUnits('Văn phòng HĐND và UBND phường, Các cơ quan, đơn vị trên địa bàn phường')).toEqual([
      'Văn phòng HĐND và UBND phường',
      'Các cơ quan, đơn vị trên địa bàn phường',
    ]);
    expect(splitUnits('Văn phòng HĐND và UBND phường, các cơ quan, đơn vị liên quan')).toEqual([
      'Văn phòng HĐND và UBND phường',
      'các cơ quan, đơn vị liên quan',
    ]);
    expect(splitUnits('Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã')).toEqual([
      'Hội Nông dân',
      'Hội Liên hiệp Phụ nữ',
      'Đoàn Thanh niên xã',
    ]);
    expect(splitUnits('Phòng Văn hóa, Thể thao và Du lịch')).toEqual(['Phòng Văn hóa, Thể thao và Du lịch']);
    expect(
      splitUnits('Các phòng ban chuyên môn của Đảng ủy, HĐND, UBND, UBMTTQ, các đơn vị sự nghiệp công lập'),
    ).toEqual(['Các phòng ban chuyên môn của Đảng ủy, HĐND, UBND, UBMTTQ, các đơn vị sự nghiệp công lập']);
  });

  it('splits bulleted lists, inline or on separate lines, sparing compound names', () => {
    expect(splitUnits('- Khôi thi đua trường học - Các cơ quan, đơn vị trên địa bàn phường')).toEqual([
      'Khôi thi đua trường học',
      'Các cơ quan, đơn vị trên địa bàn phường',
    ]);
    expect(splitUnits('- UBND xã. - HĐTĐKT xã. - Phòng Văn hóa – Xã hội.')).toEqual([
      'UBND xã',
      'HĐTĐKT xã',
      'Phòng Văn hóa – Xã hội',
    ]);
    expect(splitUnits('- UBND xã - Phòng Văn hóa – Xã hội')).toEqual(['UBND xã', 'Phòng Văn hóa – Xã hội']);
    expect(splitUnits('- UBND xã - Phòng Văn hóa - Xã hội - Văn phòng HĐND - UBND xã')).toEqual([
      'UBND xã',
      'Phòng Văn hóa - Xã hội',
      'Văn phòng HĐND - UBND xã',
    ]);
    expect(splitUnits('- Các cơ quan, đơn vị liên quan.; các thôn.')).toEqual([
      'Các cơ quan, đơn vị liên quan',
      'các thôn',
    ]);
    expect(splitUnits('- Khối thi đua trường học\n- Các cơ quan, đơn vị trên địa bàn phường')).toEqual([
      'Khối thi đua trường học',
      'Các cơ quan, đơn vị trên địa bàn phường',
    ]);
    expect(splitUnits('+ Công an xã + Ban Chỉ huy Quân sự xã')).toEqual(['Công an xã', 'Ban Chỉ huy Quân sự xã']);
  });

  it('never splits a dash in a cell that is not a bulleted list', () => {
    expect(splitUnits('Phòng Văn hóa - Xã hội phường')).toEqual(['Phòng Văn hóa - Xã hội phường']);
    expect(splitUnits('Văn phòng HĐND - UBND')).toEqual(['Văn phòng HĐND - UBND']);
  });

  it('returns NFC, single-spaced, non-empty, distinct entries', () => {
    const nfd = 'Phòng Văn hóa - Xã hội'.normalize('NFD');
    expect(splitUnits(`  ${nfd} ;;  ;\n\n- ${nfd}.  `)).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(splitUnits('')).toEqual([]);
    expect(splitUnits(' - ; . ')).toEqual([]);
  });
});

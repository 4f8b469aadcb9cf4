import { describe, expect, it } from 'vitest';
import { lineKey, rowErrors, splitSubjectKey } from './labels';

describe('registration labels', () => {
  it('puts server row errors back on the lines that were sent', () => {
    const sent = ['org:u1', 'person:p1', 'person:p2'];
    const { byRow, other } = rowErrors(
      [
        { field: 'items.2.subjectId', label: 'Dòng 3', message: 'Không tìm thấy trong đơn vị.' },
        { field: 'items.2.awardCode', label: 'Dòng 3', message: 'Sai danh hiệu.' },
        { field: 'unitOrgId', label: 'Đơn vị', message: 'Ngoài phạm vi.' },
        { field: 'items.9.subjectId', label: 'Dòng 10', message: 'Lạ.' },
      ],
      sent,
    );
    expect(byRow.get('person:p2')).toEqual(['Không tìm thấy trong đơn vị.', 'Sai danh hiệu.']);
    expect(byRow.has('person:p1')).toBe(false);
    expect(other).toEqual(['Đơn vị: Ngoài phạm vi.', 'Dòng 10: Lạ.']);
  });
  it('splits subject keys and builds line keys', () => {
    expect(splitSubjectKey('household:a:b')).toEqual(['household', 'a:b']);
    expect(lineKey('person:1', 'LDTT')).toBe('person:1|LDTT');
  });
});

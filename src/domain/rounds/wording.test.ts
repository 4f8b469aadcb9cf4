// Blocking messages name people properly (issue 9.4: "Chưa thể ký: 4 người (tập thể): …" was seen).
import { describe, expect, it } from 'vitest';
import { subjectCountText, subjectNamesText, subjectsText } from './wording.js';

const p = (displayName: string, subjectKind = 'individual') => ({ displayName, subjectKind });

describe('naming the subjects of a round in messages', () => {
  it('counts by kind with the documents\' leading zero and joins with "và"', () => {
    expect(subjectCountText([p('A'), p('B'), p('Trường THCS Lay Nưa', 'organisation')])).toBe(
      '02 cá nhân và 01 tập thể',
    );
    expect(subjectCountText([p('A')])).toBe('01 cá nhân');
    expect(subjectCountText([p('A'), p('T', 'organisation'), p('H', 'household')])).toBe(
      '01 cá nhân, 01 tập thể và 01 hộ gia đình',
    );
  });
  it('lists the names, cutting long lists with the count of the rest', () => {
    expect(subjectNamesText([p('Nguyễn Văn An'), p('Lò Thị Ngân')])).toBe('Nguyễn Văn An và Lò Thị Ngân');
    expect(
      subjectNamesText(
        ['A', 'B', 'C', 'D'].map((n) => p(n)),
        2,
      ),
    ).toBe('A, B và 2 trường hợp khác');
    expect(subjectsText([p('Nguyễn Văn An'), p('Trạm Y tế', 'organisation')])).toBe(
      '01 cá nhân và 01 tập thể (Nguyễn Văn An và Trạm Y tế)',
    );
    expect(subjectsText([])).not.toMatch(/người \(tập thể\)/u);
  });
});

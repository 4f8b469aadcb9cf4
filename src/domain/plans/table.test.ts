import { describe, expect, it } from 'vitest';
import { readTextTables } from './table.js';

describe('readTextTables', () => {
  it('keeps a tab table going over blank lines and ends it at prose', () => {
    const text = ['Tiêu đề', 'TT\tNội dung', '1\tA', '', '', '2\tB', 'Đoạn văn', '3\tC'].join('\r\n');
    const tables = readTextTables(text);
    expect(tables.map((t) => t.rows.map((r) => r.cells))).toEqual([
      [
        ['TT', 'Nội dung'],
        ['1', 'A'],
        ['2', 'B'],
      ],
      [['3', 'C']],
    ]);
    expect(tables[0].source).toBe('text');
  });

  it('reads Markdown pipe tables, skipping the separator line', () => {
    const text = '| TT | Nội dung | Đơn vị chủ trì |\n|---|:---|---|\n| 1 | Việc a \\| b | Phòng X |\n';
    expect(readTextTables(text)[0].rows.map((r) => r.cells)).toEqual([
      ['TT', 'Nội dung', 'Đơn vị chủ trì'],
      ['1', 'Việc a | b', 'Phòng X'],
    ]);
  });

  it('finds no table in prose', () => {
    expect(readTextTables('KẾ HOẠCH\n\n1. Tuyên truyền\n- Phòng Văn hóa - Xã hội chủ trì')).toEqual([]);
  });
});

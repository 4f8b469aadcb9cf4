// Splitting a cell of units (lead, coordinating units, or a combined "performers" column) into
// one entry per unit.
//
// Rule, from the five 2026 plans in ../shared/seeds:
//  1. line breaks (separate paragraphs of a Word cell) and ';' always separate units;
//  2. bullets separate units: a piece that starts with a bullet marker ("- ", "+ ", "• ", "– ")
//     is a bulleted list, and the same marker between spaces inside it starts the next item
//     ("- UBND xã - Phòng Văn hóa – Xã hội"), except where the dash joins the two halves of a
//     well-known compound name ("Văn hóa - Xã hội", "HĐND - UBND", "Thi đua - Khen thưởng"...);
//     after '.' or ';' a dash is a bullet in any piece ("UBND xã. - HĐTĐKT xã.");
//  3. commas are kept, because they mostly separate words inside one unit ("Các cơ quan, đơn vị
//     trên địa bàn phường", "các cơ quan tổ chức, doanh nghiệp, các tổ dân phố trên địa bàn
//     phường" where "trên địa bàn phường" qualifies every word). A comma separates units only
//     where that is unmistakable: before a capitalised "Các"/"Những" (a new list item, as in
//     "Văn phòng HĐND và UBND phường, Các cơ quan, đơn vị trên địa bàn phường"), and after a named
//     unit (one that starts with a capitalised organisation noun: "Văn phòng", "Phòng", "Hội"…)
//     before another named unit or a plural group ("Hội Nông dân, Hội Phụ nữ"; "Văn phòng HĐND và
//     UBND phường, các cơ quan, đơn vị liên quan"). A plural group's own commas are never split;
//  4. each entry is trimmed of bullets and trailing '.', ';', ',' or ':', cleaned (NFC, single
//     spaces); empty entries and exact repeats are dropped. Wording and case are kept.
import { cleanText, searchKey } from '../vi-text/index.js';

const BULLET_START = /^\s*([-+•·*–—])\s+/u;

/** Dash-joined compound names that must not be split at their dash ("left - right", keys without diacritics). */
const DASH_COMPOUNDS: ReadonlyArray<readonly [string, string]> = [
  ['van hoa', 'xa hoi'],
  ['kinh te', 'xa hoi'],
  ['chinh tri', 'xa hoi'],
  ['hdnd', 'ubnd'],
  ['thi dua', 'khen thuong'],
  ['khoi', 'cum'],
  ['cum', 'khoi'],
  ['to chuc', 'hanh chinh'],
  ['hanh chinh', 'quan tri'],
  ['quoc phong', 'an ninh'],
  ['lao dong', 'thuong binh'],
  ['tai chinh', 'ke hoach'],
  ['kinh te', 'ha tang'],
  ['tai nguyen', 'moi truong'],
  ['nong nghiep', 'moi truong'],
  ['van hoa', 'the thao'],
  ['van hoa', 'thong tin'],
  ['the thao', 'du lich'],
  ['giao duc', 'dao tao'],
  ['khoa hoc', 'cong nghe'],
  ['noi vu', 'lao dong'],
];

function endsWithWords(key: string, words: string): boolean {
  return key === words || key.endsWith(` ${words}`);
}

function startsWithWords(key: string, words: string): boolean {
  return key === words || key.startsWith(`${words} `);
}

const wordsKey = (s: string): string =>
  searchKey(s)
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();

function isDashCompound(left: string, right: string): boolean {
  const l = wordsKey(left);
  const r = wordsKey(right);
  return DASH_COMPOUNDS.some(([a, b]) => endsWithWords(l, a) && startsWithWords(r, b));
}

/** Split a bulleted piece at inner occurrences of its own bullet marker, sparing compound names. */
function splitBulleted(body: string, marker: string): string[] {
  const sep = new RegExp(`\\s+[${marker === '-' ? '\\-' : marker}]\\s+`, 'gu');
  const items: string[] = [];
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(body)) !== null) {
    const left = body.slice(start, m.index);
    const right = body.slice(m.index + m[0].length);
    if (/[.;,:]\s*$/u.test(left) || !isDashCompound(left, right)) {
      items.push(left);
      start = m.index + m[0].length;
    }
  }
  items.push(body.slice(start));
  return items;
}

/** Capitalised nouns that open the name of an organisation (for the comma rule). */
const ORG_HEADS = [
  'Văn phòng',
  'Phòng',
  'Trung tâm',
  'Ban',
  'Hội đồng',
  'Hội',
  'Đoàn',
  'Công an',
  'Trường',
  'Trạm',
  'Đài',
  'Thành viên',
  'Khối',
  'Cụm',
  'Mặt trận',
  'Liên đoàn',
  'Chi cục',
  'Chi hội',
  'Chi đoàn',
  'Sở',
  'Bộ phận',
  'Thường trực',
  'Lãnh đạo',
  'Cơ quan',
  'Đảng ủy',
  'Đảng uỷ',
  'Ủy ban',
  'Uỷ ban',
  'Tòa án',
  'Viện',
  'Kho bạc',
  'Bưu điện',
  'Ngân hàng',
  'Chi nhánh',
  'Hợp tác xã',
  'Bệnh viện',
  'Trạm Y tế',
  'Công ty',
].map((h) => h.normalize('NFC'));

function startsWithOrgHead(s: string): boolean {
  const t = s.trimStart();
  return ORG_HEADS.some((h) => t.startsWith(h) && (t.length === h.length || /[\s,]/u.test(t[h.length])));
}

/** Split at commas that clearly separate units (rule 3 above). */
function splitAtUnitCommas(piece: string): string[] {
  const parts = piece.split(/,\s+/u);
  const out: string[] = [];
  let current = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const next = parts[i];
    const newItem =
      /^(Các|Những)\s/u.test(next) ||
      (startsWithOrgHead(current) && (startsWithOrgHead(next) || /^(các|những)\s/u.test(next)));
    if (newItem) {
      out.push(current);
      current = next;
    } else {
      current = `${current}, ${next}`;
    }
  }
  out.push(current);
  return out;
}

function tidy(unit: string): string {
  return cleanText(unit.replace(BULLET_START, '').replace(/[\s.;,:]+$/u, ''));
}

/** Units named in one cell, in order, following the rule at the top of this file. */
export function splitUnits(cell: string): string[] {
  const units: string[] = [];
  const seen = new Set<string>();
  for (const line of cell.normalize('NFC').split(/\n/u)) {
    for (const semi of line.split(';')) {
      // After '.' a dash is a bullet whatever the piece looks like ("UBND xã. - HĐTĐKT xã.").
      for (const afterStop of semi.split(/(?<=\.)\s+(?=[-+•–—]\s)/u)) {
        const bullet = BULLET_START.exec(afterStop);
        const items = bullet ? splitBulleted(afterStop.slice(bullet[0].length), bullet[1]) : [afterStop];
        for (const item of items) {
          for (const unit of splitAtUnitCommas(item)) {
            const t = tidy(unit);
            const key = t.toLocaleLowerCase('vi');
            if (t && !seen.has(key)) {
              seen.add(key);
              units.push(t);
            }
          }
        }
      }
    }
  }
  return units;
}

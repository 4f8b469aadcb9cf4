// Vietnamese citizen identity number (số định danh cá nhân / CCCD), 12 digits:
//   digits 1–3  code of the province where the birth was registered (Thông tư 07/2016/TT-BCA);
//   digit  4    gender and century of birth: 0/1 male/female 1900s, 2/3 2000s, 4/5 2100s,
//               6/7 2200s, 8/9 1800s;
//   digits 5–6  last two digits of the birth year;
//   digits 7–12 random serial.
import { parseDateVN } from './dates.js';

/** Province codes of birth registration (the 63 provinces before the 2025 merger; codes still in use). */
export const CCCD_PROVINCE_CODES = [
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
] as const;

export type CccdGender = 'male' | 'female';

const PROVINCES = new Set<string>(CCCD_PROVINCE_CODES);

/** First year of the century encoded by digit 4 (its value divided by 2). */
const CENTURY_START = [1900, 2000, 2100, 2200, 1800];

export type CccdResult = { ok: true } | { ok: false; message: string };

export interface CccdInfo {
  provinceCode: string;
  gender: CccdGender;
  birthYear: number;
  serial: string;
}

/** Read the structure of a 12-digit CCCD (spaces ignored), or null when it is not 12 digits. */
export function decodeCccd(s: string): CccdInfo | null {
  const digits = s.replace(/\s/gu, '');
  if (!/^\d{12}$/u.test(digits)) return null;
  const code = Number(digits[3]);
  return {
    provinceCode: digits.slice(0, 3),
    gender: code % 2 === 0 ? 'male' : 'female',
    birthYear: CENTURY_START[Math.floor(code / 2)] + Number(digits.slice(4, 6)),
    serial: digits.slice(6),
  };
}

function birthYearOf(birthDate: string | Date | number): number | null {
  if (typeof birthDate === 'number') return Number.isInteger(birthDate) ? birthDate : null;
  if (birthDate instanceof Date) return Number.isNaN(birthDate.getTime()) ? null : birthDate.getFullYear();
  const iso = parseDateVN(birthDate) ?? (/^\d{4}$/u.test(birthDate.trim()) ? `${birthDate.trim()}-01-01` : null);
  return iso ? Number(iso.slice(0, 4)) : null;
}

/**
 * Check a CCCD number (spaces ignored) and, when given, its consistency with the person's gender and
 * birth date (ISO or dd/mm/yyyy string, Date, or birth year). Messages are ready to show to users.
 */
export function validateCccd(
  s: string,
  opts: { gender?: CccdGender; birthDate?: string | Date | number } = {},
): CccdResult {
  const info = decodeCccd(s);
  if (!info) return { ok: false, message: 'Số CCCD phải gồm đúng 12 chữ số' };
  if (!PROVINCES.has(info.provinceCode)) {
    return { ok: false, message: `Mã tỉnh ${info.provinceCode} trong số CCCD không hợp lệ` };
  }
  if (opts.gender && opts.gender !== info.gender) {
    return { ok: false, message: 'Mã giới tính, thế kỷ sinh trong số CCCD không khớp với giới tính' };
  }
  if (opts.birthDate !== undefined) {
    const year = birthYearOf(opts.birthDate);
    if (year !== null && Math.floor(year / 100) !== Math.floor(info.birthYear / 100)) {
      return { ok: false, message: 'Mã giới tính, thế kỷ sinh trong số CCCD không khớp với năm sinh' };
    }
    if (year !== null && year !== info.birthYear) {
      return { ok: false, message: 'Mã năm sinh trong số CCCD không khớp với năm sinh' };
    }
  }
  return { ok: true };
}

/** Build a valid CCCD, for test data generators. serial6: 0..999999 or a 6-digit string. */
export function makeCccd(
  provinceCode: string,
  gender: CccdGender,
  birthYear: number,
  serial6: number | string,
): string {
  if (!PROVINCES.has(provinceCode)) throw new RangeError(`Unknown CCCD province code: ${provinceCode}`);
  if (!Number.isInteger(birthYear) || birthYear < 1800 || birthYear > 2299) {
    throw new RangeError(`Birth year out of CCCD range 1800–2299: ${birthYear}`);
  }
  const serial = typeof serial6 === 'number' ? String(serial6).padStart(6, '0') : serial6;
  if (!/^\d{6}$/u.test(serial)) throw new RangeError(`Serial must be 6 digits: ${serial6}`);
  const century = CENTURY_START.indexOf(Math.floor(birthYear / 100) * 100);
  const code = century * 2 + (gender === 'female' ? 1 : 0);
  return `${provinceCode}${code}${String(birthYear % 100).padStart(2, '0')}${serial}`;
}

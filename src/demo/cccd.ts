// A small CCCD maker for the demo data (kept local on purpose; the shared vi-text helpers are
// written in parallel). Layout of the 12 digits (Thông tư 59/2021/TT-BCA):
//   3 digits  province of birth registration ('011' Điện Biên, '014' Sơn La, '020' Lạng Sơn, …)
//   1 digit   gender and century: 0 male / 1 female born 1900–1999, 2 male / 3 female born 2000–2099
//   2 digits  last two digits of the birth year
//   6 digits  serial

import type { Gender } from '../domain/registry/vocab.js';

export function demoCccd(province: string, gender: Gender, birthYear: number, serial: number): string {
  if (!/^\d{3}$/.test(province)) throw new Error(`bad province code ${province}`);
  if (birthYear < 1900 || birthYear > 2099) throw new Error(`birth year out of range: ${birthYear}`);
  const centuryBase = birthYear >= 2000 ? 2 : 0;
  const g = centuryBase + (gender === 'female' ? 1 : 0);
  const yy = String(birthYear % 100).padStart(2, '0');
  return `${province}${g}${yy}${String(serial % 1_000_000).padStart(6, '0')}`;
}

/** Reads back gender and birth-year century/decade digits; null when the shape is wrong. */
export function readCccd(cccd: string): { province: string; gender: Gender; birthYear: number } | null {
  const m = /^(\d{3})([0-3])(\d{2})(\d{6})$/.exec(cccd);
  if (!m) return null;
  const g = Number(m[2]);
  return {
    province: m[1],
    gender: g % 2 === 0 ? 'male' : 'female',
    birthYear: (g >= 2 ? 2000 : 1900) + Number(m[3]),
  };
}

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CCCD_PROVINCE_CODES, decodeCccd, makeCccd, validateCccd } from './cccd.js';

describe('validateCccd', () => {
  it('accepts well-formed numbers', () => {
    expect(validateCccd('001095012345')).toEqual({ ok: true });
    expect(validateCccd('062 385 001234', { gender: 'female', birthDate: '2085-05-01' })).toEqual({ ok: true });
    expect(validateCccd('001095012345', { gender: 'male', birthDate: '15/07/1995' })).toEqual({ ok: true });
    expect(validateCccd('096303999999', { gender: 'female', birthDate: new Date(2003, 0, 1) })).toEqual({ ok: true });
    expect(validateCccd('096303999999', { birthDate: 2003 })).toEqual({ ok: true });
  });
  it('requires exactly 12 digits', () => {
    const msg = { ok: false, message: 'Số CCCD phải gồm đúng 12 chữ số' };
    expect(validateCccd('')).toEqual(msg);
    expect(validateCccd('00109501234')).toEqual(msg);
    expect(validateCccd('0010950123456')).toEqual(msg);
    expect(validateCccd('00109501234a')).toEqual(msg);
    expect(validateCccd('001-095-012345')).toEqual(msg);
  });
  it('checks the province code', () => {
    expect(validateCccd('003095012345')).toEqual({ ok: false, message: 'Mã tỉnh 003 trong số CCCD không hợp lệ' });
    expect(validateCccd('097095012345')).toEqual({ ok: false, message: 'Mã tỉnh 097 trong số CCCD không hợp lệ' });
  });
  it('checks gender', () => {
    expect(validateCccd('001195012345', { gender: 'male' })).toEqual({
      ok: false,
      message: 'Mã giới tính, thế kỷ sinh trong số CCCD không khớp với giới tính',
    });
    expect(validateCccd('001295012345', { gender: 'female' }).ok).toBe(false);
  });
  it('checks birth century and year', () => {
    expect(validateCccd('001295012345', { birthDate: '1995-01-01' })).toEqual({
      ok: false,
      message: 'Mã giới tính, thế kỷ sinh trong số CCCD không khớp với năm sinh',
    });
    expect(validateCccd('001094012345', { birthDate: '1995-01-01' })).toEqual({
      ok: false,
      message: 'Mã năm sinh trong số CCCD không khớp với năm sinh',
    });
    expect(validateCccd('001894012345', { birthDate: 1894 })).toEqual({ ok: true });
  });
  it('ignores an unreadable birth date', () => {
    expect(validateCccd('001095012345', { birthDate: 'không rõ' })).toEqual({ ok: true });
  });
});

describe('makeCccd / decodeCccd', () => {
  it('builds the documented layout', () => {
    expect(makeCccd('001', 'male', 1995, 12345)).toBe('001095012345');
    expect(makeCccd('079', 'female', 2003, '000001')).toBe('079303000001');
    expect(makeCccd('011', 'female', 1899, 7)).toBe('011999000007');
    expect(makeCccd('011', 'male', 2150, 7)).toBe('011450000007');
    expect(makeCccd('011', 'female', 2200, 7)).toBe('011700000007');
  });
  it('rejects bad input', () => {
    expect(() => makeCccd('003', 'male', 1995, 1)).toThrow(RangeError);
    expect(() => makeCccd('001', 'male', 1799, 1)).toThrow(RangeError);
    expect(() => makeCccd('001', 'male', 1995, 1_000_000)).toThrow(RangeError);
  });
  it('round-trips and validates (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CCCD_PROVINCE_CODES),
        fc.constantFrom('male' as const, 'female' as const),
        fc.integer({ min: 1800, max: 2299 }),
        fc.integer({ min: 0, max: 999_999 }),
        (province, gender, year, serial) => {
          const id = makeCccd(province, gender, year, serial);
          expect(id).toMatch(/^\d{12}$/u);
          expect(decodeCccd(id)).toEqual({
            provinceCode: province,
            gender,
            birthYear: year,
            serial: String(serial).padStart(6, '0'),
          });
          expect(validateCccd(id, { gender, birthDate: `${year}-06-15` })).toEqual({ ok: true });
        },
      ),
    );
  });
  it('has 63 distinct province codes', () => {
    expect(new Set(CCCD_PROVINCE_CODES).size).toBe(63);
  });
});

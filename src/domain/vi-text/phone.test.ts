import { describe, it, expect } from 'vitest';
import { normalizePhoneVN } from './phone.js';

describe('normalizePhoneVN', () => {
  it('normalises mobile numbers', () => {
    expect(normalizePhoneVN('0912 345 678')).toBe('0912345678');
    expect(normalizePhoneVN('+84912345678')).toBe('0912345678');
    expect(normalizePhoneVN('+84 912 345 678')).toBe('0912345678');
    expect(normalizePhoneVN('84912345678')).toBe('0912345678');
    expect(normalizePhoneVN('0084912345678')).toBe('0912345678');
    expect(normalizePhoneVN('0912.345.678')).toBe('0912345678');
    expect(normalizePhoneVN('0385-123-456')).toBe('0385123456');
  });
  it('normalises landlines', () => {
    expect(normalizePhoneVN('(0215) 3852 123')).toBe('02153852123');
    expect(normalizePhoneVN('+84 24 3823 4567')).toBe('02438234567');
  });
  it('rejects invalid numbers', () => {
    expect(normalizePhoneVN('')).toBeNull();
    expect(normalizePhoneVN('091234567')).toBeNull();
    expect(normalizePhoneVN('09123456789')).toBeNull();
    expect(normalizePhoneVN('0112345678')).toBeNull();
    expect(normalizePhoneVN('0612345678')).toBeNull();
    expect(normalizePhoneVN('+1 912 345 678')).toBeNull();
    expect(normalizePhoneVN('0912a45678')).toBeNull();
    expect(normalizePhoneVN('+840912345678')).toBeNull();
  });
});

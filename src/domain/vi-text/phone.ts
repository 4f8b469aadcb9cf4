// Vietnamese phone numbers, normalised to the national form starting with 0.

/**
 * '0912 345 678', '+84 912 345 678', '84912345678', '(024) 3823 4567' -> national digits
 * ('0912345678', '02438234567'), or null. Accepts 10-digit mobile numbers (03, 05, 07, 08, 09)
 * and 11-digit landlines (02x).
 */
export function normalizePhoneVN(s: string): string | null {
  const compact = s.normalize('NFC').replace(/[\s.\-()]/gu, '');
  let digits: string;
  if (/^\+84\d+$/u.test(compact)) digits = `0${compact.slice(3)}`;
  else if (/^0084\d+$/u.test(compact)) digits = `0${compact.slice(4)}`;
  else if (/^84\d{9,10}$/u.test(compact)) digits = `0${compact.slice(2)}`;
  else if (/^\d+$/u.test(compact)) digits = compact;
  else return null;
  if (digits.startsWith('00')) return null;
  return /^0[35789]\d{8}$/u.test(digits) || /^02\d{9}$/u.test(digits) ? digits : null;
}

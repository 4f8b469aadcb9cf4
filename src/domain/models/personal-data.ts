// What must never appear in a public text (Nghị định 13/2023/NĐ-CP): identity numbers (9 or 12
// digits), phone numbers and dates of birth. Stories, headlines and articles are checked before
// they are published; the portal shows no other personal field than name, unit and title.

const DIGIT_RUN = /(?<![\d])(?:\d[\s.-]?){9,12}(?![\d])/gu;
const BIRTH = /(?:sinh|ngày sinh|năm sinh)\s*(?:ngày\s*)?[:]?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/iu;

/** The first thing in the text that looks like personal data, described in Vietnamese, or null. */
export function findPersonalData(text: string): string | null {
  const s = text.normalize('NFC');
  for (const m of s.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length === 12 || digits.length === 9) return `một dãy ${digits.length} chữ số (số định danh, CMND/CCCD)`;
    if (/^0[235789]\d{8,9}$/.test(digits)) return 'một số điện thoại';
  }
  if (/\+84[\s.-]?\d/.test(s)) return 'một số điện thoại';
  if (BIRTH.test(s)) return 'một ngày sinh';
  return null;
}

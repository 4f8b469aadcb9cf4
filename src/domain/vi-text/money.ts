// Vietnamese number and money formatting, and the amount in words printed on payment documents.

const GROUP_SEP = '.';
const DECIMAL_SEP = ',';

/**
 * Vietnamese number format: '.' groups thousands, ',' separates decimals.
 * formatNumberVN(1234567.5, 1) -> '1.234.567,5'. Rounds to `fractionDigits` (default 0).
 */
export function formatNumberVN(n: number | bigint, fractionDigits = 0): string {
  if (typeof n === 'number' && !Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  const fixed = typeof n === 'bigint' ? n.toString() : n.toFixed(fractionDigits);
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/gu, GROUP_SEP);
  const sign = negative && /[1-9]/u.test(fixed) ? '-' : '';
  return sign + grouped + (frac ? DECIMAL_SEP + frac : '');
}

/** Amount in đồng, rounded to whole đồng: formatMoneyVN(1234567) -> '1.234.567 đ' (normal space). */
export function formatMoneyVN(amount: number | bigint): string {
  return `${formatNumberVN(typeof amount === 'number' ? Math.round(amount) : amount)} đ`;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/**
 * Read a group of three digits (0 < n < 1000). `full`: the group follows a higher group, so the
 * hundreds and a zero tens digit are read out ('không trăm', 'linh').
 */
function readTriple(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h], 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (words.length > 0) words.push('linh');
      words.push(DIGITS[u]);
    }
  } else {
    words.push(t === 1 ? 'mười' : `${DIGITS[t]} mươi`);
    if (u === 5) words.push('lăm');
    else if (u === 1 && t > 1) words.push('mốt');
    else if (u === 4 && t > 1) words.push('tư');
    else if (u > 0) words.push(DIGITS[u]);
  }
  return words;
}

const GROUP_UNITS = ['', 'nghìn', 'triệu'];

/** Read 0 < n < 10^9 as groups of nghìn and triệu. */
function readBelowBillion(n: number, full: boolean): string[] {
  const words: string[] = [];
  for (let g = 2; g >= 0; g--) {
    const triple = Math.floor(n / 1000 ** g) % 1000;
    if (triple === 0) continue;
    words.push(...readTriple(triple, full || words.length > 0));
    if (GROUP_UNITS[g]) words.push(GROUP_UNITS[g]);
  }
  return words;
}

/** Read n > 0: billions recursively ('một nghìn tỷ', 'một triệu tỷ'), then the rest. */
function readNumber(n: number, full: boolean): string[] {
  const billions = Math.floor(n / 1e9);
  const rest = n % 1e9;
  if (billions === 0) return readBelowBillion(rest, full);
  const words = [...readNumber(billions, full), 'tỷ'];
  if (rest > 0) words.push(...readBelowBillion(rest, true));
  return words;
}

export const MONEY_IN_WORDS_MAX = 1e15;

/**
 * The amount in words, capitalised, ending with 'đồng':
 * moneyInWords(7590000) -> 'Bảy triệu năm trăm chín mươi nghìn đồng'. Integers 0..10^15.
 */
export function moneyInWords(amount: number | bigint): string {
  const n = Number(amount);
  if (
    !Number.isSafeInteger(n) ||
    n < 0 ||
    n > MONEY_IN_WORDS_MAX ||
    (typeof amount === 'bigint' && BigInt(n) !== amount)
  ) {
    throw new RangeError(`Amount must be an integer from 0 to 10^15: ${amount}`);
  }
  const text = n === 0 ? 'không' : readNumber(n, false).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} đồng`;
}

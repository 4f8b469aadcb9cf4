// The emulation and commendation fund (quỹ thi đua, khen thưởng) of one body: its entries, the
// running balance, the ledger of a year (thu, chi, tồn) and the dated rules on how the fund is
// formed and spent. Pure: no I/O.
//
// Law (tdkt-reference §4, "Quỹ thi đua, khen thưởng"):
// - NĐ 152/2025/NĐ-CP Art. 46(3)(b): the provincial and commune funds come from the yearly budget,
//   up to 1.0% of recurrent spending of that budget level (delta provinces, centrally-run cities)
//   or up to 1.5% (mountain, midland, Tây Nguyên, remote and island areas), plus contributions and
//   donations of organisations and individuals.
// - TT 28/2025/TT-BTC (in force 15/7/2025): up to 20% of each level's fund pays for launching and
//   reviewing movements, campaigns, inspections, council meetings and cluster activities; the rest
//   pays bonuses and the printing or making of certificates, frames and medals.
// - Luật TĐKT 2022 Art. 93: when an award is revoked, the money and objects are recovered.
//
// Entries are never deleted or edited: a correction is a reversing entry (the same kind, the
// opposite amount) that names the entry it reverses and why.

/** Kinds of entry: receipts (thu), payments (chi) and the balance brought into the ledger. */
export const FUND_ENTRY_KINDS = [
  'opening',
  'budget',
  'donation',
  'recovery',
  'other_in',
  'bonus',
  'organising',
  'printing',
  'other_out',
] as const;
export type FundEntryKind = (typeof FUND_ENTRY_KINDS)[number];

export type FundDirection = 'opening' | 'thu' | 'chi';

export const FUND_KIND_INFO: Record<FundEntryKind, { direction: FundDirection; label: string }> = {
  opening: { direction: 'opening', label: 'Số dư chuyển sang khi bắt đầu theo dõi trên hệ thống' },
  budget: { direction: 'thu', label: 'Ngân sách nhà nước cấp (trích lập quỹ)' },
  donation: { direction: 'thu', label: 'Đóng góp, tài trợ của tổ chức, cá nhân' },
  recovery: { direction: 'thu', label: 'Thu hồi tiền thưởng (quyết định khen thưởng bị hủy bỏ)' },
  other_in: { direction: 'thu', label: 'Thu hợp pháp khác' },
  bonus: { direction: 'chi', label: 'Chi tiền thưởng theo quyết định khen thưởng' },
  organising: {
    direction: 'chi',
    label: 'Chi tổ chức phát động, sơ kết, tổng kết, hội nghị, kiểm tra, hoạt động cụm, khối thi đua',
  },
  printing: { direction: 'chi', label: 'Chi in, làm bằng, khung, hiện vật khen thưởng' },
  other_out: { direction: 'chi', label: 'Chi khác' },
};

/** Kinds an officer posts by hand; 'bonus' and 'recovery' come from decisions. */
export const MANUAL_KINDS: readonly FundEntryKind[] = [
  'opening',
  'budget',
  'donation',
  'other_in',
  'organising',
  'printing',
  'other_out',
];

export const directionOf = (k: FundEntryKind): FundDirection => FUND_KIND_INFO[k].direction;

/** Dated rules of the fund, each with its legal source. */
export interface FundRules {
  /** Share of the year's fund that may pay for organising (launching, reviews, councils…). */
  organisingShareMax: number;
  citation: string;
  effectiveFrom: string;
}

export const FUND_RULES: readonly FundRules[] = [
  {
    organisingShareMax: 0.2,
    citation: 'Thông tư số 28/2025/TT-BTC (hiệu lực từ 15/7/2025); Nghị định số 152/2025/NĐ-CP, Điều 46 khoản 3 điểm b',
    effectiveFrom: '2025-07-15',
  },
];

/** The rules in force on an ISO date; undefined before the first one. */
export function fundRulesOn(date: string): FundRules | undefined {
  let found: FundRules | undefined;
  for (const r of FUND_RULES) if (r.effectiveFrom <= date) found = r;
  return found;
}

/** One posted entry as the ledger needs it. Amount is signed: a reversal carries the opposite. */
export interface LedgerEntry {
  id: string;
  entryDate: string;
  kind: FundEntryKind;
  amount: number;
  createdAt?: string;
}

export interface LedgerLine<E extends LedgerEntry> {
  entry: E;
  thu: number;
  chi: number;
  /** Balance after this entry. */
  balance: number;
}

export interface Ledger<E extends LedgerEntry> {
  year: number;
  /** Balance at 1 January (every entry before it). */
  opening: number;
  lines: LedgerLine<E>[];
  totalThu: number;
  totalChi: number;
  /** Balance at 31 December (or after the last entry of the year). */
  closing: number;
  /** Organising spending this year against the cap of the rules in force at year end. */
  organising: { spent: number; fundOfYear: number; cap: number | null; over: boolean; citation: string | null };
}

/** How an entry moves the balance: + for receipts and the opening, − for payments. */
export function signedEffect(e: Pick<LedgerEntry, 'kind' | 'amount'>): number {
  return directionOf(e.kind) === 'chi' ? -e.amount : e.amount;
}

export function balanceOf(entries: readonly Pick<LedgerEntry, 'kind' | 'amount'>[]): number {
  return entries.reduce((s, e) => s + signedEffect(e), 0);
}

const byDate = (a: LedgerEntry, b: LedgerEntry) =>
  a.entryDate < b.entryDate
    ? -1
    : a.entryDate > b.entryDate
      ? 1
      : (a.createdAt ?? '') < (b.createdAt ?? '')
        ? -1
        : (a.createdAt ?? '') > (b.createdAt ?? '')
          ? 1
          : a.id.localeCompare(b.id);

/**
 * The ledger (sổ quỹ) of one year from every entry of the body: the balance brought forward, each
 * entry of the year in date order with its running balance, the totals and the balance carried.
 * The opening kind counts in the balance but is neither a receipt nor a payment.
 */
export function buildLedger<E extends LedgerEntry>(entries: readonly E[], year: number): Ledger<E> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const sorted = [...entries].sort(byDate);
  let opening = 0;
  let balance = 0;
  let totalThu = 0;
  let totalChi = 0;
  let spent = 0;
  let formed = 0;
  const lines: LedgerLine<E>[] = [];
  for (const e of sorted) {
    if (e.entryDate > to) break;
    if (e.entryDate < from) {
      balance += signedEffect(e);
      continue;
    }
    if (!lines.length) opening = balance;
    const dir = directionOf(e.kind);
    const thu = dir === 'thu' ? e.amount : 0;
    const chi = dir === 'chi' ? e.amount : 0;
    totalThu += thu;
    totalChi += chi;
    balance += signedEffect(e);
    if (e.kind === 'organising') spent += e.amount;
    // The year's fund is what was brought in and formed this year; a recovery returns money
    // already spent and does not enlarge it.
    if (e.kind !== 'recovery' && dir !== 'chi') formed += e.amount;
    lines.push({ entry: e, thu, chi, balance });
  }
  if (!lines.length) opening = balance;
  const rules = fundRulesOn(to);
  const fundOfYear = Math.max(0, opening + formed);
  const cap = rules ? Math.floor(fundOfYear * rules.organisingShareMax) : null;
  return {
    year,
    opening,
    lines,
    totalThu,
    totalChi,
    closing: balance,
    organising: { spent, fundOfYear, cap, over: cap !== null && spent > cap, citation: rules?.citation ?? null },
  };
}

/** Whether a payment list fits the balance, and by how much it does not. */
export function paymentShortfall(balance: number, total: number): number {
  return total > 0 && total > balance ? total - balance : 0;
}

/** An entry may be reversed once, and a reversal itself is not reversed (post a new entry instead). */
export function reversalProblem(e: { reversesId: string | null; reversedById: string | null }): string | null {
  if (e.reversesId) return 'Bút toán này là bút toán đảo; hãy ghi một bút toán mới nếu cần điều chỉnh lại.';
  if (e.reversedById) return 'Bút toán này đã được đảo trước đó.';
  return null;
}

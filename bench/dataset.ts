// Synthetic people with ten years of history, for the eligibility benchmark. Deterministic for a
// seed (the ids are random UUIDs, everything else follows the seed), so the in-process run and
// the database run see the same kind of history.
//
// Per person: ratings for 2017–2026 (the proposal year's rating is known when the round starts),
// award records for 2017–2025 (LĐTT most years, CSTĐCS in excellent years, CSTĐ tỉnh after three
// CSTĐCS in a row, now and then CSTĐ toàn quốc, Giấy khen, Bằng khen tỉnh and Thủ tướng, HCLĐ
// hạng Ba; a few on the đột xuất / chuyên đề tracks), some initiatives, a little discipline and a
// few open matters.
import type { SubjectGroup } from '../src/domain/eligibility/contract.js';
import type { ParsedInput } from '../src/domain/eligibility/contract.js';
import type {
  AwardTrack,
  DisciplineForm,
  InitiativeScope,
  PendingKind,
  PersonCategory,
  Rating,
} from '../src/domain/registry/vocab.js';

export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2026;
/** The round being checked: calendar year 2026, decided in December. */
export const PROPOSAL_PERIOD = '2026';
export const DECISION_DATE = '2026-12-15';
/** Every individual title and form of the contract. */
export const INDIVIDUAL_AWARDS = [
  'LDTT',
  'CSTD_CS',
  'CSTD_TINH',
  'CSTD_TQ',
  'GIAY_KHEN',
  'BK_TINH',
  'BK_TTG',
  'HCLD_3',
] as const;

export type History = Pick<ParsedInput, 'records' | 'ratings' | 'initiatives' | 'discipline' | 'pending'>;

export interface SyntheticPerson {
  id: string;
  category: PersonCategory;
  group: SubjectGroup;
  history: History;
  /** Pending matters already closed (stored, but not part of the history). */
  resolvedPending: Array<{ kind: PendingKind; since: string; resolvedOn: string }>;
}

/** mulberry32: same seed → same sequence. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    float: next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}
type Rng = ReturnType<typeof rng>;

const pad = (n: number) => String(n).padStart(2, '0');
const dateIn = (r: Rng, year: number, fromMonth = 1, toMonth = 12) =>
  `${year}-${pad(r.int(fromMonth, toMonth))}-${pad(r.int(1, 28))}`;

function category(r: Rng): PersonCategory {
  const x = r.float();
  if (x < 0.05) return 'can_bo';
  if (x < 0.4) return 'cong_chuc';
  if (x < 0.75) return 'vien_chuc';
  if (x < 0.87) return 'nguoi_lao_dong';
  if (x < 0.95) return 'cong_nhan';
  return 'nong_dan';
}

function rating(r: Rng, quality: number): Rating {
  const x = r.float();
  if (x < 0.1 + 0.45 * quality) return 'HTXSNV';
  if (x < 0.88) return 'HTTNV';
  if (x < 0.97) return 'HTNV';
  return 'KHTNV';
}

function track(r: Rng): AwardTrack {
  const x = r.float();
  return x < 0.93 ? 'cong_trang' : x < 0.97 ? 'dot_xuat' : 'chuyen_de';
}

function generatePerson(r: Rng): SyntheticPerson {
  const cat = category(r);
  const group: SubjectGroup = ['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong'].includes(cat)
    ? 'cbccvc'
    : 'worker_farmer';
  const quality = r.float();
  const h: History = { records: [], ratings: [], initiatives: [], discipline: [], pending: [] };
  const rated = new Map<number, Rating>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    // Workers and farmers are often not rated at all.
    if (group === 'worker_farmer' && r.chance(0.5)) continue;
    const rt = rating(r, quality);
    rated.set(y, rt);
    h.ratings.push({ period: String(y), rating: rt });
  }
  const award = (code: string, y: number) => {
    const rec: History['records'][number] = {
      period: String(y),
      award: code,
      track: code === 'LDTT' || code === 'CSTD_CS' ? 'cong_trang' : track(r),
    };
    if (r.chance(0.85)) rec.decisionDate = dateIn(r, y, 12, 12);
    h.records.push(rec);
  };
  const cstdcs = new Set<number>();
  const cstdTinh: number[] = [];
  let lastBkTinh = 0;
  let lastBkTtg = 0;
  for (let y = FIRST_YEAR; y < LAST_YEAR; y++) {
    const rt = rated.get(y);
    const good = rt === 'HTXSNV' || rt === 'HTTNV' || (rt === undefined && r.chance(0.5));
    if (good && r.chance(0.92)) award('LDTT', y);
    if (rt === 'HTXSNV' && r.chance(0.65)) {
      award('CSTD_CS', y);
      cstdcs.add(y);
    }
    if (cstdcs.has(y) && cstdcs.has(y - 1) && cstdcs.has(y - 2) && !cstdTinh.some((t) => t > y - 3) && r.chance(0.5)) {
      award('CSTD_TINH', y);
      cstdTinh.push(y);
      if (cstdTinh.includes(y - 3) && r.chance(0.3)) award('CSTD_TQ', y);
    }
    if (good && r.chance(0.12)) award('GIAY_KHEN', y);
    if (rt === 'HTXSNV' && rated.get(y - 1) === 'HTXSNV' && y - lastBkTinh >= 3 && r.chance(0.25)) {
      award('BK_TINH', y);
      lastBkTinh = y;
    }
    if (lastBkTinh && y - lastBkTinh >= 5 && y - lastBkTtg >= 5 && r.chance(0.3)) {
      award('BK_TTG', y);
      lastBkTtg = y;
    }
    if (lastBkTtg && y - lastBkTtg >= 5 && r.chance(0.3)) award('HCLD_3', y);
  }
  const nInitiatives = r.float() < 0.55 ? 0 : r.int(1, 4);
  for (let i = 0; i < nInitiatives; i++) {
    const y = r.int(FIRST_YEAR, LAST_YEAR);
    const x = r.float();
    const scope: InitiativeScope = x < 0.72 ? 'co_so' : x < 0.95 ? 'tinh' : 'toan_quoc';
    const used = r.chance(0.3);
    h.initiatives.push({
      id: crypto.randomUUID(),
      recognizedOn: dateIn(r, y),
      scope,
      usedFor: used ? { award: scope === 'co_so' ? 'CSTD_CS' : 'CSTD_TINH', period: String(y) } : null,
    });
  }
  if (r.chance(0.03)) {
    const y = r.int(FIRST_YEAR + 1, LAST_YEAR);
    const from = dateIn(r, y);
    const form: DisciplineForm = r.chance(0.7) ? 'khien_trach' : r.chance(0.8) ? 'canh_cao' : 'ha_bac_luong';
    h.discipline.push({ form, from, to: `${y + 1}${from.slice(4)}` });
  }
  if (r.chance(0.005))
    h.pending.push({
      kind: r.pick(['complaint', 'inspection', 'investigation'] as const),
      since: dateIn(r, LAST_YEAR, 1, 11),
    });
  const resolvedPending = r.chance(0.01)
    ? [{ kind: 'complaint' as const, since: dateIn(r, 2022, 1, 6), resolvedOn: dateIn(r, 2022, 7, 12) }]
    : [];
  return { id: crypto.randomUUID(), category: cat, group, history: h, resolvedPending };
}

export const DEFAULT_SEED = 20261121;

/** An endless stream of synthetic people; the same seed gives the same histories. */
export function* peopleStream(seed = DEFAULT_SEED): Generator<SyntheticPerson, never> {
  const r = rng(seed);
  for (;;) yield generatePerson(r);
}

/** The first `n` people of the stream. */
export function generatePeople(n: number, seed = DEFAULT_SEED): SyntheticPerson[] {
  const stream = peopleStream(seed);
  return Array.from({ length: n }, () => stream.next().value);
}

/** The contract's input for one person and award, in the proposal round. */
export function inputFor(
  award: (typeof INDIVIDUAL_AWARDS)[number],
  group: SubjectGroup,
  history: History,
): ParsedInput {
  return {
    award,
    period: PROPOSAL_PERIOD,
    decisionDate: DECISION_DATE,
    subject: { kind: 'individual', group },
    ...history,
  };
}

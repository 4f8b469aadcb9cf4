// Checks that the engine in this tree gives byte-identical outputs to a reference copy of it (for
// example the last commit's), on the corpus, on random inputs of every award, subject kind, period
// kind, province and override, and on the benchmark's synthetic people. Run after any change made
// for speed:
//
//   rm -rf /tmp/ref && mkdir -p /tmp/ref && git archive HEAD package.json src/domain | tar -x -C /tmp/ref
//   ln -s "$PWD/node_modules" /tmp/ref/node_modules
//   npx tsx bench/equivalence.ts /tmp/ref/src/domain/eligibility [randomCases] [people]
//
// Exits 1 on the first difference, printing both outputs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EngineDeps } from '../src/domain/eligibility/engine.js';
import type * as IndexModule from '../src/domain/eligibility/index.js';
import {
  AWARD_TRACKS,
  CONTRACT_AWARD_CODES,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  PENDING_KINDS,
  RATINGS,
  SUBJECT_KINDS,
} from '../src/domain/registry/vocab.js';
import { DECISION_DATE, INDIVIDUAL_AWARDS, generatePeople, inputFor } from './dataset.js';

type Index = typeof IndexModule;

const refDir = process.argv[2];
if (!refDir) {
  console.error(
    'usage: npx tsx bench/equivalence.ts <reference src/domain/eligibility directory> [randomCases] [people]',
  );
  process.exit(2);
}
const RANDOM_CASES = Number(process.argv[3] ?? 200_000);
const PEOPLE = Number(process.argv[4] ?? 20_000);

const load = async (dir: string): Promise<Index> =>
  (await import(pathToFileURL(join(resolve(dir), 'index.ts')).href)) as Index;
const ref = await load(refDir);
const cur = await load(new URL('../src/domain/eligibility/', import.meta.url).pathname);

let compared = 0;
function same(what: string, a: unknown, b: unknown, input: unknown): void {
  compared++;
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x === y) return;
  console.error(`DIFFERENT (${what})\ninput: ${JSON.stringify(input)}\nreference: ${x}\ncurrent:   ${y}`);
  process.exit(1);
}

// 1. The corpus, through the public entry point (parsing, rule resolution, overrides).
const corpusDir = new URL('../src/domain/eligibility/corpus/', import.meta.url).pathname;
for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
  for (const c of JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as Array<{
    input: unknown;
    province?: string;
    overrides?: never;
  }>) {
    const opts = { province: c.province, overrides: c.overrides };
    same(`corpus ${file}`, ref.evaluateEligibility(c.input, opts), cur.evaluateEligibility(c.input, opts), c.input);
  }
}
const afterCorpus = compared;

// 2. Random inputs over the whole contract.
let seed = 7;
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const chance = (p: number) => rand() < p;
const pad = (n: number) => String(n).padStart(2, '0');
const HELD = [
  'LDTT',
  'CSTD_CS',
  'CSTD_TINH',
  'CSTD_TQ',
  'BK_TINH',
  'BK_TTG',
  'HCLD_3',
  'GIAY_KHEN',
  'TT_LDTT',
  'TT_LDXS',
  'CO_TD_TINH',
  'CO_TD_CP',
  'THON_VH',
  'XA_TIEU_BIEU',
  'GD_VH',
  'OTHER_CODE',
];
const OVERRIDES = [
  { key: 'params.baseSalary', value: 2_600_000, effectiveFrom: '2026-10-01' },
  { key: 'params.rounding.mode', value: 'nearest', effectiveFrom: '2025-01-01' },
  { key: 'params.discipline.minForm.individual', value: 'canh_cao', effectiveFrom: '2024-01-01' },
  { key: 'params.discipline.minForm.individual', value: null, effectiveFrom: '2025-01-01' },
  { key: 'params.schoolYearStart', value: '08-15', effectiveFrom: '2024-01-01' },
  { key: 'awards.CSTD_TINH.criteria.cstdcs_streak_3.length', value: 2, effectiveFrom: '2024-01-01' },
  { key: 'awards.THON_VH.minIntervalPeriods', value: 3, effectiveFrom: '2024-01-01' },
  { key: 'awards.BK_TTG.criteria.achievement_basis.judgementOptionsOpen', value: false, effectiveFrom: '2024-01-01' },
  { key: 'awards.HCLD_3.criteria.achievement_basis.judgementOptionsOpen', value: false, effectiveFrom: '2024-01-01' },
  { key: 'awards.BK_TINH.criteria.achievement_basis.options.cstdcs_2.length', value: 3, effectiveFrom: '2024-01-01' },
] as const;

function randomInput(): { input: unknown; province?: string; overrides?: never } {
  const school = chance(0.25);
  const end = int(2024, 2027);
  const text = (y: number) => (school ? `${y}-${y + 1}` : String(y));
  const kind = pick(SUBJECT_KINDS);
  const seenRating = new Set<string>();
  const ratings = Array.from({ length: int(0, 12) }, () => ({
    period: text(end - int(0, 11)),
    rating: pick(RATINGS),
  })).filter((r) => !seenRating.has(r.period) && seenRating.add(r.period));
  const records = Array.from({ length: int(0, 16) }, () => {
    const r: Record<string, unknown> = {
      period: chance(0.1) ? String(end - int(0, 10)) : text(end - int(0, 11)),
      award: pick(HELD),
    };
    if (chance(0.6)) r.decisionDate = `${end - int(0, 10)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    if (chance(0.7)) r.track = chance(0.85) ? 'cong_trang' : pick(AWARD_TRACKS);
    return r;
  });
  const initiatives = Array.from({ length: int(0, 5) }, (_, i) => {
    const s: Record<string, unknown> = {
      recognizedOn: `${end - int(-1, 7)}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
      scope: pick(INITIATIVE_SCOPES),
    };
    if (chance(0.8)) s.id = `sk-${i}`;
    if (chance(0.3)) s.usedFor = { award: pick(HELD), period: text(end - int(0, 4)) };
    else if (chance(0.2)) s.usedFor = null;
    return s;
  });
  const discipline = Array.from({ length: chance(0.3) ? int(1, 2) : 0 }, () => {
    const y = end - int(-1, 6);
    const d: Record<string, unknown> = {
      form: pick(DISCIPLINE_FORMS),
      from: `${y}-${pad(int(1, 6))}-${pad(int(1, 28))}`,
    };
    if (chance(0.8)) d.to = `${y + int(0, 1)}-${pad(int(7, 12))}-${pad(int(1, 28))}`;
    return d;
  });
  const pending = chance(0.1)
    ? [chance(0.5) ? { kind: pick(PENDING_KINDS) } : { kind: pick(PENDING_KINDS), since: `${end}-0${int(1, 9)}-10` }]
    : [];
  const input: Record<string, unknown> = {
    award: pick(CONTRACT_AWARD_CODES),
    period: text(end),
    decisionDate: chance(0.7)
      ? `${school ? end + 1 : end}-${pad(int(school ? 6 : 10, 12))}-${pad(int(1, 28))}`
      : `${end + 1}-0${int(1, 6)}-15`,
    subject:
      kind === 'individual' && chance(0.9) ? { kind, group: chance(0.8) ? 'cbccvc' : 'worker_farmer' } : { kind },
    records,
    ratings,
    initiatives,
    discipline,
    pending,
  };
  if (kind === 'collective' && chance(0.8)) {
    const total = int(0, 40);
    input.members = {
      ...(chance(0.9) ? { total } : {}),
      completedTasks: int(0, total),
      ldtt: int(0, total),
      cstdcs: int(0, total),
      ...(chance(0.7) ? { disciplined: { canh_cao_or_above: 0, any: int(0, Math.min(1, total)) } } : {}),
    };
  }
  const overrides = chance(0.2) ? (Array.from({ length: int(1, 3) }, () => pick(OVERRIDES)) as never) : undefined;
  return { input, province: chance(0.3) ? 'bac_ninh' : undefined, overrides };
}

let valid = 0;
for (let i = 0; i < RANDOM_CASES; i++) {
  const c = randomInput();
  const opts = { province: c.province, overrides: c.overrides };
  const r = ref.evaluateEligibility(c.input, opts);
  if (r.ok) valid++;
  same('random', r, cur.evaluateEligibility(c.input, opts), c);
}
const afterRandom = compared;

// 3. The benchmark's people, evaluated directly (as the bulk check does), every individual award.
const people = generatePeople(PEOPLE, 99);
const refRules = ref.resolveRules(DECISION_DATE)!.rules;
const curRules = cur.resolveRules(DECISION_DATE)!.rules;
const bnRef = ref.resolveRules(DECISION_DATE, 'bac_ninh')!.rules;
const bnCur = cur.resolveRules(DECISION_DATE, 'bac_ninh')!.rules;
const refWords = (await import(pathToFileURL(join(resolve(refDir), '../vi-text/index.ts')).href)) as {
  moneyInWords: EngineDeps['moneyInWords'];
};
const curDeps: EngineDeps = { moneyInWords: (await import('../src/domain/vi-text/index.js')).moneyInWords };
const refDeps: EngineDeps = { moneyInWords: refWords.moneyInWords };
people.forEach((p, i) => {
  for (const award of INDIVIDUAL_AWARDS) {
    const input = inputFor(award, p.group, p.history);
    const [a, b] = i % 2 ? [refRules, curRules] : [bnRef, bnCur];
    same('people', ref.evaluate(input, a, refDeps), cur.evaluate(input, b, curDeps), input);
  }
});

const afterPeople = compared;

// 4. The catalogue's own awards (KNC_TINH, CONG_HIEN; the reference may not know them) and every
//    contract award, with the engine's caches warm (rules reused, as a bulk check does) and cold
//    (rules resolved afresh for each evaluation): the hidden per-rule caches must not change a byte.
const CATALOGUE_INDIVIDUAL = [...INDIVIDUAL_AWARDS, 'KNC_TINH', 'CONG_HIEN'] as const;
const cold = Math.min(PEOPLE, 2000);
for (let i = 0; i < cold; i++) {
  const p = people[i];
  for (const award of CATALOGUE_INDIVIDUAL) {
    const input = { ...inputFor('LDTT', p.group, p.history), award } as Parameters<Index['evaluate']>[0];
    const province = i % 2 ? undefined : 'bac_ninh';
    const warmRules = province ? bnCur : curRules;
    const coldRules = cur.resolveRules(DECISION_DATE, province)!.rules;
    same(
      'catalogue warm/cold',
      cur.evaluate(input, warmRules, curDeps),
      cur.evaluate(input, coldRules, curDeps),
      input,
    );
  }
}

console.log(
  `identical: ${afterCorpus} corpus cases, ${afterRandom - afterCorpus} random inputs (${valid} valid), ${afterPeople - afterRandom} evaluations of ${PEOPLE} synthetic people, ${compared - afterPeople} catalogue evaluations with warm and cold caches`,
);

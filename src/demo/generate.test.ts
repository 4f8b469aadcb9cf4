import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AWARD_TRACKS,
  CONTRACT_AWARD_CODES,
  ORG_TYPES,
  PERSON_CATEGORIES,
  type Rating,
} from '../domain/registry/vocab.js';
import { demoCccd, readCccd } from './cccd.js';
import type { DemoDataset, DemoPerson, DemoSubject } from './dataset-types.js';
import { generateDemoDataset } from './generate.js';
import { periodRange, overlaps } from './random.js';

const REFORM = '2025-07-01';
const BEFORE = '2025-06-30';
const TODAY = '2026-11-21';
const RATED_CATEGORIES = new Set(['can_bo', 'cong_chuc', 'vien_chuc']);
const GOOD: Rating[] = ['HTXSNV', 'HTTNV'];

const data = generateDemoDataset();

const subjectKey = (s: DemoSubject) =>
  s.kind === 'individual' ? `P:${s.personKey}` : s.kind === 'household' ? `H:${s.householdKey}` : `O:${s.orgKey}`;
const lcFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const chairOf = (orgName: string) => `Chủ tịch UBND ${lcFirst(orgName)}`;
const prevPeriod = (p: string) => {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(p)!;
  return m[2] ? `${Number(m[1]) - 1}-${m[1]}` : String(Number(m[1]) - 1);
};

function index(d: DemoDataset) {
  const orgs = new Map(d.orgs.map((o) => [o.key, o]));
  const people = new Map(d.people.map((p) => [p.key, p]));
  const households = new Map(d.households.map((h) => [h.key, h]));
  const awardsOf = new Map<string, Map<string, Set<string>>>();
  for (const a of d.awards) {
    if (a.subject.kind !== 'individual') continue;
    let m = awardsOf.get(a.subject.personKey);
    if (!m) awardsOf.set(a.subject.personKey, (m = new Map()));
    let s = m.get(a.period);
    if (!s) m.set(a.period, (s = new Set()));
    s.add(a.award);
  }
  const ratingOf = new Map<string, Rating>();
  for (const r of d.ratings) ratingOf.set(`${subjectKey(r.subject)}|${r.period}`, r.rating);
  const has = (personKey: string, period: string, award: string) =>
    awardsOf.get(personKey)?.get(period)?.has(award) ?? false;
  const orgAt = (p: DemoPerson, date: string) =>
    p.memberships.find((m) => m.from <= date && (m.to === null || m.to >= date))?.orgKey;
  return { orgs, people, households, has, ratingOf, orgAt };
}

/** Everything a seeder and an officer rely on, as a list of problems (empty = fine). */
function problems(d: DemoDataset): string[] {
  const out: string[] = [];
  const { orgs, people, households, ratingOf } = index(d);

  // Organisations: unique codes, valid types, a single rooted tree, hierarchical codes.
  const codes = new Set<string>();
  for (const o of d.orgs) {
    if (codes.has(o.code)) out.push(`duplicate org code ${o.code}`);
    codes.add(o.code);
    if (!/^[A-Za-z0-9._-]{1,50}$/.test(o.code)) out.push(`bad org code ${o.code}`);
    if (!(ORG_TYPES as readonly string[]).includes(o.type)) out.push(`bad org type ${o.type}`);
    if (o.parentKey !== null) {
      const parent = orgs.get(o.parentKey);
      if (!parent) out.push(`${o.code}: missing parent ${o.parentKey}`);
      else if (!o.code.startsWith(`${parent.code}.`)) out.push(`${o.code} is not under ${parent.code}`);
    }
    if (o.effectiveTo && o.effectiveTo < o.effectiveFrom) out.push(`${o.code}: ends before it starts`);
  }
  const roots = d.orgs.filter((o) => o.parentKey === null);
  if (roots.length !== 1) out.push(`expected one root, got ${roots.length}`);
  for (const o of d.orgs) {
    let cur = o;
    for (let depth = 0; cur.parentKey !== null; depth++) {
      if (depth > 10) {
        out.push(`${o.code}: cycle or too deep`);
        break;
      }
      const next = orgs.get(cur.parentKey);
      if (!next) break;
      cur = next;
    }
    if (cur.parentKey === null && cur.key !== roots[0]?.key) out.push(`${o.code}: not under the root`);
  }

  // People: CCCD, names, dates, memberships.
  const cccds = new Set<string>();
  for (const p of d.people) {
    if (cccds.has(p.cccd)) out.push(`duplicate CCCD ${p.cccd}`);
    cccds.add(p.cccd);
    const c = readCccd(p.cccd);
    const birthYear = Number(p.birthDate.slice(0, 4));
    if (!c) out.push(`${p.key}: malformed CCCD ${p.cccd}`);
    else if (c.gender !== p.gender || c.birthYear !== birthYear)
      out.push(`${p.key}: CCCD ${p.cccd} ≠ ${p.gender} ${birthYear}`);
    if (birthYear < 1965 || birthYear > 2004) out.push(`${p.key}: born ${p.birthDate}`);
    const parts = p.fullName.split(' ');
    if (parts.length < 3) out.push(`${p.key}: name too short ${p.fullName}`);
    if (parts[1] === 'Văn' && p.gender !== 'male') out.push(`${p.key}: ${p.fullName} should be male`);
    if (parts[1] === 'Thị' && p.gender !== 'female') out.push(`${p.key}: ${p.fullName} should be female`);
    if (!(PERSON_CATEGORIES as readonly string[]).includes(p.category)) out.push(`${p.key}: bad category`);
    if (p.memberships.length === 0) out.push(`${p.key}: no membership`);
    for (const m of p.memberships) {
      const o = orgs.get(m.orgKey);
      if (!o) {
        out.push(`${p.key}: membership in missing org ${m.orgKey}`);
        continue;
      }
      if (m.to !== null && m.to < m.from) out.push(`${p.key}: membership ends before it starts`);
      if (m.from < o.effectiveFrom)
        out.push(`${p.key}: joins ${o.code} (${m.from}) before it exists (${o.effectiveFrom})`);
      if (o.effectiveTo && (m.to === null || m.to > o.effectiveTo))
        out.push(`${p.key}: stays in ${o.code} after it closed`);
      if (m.from > TODAY) out.push(`${p.key}: joins in the future`);
    }
    const current = p.memberships.filter((m) => m.to === null);
    if (current.length !== 1) out.push(`${p.key}: ${current.length} current memberships`);
  }

  // Links.
  for (const l of d.links) {
    if (!orgs.has(l.fromKey) || !orgs.has(l.toKey)) out.push(`link to missing org ${l.fromKey} → ${l.toKey}`);
    else if (orgs.get(l.fromKey)!.effectiveTo! >= l.effectiveDate)
      out.push(`link ${l.fromKey}: predecessor still open`);
  }

  // Households.
  for (const h of d.households) {
    const v = orgs.get(h.villageKey);
    if (!v || (v.type !== 'village' && v.type !== 'residential_group')) out.push(`${h.key}: not in a village`);
    if (h.memberCount < 2 || h.memberCount > 7) out.push(`${h.key}: ${h.memberCount} members`);
    if (h.headPersonKey !== null) {
      const head = people.get(h.headPersonKey);
      if (!head) out.push(`${h.key}: missing head`);
      else if (head.fullName !== h.headName) out.push(`${h.key}: head name differs`);
    }
    if (v && !h.address.startsWith(`${v.name}, `)) out.push(`${h.key}: address ${h.address}`);
  }

  // Awards: known codes, existing subjects, one record per subject/award/period, sane decisions.
  const seen = new Set<string>();
  const decisionDates = new Map<string, string>();
  for (const a of d.awards) {
    const k = `${subjectKey(a.subject)}|${a.award}|${a.period}`;
    if (seen.has(k)) out.push(`duplicate award ${k}`);
    seen.add(k);
    if (!(CONTRACT_AWARD_CODES as readonly string[]).includes(a.award)) out.push(`unknown award ${a.award}`);
    if (!(AWARD_TRACKS as readonly string[]).includes(a.track)) out.push(`unknown track ${a.track}`);
    const s = a.subject;
    if (
      s.kind === 'individual'
        ? !people.has(s.personKey)
        : s.kind === 'household'
          ? !households.has(s.householdKey)
          : !orgs.has(s.orgKey)
    )
      out.push(`award to a missing subject ${k}`);
    if (!/^\d+\/QĐ-[A-Z]+$/.test(a.decisionNo)) out.push(`decision number ${a.decisionNo}`);
    const [start] = periodRange(a.period);
    if (a.decisionDate < start || a.decisionDate > TODAY) out.push(`${k}: decided ${a.decisionDate}`);
    const dk = `${a.issuer}|${a.decisionNo}|${a.decisionDate.slice(0, 4)}`;
    const prev = decisionDates.get(dk);
    if (prev && prev !== a.decisionDate) out.push(`decision ${dk} carries two dates`);
    decisionDates.set(dk, a.decisionDate);
  }

  // Discipline withholds every individual award of the periods it touches.
  for (const disc of d.discipline) {
    for (const a of d.awards) {
      if (
        a.subject.kind === 'individual' &&
        a.subject.personKey === disc.personKey &&
        overlaps(periodRange(a.period), [disc.from, disc.to])
      )
        out.push(`${disc.personKey} awarded ${a.award} ${a.period} while disciplined`);
    }
    for (const r of d.ratings) {
      if (
        r.subject.kind === 'individual' &&
        r.subject.personKey === disc.personKey &&
        overlaps(periodRange(r.period), [disc.from, disc.to]) &&
        GOOD.includes(r.rating)
      )
        out.push(`${disc.personKey} rated ${r.rating} in ${r.period} while disciplined`);
    }
  }

  // Titles follow the ratings.
  for (const a of d.awards) {
    if (a.subject.kind !== 'individual') continue;
    const p = people.get(a.subject.personKey)!;
    const rating = ratingOf.get(`P:${p.key}|${a.period}`);
    if (a.award === 'LDTT' && RATED_CATEGORIES.has(p.category) && !(rating && GOOD.includes(rating)))
      out.push(`${p.key}: LĐTT ${a.period} with rating ${rating}`);
    if (a.award === 'CSTD_CS' && rating !== 'HTXSNV') out.push(`${p.key}: CSTĐCS ${a.period} with rating ${rating}`);
  }

  // NFC everywhere.
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') {
      if (v !== v.normalize('NFC')) out.push(`not NFC at ${path}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(d, 'dataset');

  // Clusters: one leader and one deputy a year, existing members.
  for (const c of d.clusters) {
    if (!orgs.has(c.organiserKey)) out.push(`${c.code}: missing organiser`);
    const years = new Set(c.members.map((m) => m.year));
    for (const y of years) {
      const ms = c.members.filter((m) => m.year === y);
      if (ms.filter((m) => m.role === 'leader').length !== 1) out.push(`${c.code} ${y}: not exactly one leader`);
      if (ms.filter((m) => m.role === 'deputy').length !== 1) out.push(`${c.code} ${y}: not exactly one deputy`);
      for (const m of ms) if (!orgs.has(m.orgKey)) out.push(`${c.code} ${y}: missing member ${m.orgKey}`);
    }
  }
  return out;
}

describe('generateDemoDataset', () => {
  it('is deterministic: the same seed gives the same dataset, another seed another one', () => {
    const again = generateDemoDataset();
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    expect(JSON.stringify(generateDemoDataset({ seed: 7 }))).toBe(JSON.stringify(generateDemoDataset({ seed: 7 })));
    expect(JSON.stringify(generateDemoDataset({ seed: 7 }))).not.toBe(JSON.stringify(data));
  });

  it('holds together: tree, codes, CCCD, memberships, awards, discipline, clusters, NFC', () => {
    expect(problems(data)).toEqual([]);
  });

  it('holds together for other seeds and sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 6 }), (seed, peoplePerUnit) => {
        expect(problems(generateDemoDataset({ seed, peoplePerUnit }))).toEqual([]);
      }),
      { numRuns: 6 },
    );
  });

  it('is a tenant of a few hundred people that grows with peoplePerUnit', () => {
    expect(data.tenant).toEqual({ code: 'DEMO', name: 'Dữ liệu trình diễn' });
    expect(data.people.length).toBeGreaterThanOrEqual(300);
    expect(data.people.length).toBeLessThanOrEqual(600);
    expect(generateDemoDataset({ peoplePerUnit: 8 }).people.length).toBeGreaterThan(data.people.length * 1.4);
  });

  it('has the root and the five units of the seed plans, under their real names', () => {
    const root = data.orgs.find((o) => o.parentKey === null)!;
    expect(root).toMatchObject({ type: 'province', code: 'DEMO', name: 'Ủy ban nhân dân tỉnh (dữ liệu trình diễn)' });
    const current = (name: string) => data.orgs.find((o) => o.name === name && !o.effectiveTo);
    expect(current('Văn phòng Ủy ban nhân dân tỉnh Sơn La')).toMatchObject({
      type: 'provincial_agency',
      parentKey: root.key,
    });
    expect(current('Phường Mường Lay')).toMatchObject({ type: 'ward', parentKey: root.key });
    expect(current('Phường Bạch Đằng')).toMatchObject({ type: 'ward', parentKey: root.key });
    expect(current('Xã Điềm He')).toMatchObject({ type: 'commune', parentKey: root.key });
    expect(current('Xã Xuân Trường')).toMatchObject({ type: 'commune', parentKey: root.key });
    // Bodies named in the plans.
    for (const name of [
      'Phòng Tổ chức - Hành chính - Quản trị',
      'Trung tâm Thông tin',
      'Phòng Văn hóa - Xã hội phường Mường Lay',
      'Văn phòng HĐND và UBND phường Mường Lay',
      'Trung tâm Dịch vụ tổng hợp phường Mường Lay',
      'Trung tâm Dịch vụ sự nghiệp công phường Bạch Đằng',
      'Phòng Văn hóa - Xã hội xã Điềm He',
      'Phòng Kinh tế xã Xuân Trường',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường Bạch Đằng',
      'Sở Tư pháp',
    ])
      expect(current(name), name).toBeDefined();
  });

  it('gives every commune and ward the bodies an officer expects', () => {
    const units = data.orgs.filter((o) => (o.type === 'commune' || o.type === 'ward') && !o.effectiveTo);
    expect(units).toHaveLength(4);
    for (const u of units) {
      const kids = data.orgs.filter((o) => o.parentKey === u.key);
      const named = (prefix: string) => kids.filter((o) => o.name.startsWith(prefix));
      expect(named('Phòng Văn hóa - Xã hội'), u.name).toHaveLength(1);
      expect(named('Văn phòng HĐND và UBND'), u.name).toHaveLength(1);
      expect(named(u.type === 'ward' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế'), u.name).toHaveLength(1);
      expect(named('Trung tâm Phục vụ hành chính công'), u.name).toHaveLength(1);
      expect(named('Trạm Y tế'), u.name).toHaveLength(1);
      expect(named('Ủy ban Mặt trận Tổ quốc Việt Nam'), u.name).toHaveLength(1);
      const schools = kids.filter((o) => o.type === 'school');
      expect(schools.length).toBeGreaterThanOrEqual(2);
      expect(schools.length).toBeLessThanOrEqual(3);
      const firms = kids.filter((o) => o.type === 'enterprise');
      expect(firms.length).toBeGreaterThanOrEqual(1);
      expect(firms.length).toBeLessThanOrEqual(2);
      const villages = kids.filter((o) => o.type === 'village' || o.type === 'residential_group');
      expect(villages.length).toBeGreaterThanOrEqual(6);
      expect(villages.length).toBeLessThanOrEqual(10);
      if (u.type === 'commune')
        expect(villages.every((v) => v.type === 'village' && v.name.startsWith('Thôn '))).toBe(true);
      else
        expect(villages.filter((v) => v.type === 'residential_group').length).toBeGreaterThanOrEqual(
          villages.length / 2,
        );
      const mtq = kids.find((o) => o.name.startsWith('Ủy ban Mặt trận'))!;
      const mass = data.orgs.filter((o) => o.parentKey === mtq.key).map((o) => o.name);
      for (const prefix of [
        'Hội Liên hiệp Phụ nữ',
        'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
        'Hội Nông dân',
        'Hội Cựu chiến binh',
      ])
        expect(
          mass.some((n) => n.startsWith(prefix)),
          `${u.name}: ${prefix}`,
        ).toBe(true);
      // Households: 5–10 per village at the default size, addressed as the officer writes them.
      for (const v of villages) {
        const hs = data.households.filter((h) => h.villageKey === v.key);
        expect(hs.length, v.name).toBeGreaterThanOrEqual(5);
        expect(hs.length, v.name).toBeLessThanOrEqual(10);
        for (const h of hs) expect(h.address).toBe(`${v.name}, ${lcFirst(u.name)}`);
      }
    }
    expect(data.households.some((h) => h.headPersonKey !== null)).toBe(true);
    expect(data.households.some((h) => h.headPersonKey === null)).toBe(true);
  });

  it('records the 2025 mergers: predecessors closed on 30/6/2025, merge links dated 1/7/2025', () => {
    const bySuccessor = new Map<string, string[]>();
    for (const l of data.links) {
      expect(l.kind).toBe('merge');
      expect(l.effectiveDate).toBe(REFORM);
      expect(l.decisionRef).toMatch(/Ủy ban Thường vụ Quốc hội/);
      const from = data.orgs.find((o) => o.key === l.fromKey)!;
      expect(from.effectiveTo).toBe(BEFORE);
      bySuccessor.set(l.toKey, [...(bySuccessor.get(l.toKey) ?? []), l.fromKey]);
    }
    const communeMerges = [...bySuccessor.entries()].filter(([to, from]) => {
      const succ = data.orgs.find((o) => o.key === to)!;
      return (succ.type === 'commune' || succ.type === 'ward') && from.length >= 2;
    });
    expect(communeMerges.length).toBeGreaterThanOrEqual(2);
    const ml = data.orgs.find((o) => o.name === 'Phường Mường Lay')!;
    const mlPreds = bySuccessor.get(ml.key)!.map((k) => data.orgs.find((o) => o.key === k)!.name);
    expect(mlPreds).toEqual(['Phường Na Lay', 'Phường Sông Đà', 'Xã Lay Nưa']);
    // People moved from a predecessor to the successor on the reform date.
    const moved = data.people.filter(
      (p) =>
        p.memberships.some((m) => m.to === BEFORE) && p.memberships.some((m) => m.from === REFORM && m.to === null),
    );
    expect(moved.length).toBeGreaterThan(50);
  });

  it('keeps a CSTĐCS streak alive across the merger (predecessor 2023–2024, successor 2025)', () => {
    const { orgs, has } = index(data);
    const award = (personKey: string, period: string, code: string) =>
      data.awards.find(
        (a) =>
          a.subject.kind === 'individual' &&
          a.subject.personKey === personKey &&
          a.period === period &&
          a.award === code,
      );
    const spanning = data.people.filter((p) => {
      const before = p.memberships.find((m) => m.to === BEFORE);
      const after = p.memberships.find((m) => m.from === REFORM);
      if (!before || !after) return false;
      const pred = orgs.get(before.orgKey)!;
      const succ = orgs.get(after.orgKey)!;
      const successorCommune = succ.type === 'commune' || succ.type === 'ward' ? succ : orgs.get(succ.parentKey!)!;
      if (pred.name === successorCommune.name) return false; // a same-name predecessor proves nothing
      if (!['2023', '2024', '2025'].every((y) => has(p.key, y, 'CSTD_CS'))) return false;
      const linked = data.links.some((l) => l.fromKey === pred.key && l.toKey === successorCommune.key);
      return (
        linked &&
        award(p.key, '2023', 'CSTD_CS')!.issuer === chairOf(pred.name) &&
        award(p.key, '2024', 'CSTD_CS')!.issuer === chairOf(pred.name) &&
        award(p.key, '2025', 'CSTD_CS')!.issuer === chairOf(successorCommune.name)
      );
    });
    expect(spanning.length).toBeGreaterThanOrEqual(1);
    const s = spanning[0];
    const w = award(s.key, '2024', 'CSTD_CS')!;
    expect(w.decisionDate < REFORM).toBe(true);
    expect(award(s.key, '2025', 'CSTD_CS')!.decisionDate > REFORM).toBe(true);
  });

  it('names the issuer in force on the decision date', () => {
    const { orgs } = index(data);
    const preds = data.orgs.filter((o) => o.effectiveTo === BEFORE && (o.type === 'commune' || o.type === 'ward'));
    const successors = data.orgs.filter((o) => (o.type === 'commune' || o.type === 'ward') && !o.effectiveTo);
    for (const a of data.awards) {
      for (const p of preds) {
        const succ = orgs.get(data.links.find((l) => l.fromKey === p.key)!.toKey)!;
        if (p.name !== succ.name && a.issuer === chairOf(p.name))
          expect(a.decisionDate < REFORM, `${a.issuer} ${a.decisionDate}`).toBe(true);
      }
      for (const s of successors) {
        const sameNamePred = preds.some((p) => p.name === s.name);
        if (!sameNamePred && a.issuer === chairOf(s.name))
          expect(a.decisionDate >= REFORM, `${a.issuer} ${a.decisionDate}`).toBe(true);
      }
    }
    // School years before the reform were reviewed by the district; 2025-2026 by the new commune.
    const teacherAwards = data.awards.filter((a) => a.award === 'LDTT' && a.period.includes('-'));
    expect(teacherAwards.some((a) => a.period === '2023-2024' && a.issuer === 'Chủ tịch UBND thị xã Mường Lay')).toBe(
      true,
    );
    expect(teacherAwards.some((a) => a.period === '2025-2026' && a.issuer === 'Chủ tịch UBND phường Mường Lay')).toBe(
      true,
    );
  });

  it('rates every official each year, with a realistic spread, by school year in schools', () => {
    const { orgs } = index(data);
    const indiv = data.ratings.filter((r) => r.subject.kind === 'individual');
    const share = (r: Rating) => indiv.filter((x) => x.rating === r).length / indiv.length;
    expect(share('HTXSNV')).toBeGreaterThan(0.14);
    expect(share('HTXSNV')).toBeLessThan(0.3);
    expect(share('HTTNV')).toBeGreaterThan(0.55);
    expect(share('HTTNV')).toBeLessThan(0.75);
    expect(share('HTNV')).toBeGreaterThan(0.05);
    expect(share('HTNV')).toBeLessThan(0.2);
    expect(share('KHTNV')).toBeLessThan(0.06);
    for (const p of data.people.filter((x) => RATED_CATEGORIES.has(x.category))) {
      const mine = indiv.filter((r) => r.subject.kind === 'individual' && r.subject.personKey === p.key);
      expect(mine.length, p.key).toBeGreaterThanOrEqual(1);
      const inSchool = orgs.get(p.memberships[p.memberships.length - 1].orgKey)!.type === 'school';
      for (const r of mine) expect(r.period.includes('-'), `${p.key} ${r.period}`).toBe(inSchool);
    }
    const periods = new Set(indiv.map((r) => r.period));
    for (const p of ['2021', '2022', '2023', '2024', '2025', '2021-2022', '2025-2026'])
      expect(periods.has(p)).toBe(true);
    expect(periods.has('2026')).toBe(false);
  });

  it('grants the ladder of titles an officer checks for higher awards', () => {
    const { has, people } = index(data);
    const count = (code: string) => data.awards.filter((a) => a.award === code).length;
    for (const code of [
      'LDTT',
      'CSTD_CS',
      'GIAY_KHEN',
      'BK_TINH',
      'CSTD_TINH',
      'TT_LDTT',
      'TT_LDXS',
      'THON_VH',
      'GD_VH',
      'XA_TIEU_BIEU',
    ])
      expect(count(code), code).toBeGreaterThan(0);
    expect(count('CSTD_TINH')).toBeLessThanOrEqual(2);
    expect(count('XA_TIEU_BIEU')).toBe(1);
    expect(data.awards.some((a) => a.award === 'GIAY_KHEN' && a.track === 'dot_xuat')).toBe(true);
    expect(data.awards.some((a) => a.award === 'GIAY_KHEN' && a.track === 'chuyen_de')).toBe(true);

    // CSTĐ tỉnh: three consecutive CSTĐCS up to the period and an initiative of provincial reach.
    for (const a of data.awards.filter((x) => x.award === 'CSTD_TINH')) {
      const pk = (a.subject as { personKey: string }).personKey;
      const p2 = prevPeriod(a.period);
      const p1 = prevPeriod(p2);
      expect([p1, p2, a.period].every((p) => has(pk, p, 'CSTD_CS'))).toBe(true);
      expect(
        data.initiatives.some((i) => i.personKey === pk && i.scope === 'tinh' && i.usedFor?.award === 'CSTD_TINH'),
      ).toBe(true);
      expect(a.issuer).toBe('Chủ tịch UBND tỉnh');
    }
    // Bằng khen tỉnh for individuals: two consecutive CSTĐCS.
    for (const a of data.awards.filter((x) => x.award === 'BK_TINH' && x.subject.kind === 'individual')) {
      const pk = (a.subject as { personKey: string }).personKey;
      expect(has(pk, prevPeriod(a.period), 'CSTD_CS') && has(pk, a.period, 'CSTD_CS'), `${pk} ${a.period}`).toBe(true);
    }
    // Candidates for the 2026 round: people whose CSTĐCS run reaches 2025 (or 2025-2026).
    const runLength = (pk: string, last: string) => {
      let n = 0;
      for (let p = last; has(pk, p, 'CSTD_CS'); p = prevPeriod(p)) n++;
      return n;
    };
    const candidates = data.people.filter((p) => runLength(p.key, '2025') >= 2 || runLength(p.key, '2025-2026') >= 2);
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    expect(data.people.some((p) => runLength(p.key, '2025') >= 3)).toBe(true);
    // Workers and farmers are commended too (every seed asks for their share to rise).
    const toCategory = (cat: string) =>
      data.awards.filter((a) => a.subject.kind === 'individual' && people.get(a.subject.personKey)!.category === cat)
        .length;
    expect(toCategory('cong_nhan')).toBeGreaterThan(0);
    expect(toCategory('nong_dan')).toBeGreaterThan(0);
  });

  it('gives collective titles only where the members earned them', () => {
    const { orgs, has, orgAt } = index(data);
    for (const a of data.awards.filter((x) => x.award === 'TT_LDTT' && x.subject.kind === 'collective')) {
      const org = orgs.get((a.subject as { orgKey: string }).orgKey)!;
      const end = periodRange(a.period)[1];
      const whole = org.type === 'provincial_agency';
      const members = data.people.filter((p) => {
        const o = orgAt(p, end);
        const rated = data.ratings.some(
          (r) => r.subject.kind === 'individual' && r.subject.personKey === p.key && r.period === a.period,
        );
        return rated && (o === org.key || (whole && !!o?.startsWith(`${org.key}.`)));
      });
      expect(members.length).toBeGreaterThanOrEqual(3);
      const share = members.filter((p) => has(p.key, a.period, 'LDTT')).length / members.length;
      expect(share, `${org.code} ${a.period}`).toBeGreaterThanOrEqual(0.7);
      const warned = data.discipline.some(
        (d) =>
          d.form !== 'khien_trach' &&
          members.some((m) => m.key === d.personKey) &&
          overlaps(periodRange(a.period), [d.from, d.to]),
      );
      expect(warned).toBe(false);
    }
    expect(
      data.awards.some(
        (a) => a.award === 'TT_LDTT' && orgs.get((a.subject as { orgKey: string }).orgKey)?.type === 'school',
      ),
    ).toBe(true);
  });

  it('has 3–5 discipline records, each with a decision, and they cost the year', () => {
    expect(data.discipline.length).toBeGreaterThanOrEqual(3);
    expect(data.discipline.length).toBeLessThanOrEqual(5);
    for (const d of data.discipline) {
      expect(['khien_trach', 'canh_cao']).toContain(d.form);
      expect(d.decisionNo).toMatch(/^\d+\/QĐ-/);
      expect(d.to > d.from).toBe(true);
      expect(d.reason.length).toBeGreaterThan(10);
    }
  });

  it('has about twenty initiatives, each used at most once, pointing at a title the author holds', () => {
    const { has } = index(data);
    expect(data.initiatives.length).toBeGreaterThanOrEqual(15);
    expect(data.initiatives.length).toBeLessThanOrEqual(25);
    expect(data.initiatives.filter((i) => i.scope === 'co_so').length).toBeGreaterThan(data.initiatives.length / 2);
    expect(data.initiatives.some((i) => i.scope === 'tinh')).toBe(true);
    const uses = new Set<string>();
    for (const i of data.initiatives) {
      expect(new Set(data.initiatives.map((x) => x.title)).size).toBe(data.initiatives.length);
      if (!i.usedFor) continue;
      expect(has(i.personKey, i.usedFor.period, i.usedFor.award), `${i.key}`).toBe(true);
      const k = `${i.personKey}|${i.usedFor.award}|${i.usedFor.period}`;
      expect(uses.has(k), `title supported twice: ${k}`).toBe(false);
      uses.add(k);
      expect(i.recognizedOn <= periodRange(i.usedFor.period)[1] || i.usedFor.award !== 'CSTD_CS').toBe(true);
    }
  });

  it('has open 2026 matters on existing subjects', () => {
    const { orgs, people } = index(data);
    expect(data.pending.length).toBeGreaterThanOrEqual(1);
    expect(data.pending.length).toBeLessThanOrEqual(2);
    for (const p of data.pending) {
      expect(p.since.startsWith('2026-')).toBe(true);
      const s = p.subject;
      expect(
        s.kind === 'individual' ? people.has(s.personKey) : s.kind === 'household' ? true : orgs.has(s.orgKey),
      ).toBe(true);
    }
  });

  it('has accounts for every role, scoped to the right organisation', () => {
    const { orgs, people } = index(data);
    const byName = new Map(data.users.map((u) => [u.username, u]));
    expect(byName.size).toBe(data.users.length);
    for (const u of data.users) {
      expect(u.username).toMatch(/^[a-z0-9._]+$/);
      for (const g of u.grants) expect(orgs.has(g.orgKey), `${u.username} → ${g.orgKey}`).toBe(true);
      if (u.personKey) {
        const p = people.get(u.personKey)!;
        expect(p, u.username).toBeDefined();
        expect(u.fullName).toBe(p.fullName);
        const home = p.memberships[p.memberships.length - 1].orgKey;
        expect(
          home === u.grants[0].orgKey || home.startsWith(`${u.grants[0].orgKey}.`),
          `${u.username} works in ${home}`,
        ).toBe(true);
      }
    }
    const grant = (name: string) => byName.get(name)?.grants[0];
    expect(grant('admin')).toEqual({ role: 'admin', orgKey: 'DEMO' });
    expect(grant('vanphong')).toEqual({ role: 'officer', orgKey: 'DEMO' });
    expect(grant('viewer')).toEqual({ role: 'viewer', orgKey: 'DEMO' });
    const ml = data.orgs.find((o) => o.name === 'Phường Mường Lay')!;
    expect(grant('muonglay.vhxh')).toEqual({ role: 'officer', orgKey: ml.key });
    expect(grant('muonglay.chutich')).toEqual({ role: 'signer', orgKey: ml.key });
    expect(grant('muonglay.thcs')?.role).toBe('clerk');
    expect(orgs.get(grant('muonglay.thcs')!.orgKey)!.type).toBe('school');
    expect(people.get(byName.get('muonglay.chutich')!.personKey!)!.position).toBe('Chủ tịch UBND');
    for (const slug of ['muonglay', 'bachdang', 'diemhe', 'xuantruong']) {
      const mine = data.users.filter((u) => u.username.startsWith(`${slug}.`));
      const roles = mine.map((u) => u.grants[0].role).sort();
      expect(roles, slug).toEqual(['clerk', 'clerk', 'council', 'council', 'officer', 'signer']);
      for (const u of mine.filter((x) => x.grants[0].role === 'clerk')) expect(u.personKey, u.username).toBeDefined();
    }
  });

  it('keeps Cụm thi đua số 05 with the four communes and a rotating leader and deputy', () => {
    const cum = data.clusters.find((c) => c.name === 'Cụm thi đua số 05')!;
    expect(cum.kind).toBe('cum');
    expect(cum.organiserKey).toBe('DEMO');
    const { orgs } = index(data);
    const leaders: string[] = [];
    for (let y = 2022; y <= 2026; y++) {
      const ms = cum.members.filter((m) => m.year === y);
      expect(ms).toHaveLength(4);
      // Members are the organisations in force that year (predecessors before the reform).
      for (const m of ms) {
        const o = orgs.get(m.orgKey)!;
        expect(o.type === 'commune' || o.type === 'ward').toBe(true);
        expect(o.effectiveFrom <= `${y}-12-31` && (!o.effectiveTo || o.effectiveTo >= `${y}-01-01`)).toBe(true);
      }
      leaders.push(ms.find((m) => m.role === 'leader')!.orgKey);
      const deputy = ms.find((m) => m.role === 'deputy')!;
      expect(deputy.orgKey).not.toBe(leaders[leaders.length - 1]);
    }
    expect(new Set(leaders.slice(-4).map((k) => k.split('.')[1])).size).toBeGreaterThan(1);
    const ml2025 = cum.members.find((m) => m.year === 2025 && m.role === 'leader')!;
    expect(orgs.get(ml2025.orgKey)!.name).toBe('Phường Mường Lay'); // seed 000 hands over the lead in 2026
    const khoi = data.clusters.find((c) => c.kind === 'khoi')!;
    expect(khoi.members.some((m) => orgs.get(m.orgKey)!.name === 'Văn phòng Ủy ban nhân dân tỉnh Sơn La')).toBe(true);
    expect(orgs.get(khoi.members.find((m) => m.year === 2026 && m.role === 'leader')!.orgKey)!.name).toBe('Sở Tư pháp');
  });
});

describe('demoCccd', () => {
  it('encodes province, gender, century and year', () => {
    expect(demoCccd('011', 'male', 1985, 42)).toBe('011085000042');
    expect(demoCccd('014', 'female', 1979, 123456)).toBe('014179123456');
    expect(demoCccd('020', 'male', 2001, 7)).toBe('020201000007');
    expect(demoCccd('037', 'female', 2004, 999999)).toBe('037304999999');
  });

  it('round-trips through readCccd', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('011', '014', '020', '031', '037'),
        fc.constantFrom('male' as const, 'female' as const),
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 0, max: 999_999 }),
        (prov, gender, year, serial) => {
          expect(readCccd(demoCccd(prov, gender, year, serial))).toEqual({ province: prov, gender, birthYear: year });
        },
      ),
    );
  });
});

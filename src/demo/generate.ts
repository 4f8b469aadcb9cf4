// Builds the demo tenant: a fictional province holding the five units of the 2026 seed plans, their
// 2025 reform history, five years of ratings and awards, and user accounts for every role.
// Pure and deterministic: the same options give byte-identical output (own PRNG, no clock).
//
// Story people the tests and the demo script rely on (found by the generator, not hard-coded keys):
//   - a deputy head of the Phòng Văn hóa - Xã hội of phường Mường Lay, CSTĐCS 2023 and 2024 from
//     the chairman of phường Na Lay (a predecessor) and 2025 from phường Mường Lay: a streak across
//     the merger;
//   - the head of the Phòng Kinh tế of xã Điềm He, CSTĐCS 2024 (old xã Điềm He) and 2025: a
//     Bằng khen tỉnh candidate in the 2026 round;
//   - a Phòng Tổng hợp officer of the Văn phòng UBND tỉnh Sơn La with CSTĐCS 2022–2025, Bằng khen
//     2023 and Chiến sĩ thi đua tỉnh 2024 (provincial initiative);
//   - a THCS Xuân Trường teacher with CSTĐCS for three school years and CSTĐ tỉnh 2023-2024;
//   - an officer of the Trung tâm Phục vụ hành chính công phường Bạch Đằng with BK tỉnh 2024.

import type { AwardTrack, DisciplineForm, Gender, OrgType, Rating, Role } from '../domain/registry/vocab.js';
import { demoCccd } from './cccd.js';
import type {
  DemoAwardRecord,
  DemoCluster,
  DemoClusterMember,
  DemoDataset,
  DemoDiscipline,
  DemoHousehold,
  DemoInitiative,
  DemoMembership,
  DemoOrg,
  DemoOrgLink,
  DemoPending,
  DemoPerson,
  DemoRating,
  DemoSubject,
  DemoUser,
} from './dataset-types.js';
import {
  FAMILY_NAMES,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  FEMALE_SECOND_MIDDLE,
  MALE_GIVEN,
  MALE_MIDDLE,
  TAYBAC_FEMALE_GIVEN,
  TAYBAC_MALE_GIVEN,
  THAI_FAMILIES,
  type NameRegion,
} from './names.js';
import {
  BEFORE_REFORM,
  COMMUNE_LEADERSHIP,
  DISCIPLINE_REASONS,
  ENTERPRISE_ROLES,
  HEALTH_ROLES,
  INITIATIVE_TITLES,
  LOCAL_UNITS,
  OTHER_PROVINCIAL_AGENCIES,
  REFORM_DATE,
  SCHOOL_ROLES,
  VPUB,
  VPUB_BODIES,
  VPUB_LEADERSHIP,
  communeBodies,
  unitPlace,
  villageRoles,
  type BodySpec,
  type LocalUnitSpec,
  type RoleSpec,
} from './orgs.js';
import { Rng, endAfterMonths, iso, lcFirst, overlaps, periodRange, yearOf } from './random.js';

export const DEFAULT_SEED = 20_260_101;
/** Ordinary staff of a standard phòng at the default size; every scaled head count follows it. */
export const DEFAULT_PEOPLE_PER_UNIT = 4;
/** Calendar years of history. 2026 is still under way (today is late 2026), so it has no titles. */
export const HISTORY_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
/** School years of history; 2025-2026 ended in May 2026 and has been reviewed. */
export const SCHOOL_YEARS = ['2021-2022', '2022-2023', '2023-2024', '2024-2025', '2025-2026'] as const;

export const PROVINCE_CHAIRMAN = 'Chủ tịch UBND tỉnh';
const VPUB_CHIEF = 'Chánh Văn phòng UBND tỉnh Sơn La';
const ROOT_KEY = 'DEMO';

export interface GenerateOptions {
  seed?: number;
  /** Ordinary staff per standard unit (default 4, about 420 people in all). */
  peoplePerUnit?: number;
}

export function generateDemoDataset(options: GenerateOptions = {}): DemoDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const ppu = options.peoplePerUnit ?? DEFAULT_PEOPLE_PER_UNIT;
  if (!Number.isFinite(ppu) || ppu <= 0) throw new Error('peoplePerUnit must be a positive number');
  return nfcDeep(new Generator(seed, ppu).run());
}

// ---------------------------------------------------------------------------------------------

type Aptitude = 'strong' | 'normal' | 'weak';

interface OrgMeta {
  org: DemoOrg;
  /** The present-day commune or ward it belongs to (also set for predecessors and their bodies). */
  unit?: LocalUnitSpec;
  /** The predecessor commune it belonged to before the reform (villages, enterprises). */
  predIdx?: number;
  /** Key of the predecessor commune if the org is one, or a body of one. */
  predCommuneKey?: string;
  vpub: boolean;
  collective: boolean;
  school: boolean;
  /** Bucket of initiative titles. */
  kind: string;
}

interface PersonMeta {
  rated: boolean;
  school: boolean;
  aptitude: Aptitude;
  tags: Set<string>;
  unitSlug: string;
  story?: string;
}

interface Decision {
  issuer: string;
  date: string;
  no: string;
  seq: number;
}

interface PendingAward {
  subject: DemoSubject;
  award: string;
  period: string;
  track: AwardTrack;
  decision: Decision;
}

interface Forced {
  rating: Rating;
  cstd: boolean;
}

const RATING_ORDER: Rating[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
const atLeastGood = (r: Rating) => r === 'HTXSNV' || r === 'HTTNV';

const RATING_ODDS: Record<Aptitude, readonly (readonly [Rating, number])[]> = {
  strong: [
    ['HTXSNV', 50],
    ['HTTNV', 47],
    ['HTNV', 3],
  ],
  normal: [
    ['HTXSNV', 10],
    ['HTTNV', 76],
    ['HTNV', 12],
    ['KHTNV', 2],
  ],
  weak: [
    ['HTXSNV', 2],
    ['HTTNV', 55],
    ['HTNV', 33],
    ['KHTNV', 10],
  ],
};

const PHONE_PREFIXES = [
  '86',
  '96',
  '97',
  '98',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '38',
  '39',
  '91',
  '94',
  '88',
  '83',
  '84',
  '85',
  '81',
  '82',
  '90',
  '93',
  '89',
  '70',
  '76',
  '77',
  '78',
  '79',
];

function subjectKey(s: DemoSubject): string {
  switch (s.kind) {
    case 'individual':
      return `P:${s.personKey}`;
    case 'household':
      return `H:${s.householdKey}`;
    default:
      return `O:${s.orgKey}`;
  }
}

function isSchoolPeriod(p: string): boolean {
  return p.includes('-');
}

/** The last day a period's work is counted: 31/12 or 31/5. */
function periodEnd(p: string): string {
  return periodRange(p)[1];
}

class Generator {
  private readonly rng: Rng;
  private readonly orgs: DemoOrg[] = [];
  private readonly meta = new Map<string, OrgMeta>();
  private readonly links: DemoOrgLink[] = [];
  private readonly people: DemoPerson[] = [];
  private readonly pmeta = new Map<string, PersonMeta>();
  private readonly households: DemoHousehold[] = [];
  private readonly ratings: DemoRating[] = [];
  private readonly initiatives: DemoInitiative[] = [];
  private readonly discipline: DemoDiscipline[] = [];
  private readonly pending: DemoPending[] = [];
  private readonly users: DemoUser[] = [];
  private readonly clusters: DemoCluster[] = [];

  private readonly awards: PendingAward[] = [];
  private readonly awardKeys = new Set<string>();
  /** personKey → period → award codes. */
  private readonly personAwards = new Map<string, Map<string, Set<string>>>();
  private readonly personRatings = new Map<string, Map<string, Rating>>();
  private readonly forced = new Map<string, Map<string, Forced>>();
  private readonly decisions = new Map<string, Decision>();
  private readonly initiativeRefs: { init: DemoInitiative; decision: Decision }[] = [];
  private readonly disciplineRefs: { rec: DemoDiscipline; decision: Decision }[] = [];

  private readonly cccds = new Set<string>();
  private readonly phones = new Set<string>();
  private personSeq = 0;
  private householdSeq = 0;
  private decisionSeq = 0;
  /** unit slug → predecessor index → seats taken ('lead:ubnd', 'lead:dang'). */
  private readonly seats = new Map<string, Map<number, Set<string>>>();
  private readonly leadCursor = new Map<string, number>();

  constructor(
    seed: number,
    private readonly ppu: number,
  ) {
    this.rng = new Rng(seed);
  }

  run(): DemoDataset {
    this.buildOrgs();
    this.buildPeople();
    this.buildHouseholds();
    this.pickStories();
    this.pickDiscipline();
    this.rateAndAwardPeople();
    this.eventAwards();
    this.higherAwards();
    this.collectiveAwards();
    this.communityAwards();
    this.buildInitiatives();
    this.buildPending();
    this.buildUsers();
    this.buildClusters();
    return this.finish();
  }

  // -------------------------------------------------------------------------------------------
  // Organisations

  private addOrg(org: Omit<DemoOrg, 'key'>, m: Partial<Omit<OrgMeta, 'org'>> = {}): DemoOrg {
    const full: DemoOrg = { key: org.code, ...org };
    if (this.meta.has(full.key)) throw new Error(`duplicate org code ${full.code}`);
    this.orgs.push(full);
    this.meta.set(full.key, {
      org: full,
      vpub: m.vpub ?? false,
      collective: m.collective ?? false,
      school: m.school ?? false,
      kind: m.kind ?? 'generic',
      unit: m.unit,
      predIdx: m.predIdx,
      predCommuneKey: m.predCommuneKey,
    });
    return full;
  }

  private org(key: string): OrgMeta {
    const m = this.meta.get(key);
    if (!m) throw new Error(`unknown org ${key}`);
    return m;
  }

  private buildOrgs(): void {
    this.addOrg({
      parentKey: null,
      type: 'province',
      code: ROOT_KEY,
      name: 'Ủy ban nhân dân tỉnh (dữ liệu trình diễn)',
      shortName: 'UBND tỉnh (trình diễn)',
      effectiveFrom: '1991-10-01',
    });

    // Provincial agencies: the Văn phòng UBND tỉnh Sơn La of seed 002 and two bloc partners.
    this.addOrg(
      {
        parentKey: ROOT_KEY,
        type: 'provincial_agency',
        code: VPUB.code,
        name: VPUB.name,
        shortName: VPUB.shortName,
        address: VPUB.address,
        effectiveFrom: '1992-01-01',
      },
      { vpub: true, collective: true, kind: 'vpub' },
    );
    for (const b of VPUB_BODIES) {
      this.addOrg(
        {
          parentKey: VPUB.code,
          type: b.type,
          code: `${VPUB.code}.${b.suffix}`,
          name: b.name,
          effectiveFrom: b.suffix === 'TTPVHCC' ? '2019-01-01' : '1995-01-01',
        },
        { vpub: true, collective: b.collective, kind: b.suffix === 'TTTT' ? 'tttt' : 'vpub' },
      );
    }
    for (const a of OTHER_PROVINCIAL_AGENCIES) {
      this.addOrg({
        parentKey: ROOT_KEY,
        type: 'provincial_agency',
        code: a.code,
        name: a.name,
        effectiveFrom: '1992-01-01',
      });
    }

    for (const u of LOCAL_UNITS) this.buildUnitOrgs(u);
  }

  private buildUnitOrgs(u: LocalUnitSpec): void {
    const place = unitPlace(u);
    // Predecessors, dissolved into the new unit on 2025-07-01.
    u.preds.forEach((p, i) => {
      this.addOrg(
        {
          parentKey: ROOT_KEY,
          type: p.type,
          code: p.code,
          name: p.name,
          shortName: `${unitPlace(p)} (trước sắp xếp)`,
          effectiveFrom: '1990-01-01',
          effectiveTo: BEFORE_REFORM,
        },
        { unit: u, predIdx: i, predCommuneKey: p.code, kind: 'generic' },
      );
    });

    this.addOrg(
      {
        parentKey: ROOT_KEY,
        type: u.type,
        code: u.code,
        name: u.name,
        shortName: `${u.type === 'ward' ? 'Phường' : 'Xã'} ${place}`,
        address: `${lcFirst(u.name)}, ${u.province}`,
        effectiveFrom: REFORM_DATE,
      },
      { unit: u, kind: 'generic' },
    );
    for (const p of u.preds) {
      this.links.push({
        kind: 'merge',
        fromKey: p.code,
        toKey: u.code,
        effectiveDate: REFORM_DATE,
        decisionRef: u.decisionRef,
        note: u.linkNote,
      });
    }

    for (const b of communeBodies(u)) this.addBody(u, u.code, b);

    if (u.mergeHealthStations) {
      // Each predecessor had its own Trạm Y tế; they merged with their communes.
      u.preds.forEach((p, i) => {
        const code = `${p.code}.TYT`;
        this.addOrg(
          {
            parentKey: p.code,
            type: 'health',
            code,
            name: `Trạm Y tế ${lcFirst(p.name)}`,
            effectiveFrom: '2000-01-01',
            effectiveTo: BEFORE_REFORM,
          },
          { unit: u, predIdx: i, predCommuneKey: p.code, collective: true, kind: 'health' },
        );
        this.links.push({
          kind: 'merge',
          fromKey: code,
          toKey: `${u.code}.TYT`,
          effectiveDate: REFORM_DATE,
          decisionRef: u.decisionRef,
          note: 'Hợp nhất các trạm y tế theo đơn vị hành chính mới.',
        });
      });
    }

    for (const s of u.schools) {
      this.addOrg(
        { parentKey: u.code, type: 'school', code: `${u.code}.${s.level}`, name: s.name, effectiveFrom: '1997-08-15' },
        { unit: u, collective: true, school: true, kind: s.level },
      );
    }
    for (const e of u.enterprises) {
      this.addOrg(
        { parentKey: u.code, type: 'enterprise', code: `${u.code}.${e.code}`, name: e.name, effectiveFrom: e.founded },
        { unit: u, predIdx: e.pred, kind: 'generic' },
      );
    }
    for (const v of u.villages) {
      const type: OrgType = v.name.startsWith('Tổ dân phố') ? 'residential_group' : 'village';
      this.addOrg(
        {
          parentKey: u.code,
          type,
          code: `${u.code}.${v.code}`,
          name: v.name,
          address: `${v.name}, ${lcFirst(u.name)}`,
          effectiveFrom: '2020-01-01',
        },
        { unit: u, predIdx: v.pred, kind: 'generic' },
      );
    }
  }

  private addBody(u: LocalUnitSpec, parentKey: string, b: BodySpec): void {
    const code = `${parentKey}.${b.suffix}`;
    const kindBySuffix: Record<string, string> = {
      VHXH: 'vhxh',
      KT: 'kt',
      VP: 'vp',
      PVHCC: 'pvhcc',
      DVTH: 'dvth',
      TYT: 'health',
    };
    this.addOrg(
      {
        parentKey,
        type: b.type,
        code,
        name: b.name,
        effectiveFrom: b.reform ? REFORM_DATE : '2000-01-01',
      },
      { unit: u, collective: b.collective, kind: kindBySuffix[b.suffix] ?? 'generic' },
    );
    for (const c of b.children ?? []) this.addBody(u, code, c);
  }

  // -------------------------------------------------------------------------------------------
  // People

  private count(role: RoleSpec): number {
    if (role.scaled !== undefined) return Math.max(1, Math.round((role.scaled * this.ppu) / DEFAULT_PEOPLE_PER_UNIT));
    return role.n ?? 1;
  }

  private buildPeople(): void {
    const vpubCtx = { slug: VPUB.slug, region: VPUB.region, cccd: VPUB.cccdProvinces };
    this.staffRoles(vpubCtx, VPUB.code, VPUB_LEADERSHIP, null);
    for (const b of VPUB_BODIES) this.staffRoles(vpubCtx, `${VPUB.code}.${b.suffix}`, b.roles, null);

    for (const u of LOCAL_UNITS) {
      const ctx = { slug: u.slug, region: u.region, cccd: u.cccdProvinces };
      this.staffRoles(ctx, u.code, COMMUNE_LEADERSHIP, u);
      const walk = (parent: string, b: BodySpec) => {
        const key = `${parent}.${b.suffix}`;
        if (b.suffix === 'TYT') this.staffRoles(ctx, key, HEALTH_ROLES, b.reform ? u : null, true);
        else this.staffRoles(ctx, key, b.roles, b.reform ? u : null);
        for (const c of b.children ?? []) walk(key, c);
      };
      for (const b of communeBodies(u)) walk(u.code, b);
      for (const s of u.schools) this.staffRoles(ctx, `${u.code}.${s.level}`, SCHOOL_ROLES[s.level], null);
      for (const e of u.enterprises) this.staffRoles(ctx, `${u.code}.${e.code}`, ENTERPRISE_ROLES[e.kind], null);
      for (const v of u.villages) this.staffRoles(ctx, `${u.code}.${v.code}`, villageRoles(v.name), null);
    }
  }

  /**
   * Creates the people of one organisation. `reformUnit` is set for bodies created by the reform:
   * their staff worked in a predecessor commune (or its health station) until 2025-06-30.
   */
  private staffRoles(
    ctx: { slug: string; region: NameRegion; cccd: readonly string[] },
    orgKey: string,
    roles: RoleSpec[],
    reformUnit: LocalUnitSpec | null,
    healthStation = false,
  ): void {
    const om = this.org(orgKey);
    for (const role of roles) {
      const n = this.count(role);
      for (let i = 0; i < n; i++) {
        const position = cycle(role.position, i);
        const gender: Gender = this.rng.chance(role.female ?? 0.5) ? 'female' : 'male';
        const [b0, b1] = role.born ?? [1970, 2000];
        const birthYear = this.rng.int(b0, b1);
        const birthDate = this.rng.dateBetween(iso(birthYear, 1, 1), iso(birthYear, 12, 28));
        const key = `p${String(++this.personSeq).padStart(4, '0')}`;
        const rated = !role.unrated;
        const isVillage = om.org.type === 'village' || om.org.type === 'residential_group';

        const memberships: DemoMembership[] = [];
        if (isVillage) {
          memberships.push({ orgKey, from: om.org.effectiveFrom, to: null, position });
        } else {
          if (reformUnit) {
            const predIdx = this.predFor(reformUnit, role);
            const predKey = healthStation ? `${reformUnit.preds[predIdx].code}.TYT` : reformUnit.preds[predIdx].code;
            const before = this.beforePosition(reformUnit, role, predIdx, i, position);
            const hire = this.hireDate(birthYear, this.org(predKey).org.effectiveFrom);
            memberships.push({ orgKey: predKey, from: hire, to: BEFORE_REFORM, position: before });
            memberships.push({ orgKey, from: REFORM_DATE, to: null, position });
          } else {
            memberships.push({ orgKey, from: this.hireDate(birthYear, om.org.effectiveFrom), to: null, position });
          }
        }

        const fullName = this.makeName(ctx.region, gender);
        const person: DemoPerson = {
          key,
          fullName,
          gender,
          birthDate,
          cccd: this.makeCccd(
            THAI_FAMILIES.has(fullName.split(' ')[0]) ? ctx.cccd[0] : this.rng.pick(ctx.cccd),
            gender,
            birthYear,
          ),
          position,
          isManager: role.manager ?? false,
          category: role.category,
          memberships,
        };
        if (rated || this.rng.chance(0.5)) person.phone = this.makePhone();
        this.people.push(person);
        this.pmeta.set(key, {
          rated,
          school: om.school,
          aptitude: this.rng.weighted<Aptitude>([
            ['strong', 25],
            ['normal', 65],
            ['weak', 10],
          ]),
          tags: new Set(role.tag ? [role.tag] : []),
          unitSlug: ctx.slug,
        });
      }
    }
  }

  private hireDate(birthYear: number, orgFrom: string): string {
    // Graduates start around 22; the youngest workers (born 2004) started in 2023 at 19.
    const earliest = Math.max(Math.min(birthYear + 22, 2023), 1990);
    let year: number;
    if (earliest > 2020 || this.rng.chance(0.08))
      year = this.rng.int(Math.max(earliest, 2021), Math.max(earliest, 2023));
    else year = this.rng.int(earliest, 2020);
    const d = this.rng.dateBetween(iso(year, 1, 2), iso(year, 12, 1));
    return d < orgFrom ? orgFrom : d;
  }

  private predFor(u: LocalUnitSpec, role: RoleSpec): number {
    const before = typeof role.before === 'string' ? role.before : undefined;
    if (before?.startsWith('lead:')) {
      const c = this.leadCursor.get(`${u.slug}|${before}`) ?? 0;
      this.leadCursor.set(`${u.slug}|${before}`, c + 1);
      return c % u.preds.length;
    }
    return this.rng.int(0, u.preds.length - 1);
  }

  private beforePosition(u: LocalUnitSpec, role: RoleSpec, predIdx: number, i: number, position: string): string {
    const before = role.before === undefined ? position : cycle(role.before, i);
    if (!before.startsWith('lead:')) return before;
    const [chief, deputy] =
      before === 'lead:ubnd' ? ['Chủ tịch UBND', 'Phó Chủ tịch UBND'] : ['Bí thư Đảng ủy', 'Phó Bí thư Đảng ủy'];
    let unitSeats = this.seats.get(u.slug);
    if (!unitSeats) this.seats.set(u.slug, (unitSeats = new Map()));
    let taken = unitSeats.get(predIdx);
    if (!taken) unitSeats.set(predIdx, (taken = new Set()));
    if (taken.has(before)) return deputy;
    taken.add(before);
    return chief;
  }

  private makeName(region: NameRegion, gender: Gender): string {
    const family = this.rng.weighted(FAMILY_NAMES[region]);
    // A quarter of the Thái families in Tây Bắc keep Thái given names ('Lò Văn Pâng', 'Cầm Thị Ún').
    const ethnic = region === 'taybac' && THAI_FAMILIES.has(family) && this.rng.chance(0.35);
    if (gender === 'male') {
      const middle = ethnic ? 'Văn' : this.rng.weighted(MALE_MIDDLE);
      let given = this.rng.pick(ethnic ? TAYBAC_MALE_GIVEN : MALE_GIVEN);
      while (given === middle) given = this.rng.pick(MALE_GIVEN);
      return `${family} ${middle} ${given}`.normalize('NFC');
    }
    const middle = ethnic ? 'Thị' : this.rng.weighted(FEMALE_MIDDLE);
    let given = this.rng.pick(ethnic ? TAYBAC_FEMALE_GIVEN : FEMALE_GIVEN);
    let second = '';
    if (middle === 'Thị' && !ethnic && this.rng.chance(0.2)) {
      second = this.rng.pick(FEMALE_SECOND_MIDDLE);
      if (second === given) second = '';
    }
    while (given === middle) given = this.rng.pick(FEMALE_GIVEN);
    return [family, middle, second, given].filter(Boolean).join(' ').normalize('NFC');
  }

  private makeCccd(province: string, gender: Gender, birthYear: number): string {
    for (;;) {
      const c = demoCccd(province, gender, birthYear, this.rng.int(0, 999_999));
      if (!this.cccds.has(c)) {
        this.cccds.add(c);
        return c;
      }
    }
  }

  private makePhone(): string {
    for (;;) {
      const p = `0${this.rng.pick(PHONE_PREFIXES)}${String(this.rng.int(0, 9_999_999)).padStart(7, '0')}`;
      if (!this.phones.has(p)) {
        this.phones.add(p);
        return p;
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Households

  private buildHouseholds(): void {
    for (const u of LOCAL_UNITS) {
      for (const v of u.villages) {
        const villageKey = `${u.code}.${v.code}`;
        const residents = this.people.filter((p) => p.memberships.some((m) => m.orgKey === villageKey));
        const target = Math.max(2, Math.round((this.rng.int(5, 10) * this.ppu) / DEFAULT_PEOPLE_PER_UNIT));
        const heads = residents.filter(() => this.rng.chance(0.7));
        const names = new Set(residents.map((p) => p.fullName));
        for (let i = 0; i < target; i++) {
          const headPerson = heads[i];
          let headName = headPerson?.fullName ?? '';
          while (!headPerson && (headName === '' || names.has(headName)))
            headName = this.makeName(u.region, this.rng.chance(0.75) ? 'male' : 'female');
          names.add(headName);
          this.households.push({
            key: `h${String(++this.householdSeq).padStart(4, '0')}`,
            headPersonKey: headPerson ? headPerson.key : null,
            headName,
            address: `${v.name}, ${lcFirst(u.name)}`,
            villageKey,
            memberCount: this.rng.int(2, 7),
          });
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Story people: streaks the officer will look for

  private byTag(tag: string, orgPrefix: string): DemoPerson[] {
    return this.people.filter(
      (p) => this.pmeta.get(p.key)!.tags.has(tag) && p.memberships.some((m) => m.orgKey.startsWith(orgPrefix)),
    );
  }

  private story(tag: string, orgPrefix: string, name: string): DemoPerson {
    const all = this.byTag(tag, orgPrefix).filter((p) => !this.pmeta.get(p.key)!.story);
    const p = all.find((x) => yearOf(x.birthDate) <= 1990) ?? all[0];
    if (!p) throw new Error(`no person tagged ${tag} under ${orgPrefix}`);
    this.pmeta.get(p.key)!.story = name;
    // Long enough in post to have the history the story needs.
    const first = p.memberships[0];
    const hiredBy = iso(Math.max(yearOf(p.birthDate) + 22, 2005), 3, 1);
    if (first.from > hiredBy) {
      const orgFrom = this.org(first.orgKey).org.effectiveFrom;
      first.from = hiredBy < orgFrom ? orgFrom : hiredBy;
    }
    return p;
  }

  private force(p: DemoPerson, period: string, rating: Rating, cstd: boolean): void {
    let m = this.forced.get(p.key);
    if (!m) this.forced.set(p.key, (m = new Map()));
    m.set(period, { rating, cstd });
  }

  /** Re-home the pre-reform membership of a reform-body person in predecessor `predIdx`. */
  private setPredecessor(p: DemoPerson, u: LocalUnitSpec, predIdx: number, position: string): void {
    const m = p.memberships.find((x) => x.to === BEFORE_REFORM);
    if (!m) throw new Error(`${p.key} has no pre-reform membership`);
    m.orgKey = u.preds[predIdx].code;
    m.position = position;
  }

  private readonly storyPeople: Record<string, DemoPerson> = {};

  private pickStories(): void {
    const unit = (slug: string) => LOCAL_UNITS.find((u) => u.slug === slug)!;

    const s1 = this.story('vhxh-deputy', 'DEMO.MLAY.VHXH', 'merger-streak');
    this.setPredecessor(s1, unit('muonglay'), 0, 'Công chức Văn hóa - Xã hội');
    this.force(s1, '2022', 'HTTNV', false);
    for (const y of ['2023', '2024', '2025']) this.force(s1, y, 'HTXSNV', true);

    const s2 = this.story('kt-head', 'DEMO.DHE.KT', 'bk-candidate');
    this.setPredecessor(s2, unit('diemhe'), 0, 'Công chức Địa chính - Xây dựng');
    this.force(s2, '2023', 'HTTNV', false);
    for (const y of ['2024', '2025']) this.force(s2, y, 'HTXSNV', true);

    const s3 = this.story('vpub-th-staff', 'DEMO.VPUB.TH', 'cstd-tinh-vpub');
    this.force(s3, '2021', 'HTTNV', false);
    for (const y of ['2022', '2023', '2024', '2025']) this.force(s3, y, 'HTXSNV', true);

    const s4 = this.story('thcs-teacher', 'DEMO.XTRUONG.THCS', 'cstd-tinh-teacher');
    for (const y of ['2021-2022', '2022-2023', '2023-2024']) this.force(s4, y, 'HTXSNV', true);
    this.force(s4, '2024-2025', 'HTTNV', false);
    this.force(s4, '2025-2026', 'HTXSNV', true);

    const s5 = this.story('pvhcc-staff', 'DEMO.BDANG.PVHCC', 'bk-tinh-2024');
    for (const y of ['2023', '2024']) this.force(s5, y, 'HTXSNV', true);

    Object.assign(this.storyPeople, { s1, s2, s3, s4, s5 });

    // A few more people with 2–3 consecutive CSTĐCS, wherever they happen to work.
    const pool = this.rng.shuffle(
      this.people.filter((p) => {
        const m = this.pmeta.get(p.key)!;
        return m.rated && !m.story && this.periodsOf(p).length >= 4;
      }),
    );
    for (const p of pool.slice(0, 4)) {
      const periods = this.periodsOf(p);
      const len = this.rng.int(2, 3);
      const start = this.rng.int(0, periods.length - len);
      for (const per of periods.slice(start, start + len)) this.force(p, per, 'HTXSNV', true);
      this.pmeta.get(p.key)!.story = 'streak';
    }
  }

  // -------------------------------------------------------------------------------------------
  // Periods and membership

  private employment(p: DemoPerson): [string, string | null] {
    let from = p.memberships[0].from;
    let to: string | null = p.memberships[0].to;
    for (const m of p.memberships) {
      if (m.from < from) from = m.from;
      if (to !== null && (m.to === null || m.to > to)) to = m.to;
    }
    return [from, to];
  }

  /** Periods the person was employed through (at least half of a calendar year, a whole school year). */
  private periodsOf(p: DemoPerson): string[] {
    const [from, to] = this.employment(p);
    const school = this.pmeta.get(p.key)!.school;
    const periods: string[] = school ? [...SCHOOL_YEARS] : HISTORY_YEARS.map(String);
    return periods.filter((per) => {
      const [start, end] = periodRange(per);
      const mustStartBy = school ? iso(yearOf(start), 10, 1) : iso(yearOf(start), 6, 30);
      return from <= mustStartBy && (to === null || to >= end);
    });
  }

  private orgAt(p: DemoPerson, date: string): string | undefined {
    return p.memberships.find((m) => m.from <= date && (m.to === null || m.to >= date))?.orgKey;
  }

  private disciplinedIn(personKey: string, period: string): DemoDiscipline | undefined {
    const r = periodRange(period);
    return this.discipline.find((d) => d.personKey === personKey && overlaps(r, [d.from, d.to]));
  }

  // -------------------------------------------------------------------------------------------
  // Issuers and decisions

  private chairOf(name: string): string {
    return `Chủ tịch UBND ${lcFirst(name)}`;
  }

  /**
   * Who decides a commune-level title for someone in `orgKey` on `date`. Before 2025-07-01:
   * the predecessor's chairman for its own staff, villages and firms; the district chairman for
   * schools and health stations (they were district bodies then). After: the new commune.
   */
  private localIssuer(orgKey: string, date: string): string {
    const m = this.org(orgKey);
    if (m.vpub) return VPUB_CHIEF;
    if (m.predCommuneKey) return this.chairOf(this.org(m.predCommuneKey).org.name);
    const u = m.unit;
    if (!u) return PROVINCE_CHAIRMAN;
    if (date < REFORM_DATE) {
      if (m.predIdx !== undefined) return this.chairOf(u.preds[m.predIdx].name);
      return this.chairOf(u.formerDistrict);
    }
    return this.chairOf(u.name);
  }

  private decision(key: string, issuer: string, date: () => string): Decision {
    const k = `${issuer}|${key}`;
    let d = this.decisions.get(k);
    if (!d) {
      d = { issuer, date: date(), no: '', seq: this.decisionSeq++ };
      this.decisions.set(k, d);
    }
    return d;
  }

  private yearEnd = (period: string) => () => {
    if (isSchoolPeriod(period)) {
      const e = yearOf(periodEnd(period));
      return e <= 2025
        ? this.rng.dateBetween(iso(e, 6, 10), iso(e, 6, 27))
        : this.rng.dateBetween(iso(e, 6, 22), iso(e, 7, 10));
    }
    const y = Number(period);
    return this.rng.dateBetween(iso(y, 12, 15), iso(y, 12, 29));
  };

  private provinceDate = (period: string) => () => {
    const e = yearOf(periodEnd(period));
    return isSchoolPeriod(period)
      ? this.rng.dateBetween(iso(e, 8, 5), iso(e, 8, 30))
      : this.rng.dateBetween(iso(e + 1, 2, 10), iso(e + 1, 4, 25));
  };

  /** The date a decision on `period` will carry, without creating it: fixes the issuer first. */
  private peekYearEndDate(period: string): string {
    // Commune-level yearly decisions fall in December (calendar) or June–July (school year).
    if (isSchoolPeriod(period)) {
      const e = yearOf(periodEnd(period));
      return e <= 2025 ? iso(e, 6, 20) : iso(e, 7, 1);
    }
    return iso(Number(period), 12, 20);
  }

  private addAward(
    subject: DemoSubject,
    award: string,
    period: string,
    track: AwardTrack,
    issuer: string,
    date: () => string,
    theme = '',
  ): boolean {
    const sk = subjectKey(subject);
    const k = `${sk}|${award}|${period}`;
    if (this.awardKeys.has(k)) return false;
    if (subject.kind === 'individual' && this.disciplinedIn(subject.personKey, period)) return false;
    this.awardKeys.add(k);
    const decision = this.decision(`${award}|${period}|${track}|${theme}`, issuer, date);
    this.awards.push({ subject, award, period, track, decision });
    if (subject.kind === 'individual') {
      let m = this.personAwards.get(subject.personKey);
      if (!m) this.personAwards.set(subject.personKey, (m = new Map()));
      let s = m.get(period);
      if (!s) m.set(period, (s = new Set()));
      s.add(award);
    }
    return true;
  }

  private has(personKey: string, period: string, award: string): boolean {
    return this.personAwards.get(personKey)?.get(period)?.has(award) ?? false;
  }

  // -------------------------------------------------------------------------------------------
  // Discipline

  private pickDiscipline(): void {
    const candidates = this.rng.shuffle(
      this.people.filter((p) => {
        const m = this.pmeta.get(p.key)!;
        return m.rated && !m.story && !p.isManager && ['cong_chuc', 'vien_chuc', 'nguoi_lao_dong'].includes(p.category);
      }),
    );
    const plan: [number, DisciplineForm][] = [
      [2022, 'khien_trach'],
      [2023, 'canh_cao'],
      [2024, 'canh_cao'],
      [2025, 'khien_trach'],
    ];
    const usedUnits = new Set<string>();
    for (const [year, form] of plan) {
      const p = candidates.find((c) => {
        const unit = this.pmeta.get(c.key)!.unitSlug;
        if (usedUnits.has(unit) || this.discipline.some((d) => d.personKey === c.key)) return false;
        const [from, to] = this.employment(c);
        return from <= iso(year - 1, 1, 1) && (to === null || to >= iso(year + 1, 12, 31));
      });
      if (!p) continue;
      usedUnits.add(this.pmeta.get(p.key)!.unitSlug);
      const from = this.rng.dateBetween(iso(year, 3, 1), iso(year, 9, 30));
      const to = endAfterMonths(from, form === 'khien_trach' ? 6 : 12);
      const orgKey = this.orgAt(p, from)!;
      const rec: DemoDiscipline = {
        personKey: p.key,
        form,
        from,
        to,
        decisionNo: '',
        reason: this.rng.pick(DISCIPLINE_REASONS),
      };
      this.discipline.push(rec);
      const decision = this.decision(`KL|${p.key}`, this.localIssuer(orgKey, from), () => from);
      this.disciplineRefs.push({ rec, decision });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Yearly ratings and individual titles

  private rateAndAwardPeople(): void {
    for (const p of this.people) {
      const pm = this.pmeta.get(p.key)!;
      if (!pm.rated) continue;
      const ratings = new Map<string, Rating>();
      this.personRatings.set(p.key, ratings);
      for (const period of this.periodsOf(p)) {
        const forced = this.forced.get(p.key)?.get(period);
        let rating: Rating = forced?.rating ?? this.rng.weighted(RATING_ODDS[pm.aptitude]);
        const d = this.disciplinedIn(p.key, period);
        if (d) {
          const [s, e] = periodRange(period);
          const decidedThisPeriod = d.from >= s && d.from <= e;
          rating = decidedThisPeriod ? 'KHTNV' : worse(rating, 'HTNV');
        }
        ratings.set(period, rating);
        this.ratings.push({ subject: { kind: 'individual', personKey: p.key }, period, rating });
        if (d) continue;

        const orgKey = this.orgAt(p, periodEnd(period)) ?? p.memberships[p.memberships.length - 1].orgKey;
        const issuer = this.localIssuer(orgKey, this.peekYearEndDate(period));
        const when = this.yearEnd(period);
        const subject: DemoSubject = { kind: 'individual', personKey: p.key };

        const ldtt = atLeastGood(rating) && (forced?.cstd || this.rng.chance(0.92));
        if (!ldtt) continue;
        this.addAward(subject, 'LDTT', period, 'cong_trang', issuer, when);
        const cstd = rating === 'HTXSNV' && (forced ? forced.cstd : this.rng.chance(0.45));
        if (cstd) this.addAward(subject, 'CSTD_CS', period, 'cong_trang', issuer, when);
        else if (rating === 'HTXSNV' && this.rng.chance(0.2))
          this.addAward(subject, 'GIAY_KHEN', period, 'cong_trang', issuer, when);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Ad hoc and thematic awards (đột xuất, chuyên đề)

  private membersAt(prefix: string, date: string, filter: (p: DemoPerson) => boolean = () => true): DemoPerson[] {
    return this.people.filter((p) => {
      const o = this.orgAt(p, date);
      return o !== undefined && (o === prefix || o.startsWith(`${prefix}.`)) && filter(p);
    });
  }

  private eventAwards(): void {
    // Typhoon Yagi (bão số 3), September 2024: ad hoc Giấy khen for rescue and recovery work.
    for (const slug of ['bachdang', 'xuantruong', 'diemhe']) {
      const u = LOCAL_UNITS.find((x) => x.slug === slug)!;
      const date = '2024-09-20';
      const pool = [
        ...u.preds.flatMap((pr) => this.membersAt(pr.code, date)),
        ...this.membersAt(`${u.code}.TYT`, date),
        ...u.villages.flatMap((v) => this.membersAt(`${u.code}.${v.code}`, date)),
      ];
      for (const p of this.rng.shuffle(pool).slice(0, this.rng.int(3, 5))) {
        const org = this.orgAt(p, date)!;
        const issuer = this.localIssuer(org, date);
        this.addAward(
          { kind: 'individual', personKey: p.key },
          'GIAY_KHEN',
          '2024',
          'dot_xuat',
          issuer,
          () => this.rng.dateBetween('2024-09-23', '2024-10-15'),
          'bao-so-3',
        );
      }
      const village = `${u.code}.${this.rng.pick(u.villages).code}`;
      this.addAward(
        { kind: 'village', orgKey: village },
        'GIAY_KHEN',
        '2024',
        'dot_xuat',
        this.localIssuer(village, date),
        () => this.rng.dateBetween('2024-09-23', '2024-10-15'),
        'bao-so-3',
      );
    }

    // Thematic: carrying out the 2025 reorganisation and the two-tier local government.
    for (const u of LOCAL_UNITS) {
      const date = '2025-08-15';
      const pool = this.membersAt(u.code, date, (p) => {
        const o = this.orgAt(p, date)!;
        return ['VP', 'VHXH', 'KT', 'PVHCC'].some((s) => o === `${u.code}.${s}`);
      });
      const issuer = this.chairOf(u.name);
      const when = () => this.rng.dateBetween('2025-08-18', '2025-09-05');
      for (const p of this.rng.shuffle(pool).slice(0, this.rng.int(3, 4)))
        this.addAward(
          { kind: 'individual', personKey: p.key },
          'GIAY_KHEN',
          '2025',
          'chuyen_de',
          issuer,
          when,
          'sap-xep',
        );
      this.addAward(
        { kind: 'collective', orgKey: `${u.code}.PVHCC` },
        'GIAY_KHEN',
        '2025',
        'chuyen_de',
        issuer,
        when,
        'sap-xep',
      );
    }

    // Văn phòng UBND tỉnh: thematic 2022 (serving provincial events) and one ad hoc 2023.
    const vp22 = this.rng.shuffle(this.membersAt(VPUB.code, '2022-06-30')).slice(0, 3);
    for (const p of vp22)
      this.addAward(
        { kind: 'individual', personKey: p.key },
        'GIAY_KHEN',
        '2022',
        'chuyen_de',
        VPUB_CHIEF,
        () => this.rng.dateBetween('2022-08-10', '2022-08-30'),
        'phuc-vu-su-kien',
      );
    const vp23 = this.rng.pick(this.membersAt(`${VPUB.code}.TCHCQT`, '2023-07-15'));
    this.addAward(
      { kind: 'individual', personKey: vp23.key },
      'GIAY_KHEN',
      '2023',
      'dot_xuat',
      VPUB_CHIEF,
      () => '2023-07-28',
      'dot-xuat',
    );

    // Farmers and residents: "nông dân sản xuất, kinh doanh giỏi", village heads for their work.
    for (const u of LOCAL_UNITS) {
      for (const v of u.villages) {
        const vKey = `${u.code}.${v.code}`;
        for (const p of this.people.filter((x) => x.memberships[0].orgKey === vKey)) {
          const head = this.pmeta.get(p.key)!.tags.has('village-head');
          for (const y of HISTORY_YEARS) {
            const period = String(y);
            const issuer = this.localIssuer(vKey, this.peekYearEndDate(period));
            if (p.category === 'nong_dan' && !p.isManager && this.rng.chance(0.1))
              this.addAward(
                { kind: 'individual', personKey: p.key },
                'GIAY_KHEN',
                period,
                'chuyen_de',
                issuer,
                this.yearEnd(period),
                'nong-dan-gioi',
              );
            else if (head && this.rng.chance(0.12))
              this.addAward(
                { kind: 'individual', personKey: p.key },
                'GIAY_KHEN',
                period,
                'cong_trang',
                issuer,
                this.yearEnd(period),
              );
          }
        }
      }
      // Enterprises: workers' LĐTT decided by the director; the firm itself thanked by the commune.
      for (const e of u.enterprises) {
        const eKey = `${u.code}.${e.code}`;
        const director = `Giám đốc ${e.name}`;
        for (const y of HISTORY_YEARS) {
          const period = String(y);
          if (iso(y, 1, 1) < e.founded) continue;
          for (const p of this.membersAt(eKey, iso(y, 12, 31), (x) => !x.isManager))
            if (this.rng.chance(0.55))
              this.addAward(
                { kind: 'individual', personKey: p.key },
                'LDTT',
                period,
                'cong_trang',
                director,
                this.yearEnd(period),
              );
          if (this.rng.chance(0.2))
            this.addAward(
              { kind: 'collective', orgKey: eKey },
              'GIAY_KHEN',
              period,
              'chuyen_de',
              this.localIssuer(eKey, this.peekYearEndDate(period)),
              this.yearEnd(period),
              'doanh-nghiep',
            );
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Provincial titles and forms for individuals

  private higherAwards(): void {
    const { s3, s4, s5 } = this.storyPeople;
    const ind = (p: DemoPerson): DemoSubject => ({ kind: 'individual', personKey: p.key });
    this.addAward(ind(s3), 'BK_TINH', '2023', 'cong_trang', PROVINCE_CHAIRMAN, this.provinceDate('2023'));
    this.addAward(ind(s3), 'CSTD_TINH', '2024', 'cong_trang', PROVINCE_CHAIRMAN, this.provinceDate('2024'));
    this.addAward(ind(s4), 'CSTD_TINH', '2023-2024', 'cong_trang', PROVINCE_CHAIRMAN, this.provinceDate('2023-2024'));
    this.addAward(ind(s5), 'BK_TINH', '2024', 'cong_trang', PROVINCE_CHAIRMAN, this.provinceDate('2024'));

    // Others with two consecutive CSTĐCS: some received the Bằng khen of the province chairman.
    for (const p of this.people) {
      const pm = this.pmeta.get(p.key)!;
      if (!pm.rated || (pm.story && pm.story !== 'streak')) continue;
      const periods = this.periodsOf(p);
      for (let i = 1; i < periods.length; i++) {
        const [a, b] = [periods[i - 1], periods[i]];
        if (!this.has(p.key, a, 'CSTD_CS') || !this.has(p.key, b, 'CSTD_CS')) continue;
        if (this.has(p.key, a, 'BK_TINH')) continue;
        if (this.rng.chance(0.3))
          this.addAward(ind(p), 'BK_TINH', b, 'cong_trang', PROVINCE_CHAIRMAN, this.provinceDate(b));
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Collectives: Tập thể LĐTT / LĐXS from their members' results

  private collectiveAwards(): void {
    const ldxs = new Map<string, Set<string>>();
    for (const m of this.meta.values()) {
      if (!m.collective) continue;
      const org = m.org;
      const periods: string[] = m.school ? [...SCHOOL_YEARS] : HISTORY_YEARS.map(String);
      const whole = org.type === 'provincial_agency';
      for (const period of periods) {
        const end = periodEnd(period);
        if (org.effectiveFrom > end || (org.effectiveTo && org.effectiveTo < end)) continue;
        const members = this.people.filter((p) => {
          if (!this.pmeta.get(p.key)!.rated || !this.personRatings.get(p.key)?.has(period)) return false;
          const o = this.orgAt(p, end);
          return o === org.key || (whole && o?.startsWith(`${org.key}.`));
        });
        if (members.length < 3) continue;
        const ldttShare = members.filter((p) => this.has(p.key, period, 'LDTT')).length / members.length;
        const warned = members.some((p) => {
          const d = this.disciplinedIn(p.key, period);
          return d !== undefined && d.form !== 'khien_trach';
        });
        const allDone = members.every((p) => this.personRatings.get(p.key)!.get(period) !== 'KHTNV');
        const hasCstd = members.some((p) => this.has(p.key, period, 'CSTD_CS'));
        const subject: DemoSubject = { kind: 'collective', orgKey: org.key };

        let rating: Rating = ldttShare >= 0.5 ? 'HTTNV' : 'HTNV';
        if (ldttShare >= 0.7 && !warned && this.rng.chance(0.9)) {
          const issuer = whole ? PROVINCE_CHAIRMAN : this.localIssuer(org.key, this.peekYearEndDate(period));
          const when = whole ? this.provinceDate(period) : this.yearEnd(period);
          this.addAward(subject, 'TT_LDTT', period, 'cong_trang', issuer, when);
          if (allDone && hasCstd && this.rng.chance(0.35)) {
            rating = 'HTXSNV';
            this.addAward(subject, 'TT_LDXS', period, 'cong_trang', PROVINCE_CHAIRMAN, this.provinceDate(period));
            let s = ldxs.get(org.key);
            if (!s) ldxs.set(org.key, (s = new Set()));
            s.add(period);
            const prev = periods[periods.indexOf(period) - 1];
            if (prev && s.has(prev) && this.rng.chance(0.5))
              this.addAward(subject, 'BK_TINH', period, 'cong_trang', PROVINCE_CHAIRMAN, this.provinceDate(period));
          }
        }
        this.ratings.push({ subject, period, rating });
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Villages, households, the commune itself

  private communityAwards(): void {
    const gdvhDate = (y: number) => () => this.rng.dateBetween(iso(y, 12, 1), iso(y, 12, 12));
    const thonDate = (y: number) => () => this.rng.dateBetween(iso(y, 12, 5), iso(y, 12, 22));
    for (const u of LOCAL_UNITS) {
      for (const v of u.villages) {
        const vKey = `${u.code}.${v.code}`;
        for (const y of HISTORY_YEARS) {
          const period = String(y);
          const dec = iso(y, 12, 10);
          // Thôn, tổ dân phố văn hóa: the district chairman before the reform, the commune after.
          const thonIssuer = y < 2025 ? this.chairOf(u.formerDistrict) : this.chairOf(u.name);
          if (this.rng.chance(0.45))
            this.addAward({ kind: 'village', orgKey: vKey }, 'THON_VH', period, 'cong_trang', thonIssuer, thonDate(y));
          for (const h of this.households.filter((x) => x.villageKey === vKey)) {
            if (this.rng.chance(0.8))
              this.addAward(
                { kind: 'household', householdKey: h.key },
                'GD_VH',
                period,
                'cong_trang',
                this.localIssuer(vKey, dec),
                gdvhDate(y),
              );
          }
        }
      }
    }

    // Households that gave land for rural roads (Nông thôn mới), 2023.
    for (const slug of ['diemhe', 'xuantruong']) {
      const u = LOCAL_UNITS.find((x) => x.slug === slug)!;
      const hs = this.households.filter((h) => h.villageKey.startsWith(`${u.code}.`));
      for (const h of this.rng.shuffle(hs).slice(0, 3))
        this.addAward(
          { kind: 'household', householdKey: h.key },
          'GIAY_KHEN',
          '2023',
          'chuyen_de',
          this.localIssuer(h.villageKey, '2023-11-15'),
          () => this.rng.dateBetween('2023-11-10', '2023-11-25'),
          'hien-dat',
        );
    }

    // Xã tiêu biểu: xã Xuân Trường for 2025.
    const xt = LOCAL_UNITS.find((x) => x.slug === 'xuantruong')!;
    this.addAward(
      { kind: 'commune', orgKey: xt.code },
      'XA_TIEU_BIEU',
      '2025',
      'cong_trang',
      PROVINCE_CHAIRMAN,
      this.provinceDate('2025'),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Initiatives

  private readonly usedTitles = new Set<string>();

  private initiativeTitle(p: DemoPerson, orgKey: string): string {
    const home = this.org(p.memberships[p.memberships.length - 1].orgKey);
    const atMeta = this.org(orgKey);
    const at = atMeta.org;
    const orgName =
      at.type === 'commune' || at.type === 'ward'
        ? lcFirst(at.name)
        : atMeta.vpub && at.key !== VPUB.code
          ? `${at.name}, ${VPUB.shortName}`
          : at.name;
    const buckets = [home.kind, 'generic'];
    for (const b of buckets) {
      for (const t of this.rng.shuffle(INITIATIVE_TITLES[b] ?? [])) {
        const title = t.replace('{org}', orgName);
        if (!this.usedTitles.has(title)) {
          this.usedTitles.add(title);
          return title;
        }
      }
    }
    const title = `Giải pháp nâng cao chất lượng, hiệu quả công tác tại ${orgName} (${p.position ?? 'chuyên môn'})`;
    this.usedTitles.add(title);
    return title;
  }

  private addInitiative(
    p: DemoPerson,
    period: string,
    scope: 'co_so' | 'tinh',
    usedFor: DemoInitiative['usedFor'],
  ): void {
    const school = isSchoolPeriod(period);
    const e = yearOf(periodEnd(period));
    const when = () =>
      school ? this.rng.dateBetween(iso(e, 4, 1), iso(e, 5, 15)) : this.rng.dateBetween(iso(e, 10, 1), iso(e, 11, 30));
    const orgKey = this.orgAt(p, periodEnd(period)) ?? p.memberships[0].orgKey;
    const probe = school ? iso(e, 5, 1) : iso(e, 11, 1);
    const issuer = scope === 'tinh' ? PROVINCE_CHAIRMAN : this.localIssuer(orgKey, probe);
    const decision = this.decision(`SK|${period}|${scope}`, issuer, when);
    const init: DemoInitiative = {
      key: `sk${String(this.initiatives.length + 1).padStart(3, '0')}`,
      personKey: p.key,
      title: this.initiativeTitle(p, orgKey),
      recognizedOn: decision.date,
      scope,
      decisionNo: '',
      usedFor,
    };
    this.initiatives.push(init);
    this.initiativeRefs.push({ init, decision });
  }

  private buildInitiatives(): void {
    const { s1, s2, s3, s4 } = this.storyPeople;
    this.addInitiative(s1, '2024', 'co_so', { award: 'CSTD_CS', period: '2024' });
    this.addInitiative(s1, '2025', 'co_so', { award: 'CSTD_CS', period: '2025' });
    this.addInitiative(s2, '2024', 'co_so', { award: 'CSTD_CS', period: '2024' });
    this.addInitiative(s3, '2022', 'co_so', { award: 'CSTD_CS', period: '2022' });
    this.addInitiative(s3, '2024', 'tinh', { award: 'CSTD_TINH', period: '2024' });
    this.addInitiative(s4, '2021-2022', 'co_so', { award: 'CSTD_CS', period: '2021-2022' });
    this.addInitiative(s4, '2023-2024', 'tinh', { award: 'CSTD_TINH', period: '2023-2024' });

    const target = 20;
    const taken = new Set(this.initiatives.map((i) => `${i.personKey}|${i.usedFor?.period}`));
    const cstd = this.rng.shuffle(this.awards.filter((a) => a.award === 'CSTD_CS' && a.subject.kind === 'individual'));
    let provincial = 0;
    for (const a of cstd) {
      if (this.initiatives.length >= target) break;
      if (a.subject.kind !== 'individual') continue;
      const p = this.people.find((x) => x.key === (a.subject as { personKey: string }).personKey)!;
      if (this.pmeta.get(p.key)!.story && this.pmeta.get(p.key)!.story !== 'streak') continue;
      const k = `${p.key}|${a.period}`;
      if (taken.has(k)) continue;
      taken.add(k);
      // A couple of initiatives with provincial reach, not yet used for any title.
      if (provincial < 2 && this.has(p.key, a.period, 'CSTD_CS') && this.rng.chance(0.3)) {
        provincial++;
        this.addInitiative(p, a.period, 'tinh', null);
        continue;
      }
      this.addInitiative(p, a.period, 'co_so', this.rng.chance(0.6) ? { award: 'CSTD_CS', period: a.period } : null);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Open matters in 2026 (they withhold awards while open)

  private buildPending(): void {
    const dhe = this.byTag('kt-staff', 'DEMO.DHE.KT').filter((p) => !this.pmeta.get(p.key)!.story);
    if (dhe[0])
      this.pending.push({
        subject: { kind: 'individual', personKey: dhe[0].key },
        kind: 'complaint',
        since: '2026-09-18',
        note: 'Đơn phản ánh của công dân về việc chậm giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất; đang xác minh.',
      });
    this.pending.push({
      subject: { kind: 'collective', orgKey: 'DEMO.BDANG.PVHCC' },
      kind: 'inspection',
      since: '2026-10-12',
      note: 'Đoàn kiểm tra công vụ đang kiểm tra việc giải quyết thủ tục hành chính năm 2026.',
    });
  }

  // -------------------------------------------------------------------------------------------
  // Users

  private firstTagged(tag: string, orgKey: string): DemoPerson | undefined {
    return this.people.find(
      (p) => this.pmeta.get(p.key)!.tags.has(tag) && p.memberships[p.memberships.length - 1].orgKey === orgKey,
    );
  }

  private user(username: string, role: Role, orgKey: string, person?: DemoPerson, fullName?: string): void {
    this.users.push({
      username,
      fullName: person?.fullName ?? fullName ?? username,
      grants: [{ role, orgKey }],
      ...(person ? { personKey: person.key } : {}),
    });
  }

  private buildUsers(): void {
    this.user('admin', 'admin', ROOT_KEY, undefined, 'Quản trị hệ thống');
    this.user('vanphong', 'officer', ROOT_KEY, undefined, 'Cán bộ Thường trực Hội đồng Thi đua - Khen thưởng tỉnh');
    this.user('viewer', 'viewer', ROOT_KEY, undefined, 'Người xem (trình diễn)');

    const v = VPUB.code;
    this.user(`${VPUB.slug}.tchcqt`, 'officer', v, this.firstTagged('vpub-tdkt', `${v}.TCHCQT`));
    this.user(`${VPUB.slug}.chanhvp`, 'signer', v, this.firstTagged('vpub-chief', v));
    this.user(`${VPUB.slug}.hoidong`, 'council', v, this.firstTagged('vpub-tchcqt-head', `${v}.TCHCQT`));
    this.user(`${VPUB.slug}.ttthongtin`, 'clerk', `${v}.TTTT`, this.firstTagged('vpub-tttt', `${v}.TTTT`));

    for (const u of LOCAL_UNITS) {
      const c = u.code;
      const mttq = this.people.find(
        (p) => p.memberships[p.memberships.length - 1].orgKey === `${c}.MTTQ` && p.isManager,
      );
      this.user(`${u.slug}.vhxh`, 'officer', c, this.firstTagged('tdkt-officer', `${c}.VHXH`));
      this.user(`${u.slug}.chutich`, 'signer', c, this.firstTagged('chairman', c));
      this.user(`${u.slug}.hoidong1`, 'council', c, this.firstTagged('vhxh-head', `${c}.VHXH`));
      this.user(`${u.slug}.hoidong2`, 'council', c, mttq);
      this.user(`${u.slug}.thcs`, 'clerk', `${c}.THCS`, this.firstTagged('school-clerk', `${c}.THCS`));
      this.user(`${u.slug}.kinhte`, 'clerk', `${c}.KT`, this.firstTagged('kt-staff', `${c}.KT`));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Clusters and blocs

  private buildClusters(): void {
    // Cụm thi đua số 05 (seed 000): the four communes, with their main predecessor before 2025.
    // The leader hands over each year to the previous year's deputy.
    const order = ['bachdang', 'xuantruong', 'diemhe', 'muonglay'];
    const units = order.map((s) => LOCAL_UNITS.find((u) => u.slug === s)!);
    const members: DemoClusterMember[] = [];
    for (let year = 2022; year <= 2026; year++) {
      const i = year - 2022;
      const leader = i % units.length;
      const deputy = (i + 1) % units.length;
      units.forEach((u, j) => {
        const orgKey = year < 2025 ? u.preds[0].code : u.code;
        members.push({ year, orgKey, role: j === leader ? 'leader' : j === deputy ? 'deputy' : 'member' });
      });
    }
    this.clusters.push({
      key: 'CUM05',
      kind: 'cum',
      code: 'CUM05',
      name: 'Cụm thi đua số 05',
      organiserKey: ROOT_KEY,
      members,
    });

    // Khối thi đua các cơ quan tỉnh: Sở Tư pháp leads in 2026, as seed 002 addresses it.
    const bloc = [VPUB.code, 'DEMO.TTT', 'DEMO.STP'];
    const bm: DemoClusterMember[] = [];
    for (let year = 2022; year <= 2026; year++) {
      const leader = (year - 2024 + 3 * 10) % bloc.length; // 2024 VPUB, 2025 TTT, 2026 STP
      const deputy = (leader + 1) % bloc.length;
      bloc.forEach((orgKey, j) =>
        bm.push({ year, orgKey, role: j === leader ? 'leader' : j === deputy ? 'deputy' : 'member' }),
      );
    }
    this.clusters.push({
      key: 'KHOI_CQT',
      kind: 'khoi',
      code: 'KHOI-CQT',
      name: 'Khối thi đua các cơ quan tỉnh',
      organiserKey: ROOT_KEY,
      members: bm,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Decision numbers: per issuer and calendar year, increasing with the date.

  private numberDecisions(): void {
    const groups = new Map<string, Decision[]>();
    for (const d of this.decisions.values()) {
      const k = `${d.issuer}|${yearOf(d.date)}`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push(d);
    }
    for (const g of groups.values()) {
      g.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
      const issuer = g[0].issuer;
      const suffix =
        issuer === VPUB_CHIEF
          ? 'QĐ-VPUB'
          : issuer.startsWith('Giám đốc Hợp tác xã')
            ? 'QĐ-HTX'
            : issuer.startsWith('Giám đốc')
              ? 'QĐ-CT'
              : 'QĐ-UBND';
      // Numbers run through the year: roughly how many decisions such a body signs a day.
      const perDay =
        issuer === PROVINCE_CHAIRMAN
          ? 9
          : issuer === VPUB_CHIEF
            ? 0.6
            : issuer.startsWith('Giám đốc')
              ? 0.08
              : /UBND (huyện|thị xã|thành phố)/.test(issuer)
                ? 3
                : 1.4;
      let prev = 0;
      for (const d of g) {
        const doy =
          (Date.parse(`${d.date}T00:00:00Z`) - Date.parse(`${d.date.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000 + 1;
        const n = Math.max(prev + 1, Math.round(doy * perDay * (0.85 + 0.3 * this.rng.float())));
        d.no = `${n}/${suffix}`;
        prev = n;
      }
    }
  }

  private finish(): DemoDataset {
    this.numberDecisions();
    for (const { init, decision } of this.initiativeRefs) init.decisionNo = decision.no;
    for (const { rec, decision } of this.disciplineRefs) rec.decisionNo = decision.no;
    const awards: DemoAwardRecord[] = this.awards.map((a) => ({
      subject: a.subject,
      award: a.award,
      period: a.period,
      decisionNo: a.decision.no,
      decisionDate: a.decision.date,
      track: a.track,
      issuer: a.decision.issuer,
    }));
    return {
      tenant: { code: 'DEMO', name: 'Dữ liệu trình diễn' },
      orgs: this.orgs,
      links: this.links,
      clusters: this.clusters,
      people: this.people,
      households: this.households,
      awards,
      ratings: this.ratings,
      initiatives: this.initiatives,
      discipline: this.discipline,
      pending: this.pending,
      users: this.users,
      reportHistory: true,
    };
  }
}

function cycle(v: string | readonly string[], i: number): string {
  return typeof v === 'string' ? v : v[i % v.length];
}

function worse(a: Rating, b: Rating): Rating {
  return RATING_ORDER.indexOf(a) >= RATING_ORDER.indexOf(b) ? a : b;
}

/** Every string in NFC (keys, names, notes), so the database never holds two spellings of a name. */
function nfcDeep<T>(v: T): T {
  if (typeof v === 'string') return v.normalize('NFC') as T;
  if (Array.isArray(v)) return v.map((x) => nfcDeep(x)) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = nfcDeep(x);
    return out as T;
  }
  return v;
}

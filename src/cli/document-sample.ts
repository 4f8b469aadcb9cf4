// A sample commendation round built from the in-memory demo dataset (src/demo/generate.ts,
// no database): real demo people, organisations and award names of phường Mường Lay, bonuses
// computed with the eligibility rules (multiplier × base salary in force on the decision date,
// rounded up to 10,000 đ). Used by `cli documents sample` and the benchmark; not by the builders.
import { computeBonus, resolveRules } from '../domain/eligibility/index.js';
import { awardName, type ContractAwardCode } from '../domain/registry/vocab.js';
import { formatDateVN, moneyInWords } from '../domain/vi-text/index.js';
import type { DemoDataset, DemoOrg, DemoPerson } from '../demo/dataset-types.js';
import { achievementFor } from '../features/decisions/content.js';
import { generateDemoDataset } from '../demo/generate.js';
import { groupByAward } from '../documents/commendation/common.js';
import {
  decisionBases,
  DEFAULT_PROPOSAL_BASES,
  DEFAULT_QUORUM,
  defaultFund,
  NOTE_HIGHEST_TITLE_ONLY,
  voteThresholdFor,
} from '../documents/commendation/defaults.js';
import type {
  AwardEntry,
  BallotResult,
  CertificateInput,
  CouncilMember,
  DecisionInput,
  MinutesInput,
  PaymentListInput,
  PaymentRow,
  ProposalInput,
  SubjectKind,
} from '../documents/commendation/types.js';

export const SAMPLE_UNIT_CODE = 'DEMO.MLAY';
export const SAMPLE_YEAR = 2026;
export const SAMPLE_DATES = {
  proposal: '2026-12-08',
  meeting: '2026-12-15',
  decision: '2026-12-18',
  payment: '2026-12-25',
} as const;
export const SAMPLE_DECISION_NO = 548;
/** The LĐTT decision of the same period, issued earlier (for the payment list's highest-title rule). */
export const SAMPLE_LDTT_DECISION = { number: '540/QĐ-UBND', date: '2026-12-11' } as const;

const CATEGORY: Partial<Record<ContractAwardCode, 'title' | 'form'>> = {
  GIAY_KHEN: 'form',
  BK_TINH: 'form',
  BK_TTG: 'form',
  HCLD_3: 'form',
};

/** The bonus of an award code for a subject kind on a date, by the eligibility rules in force. */
export function bonusFor(code: ContractAwardCode, kind: SubjectKind, decisionDate: string): number {
  const resolved = resolveRules(decisionDate);
  if (!resolved) throw new RangeError(`No rules in force on ${decisionDate}`);
  return computeBonus(resolved.rules.awards[code], kind, resolved.rules, decisionDate, { moneyInWords }).amount;
}

const lcFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);

/** 'Chuyên viên Phòng Văn hóa - Xã hội phường Mường Lay', 'Chủ tịch UBND phường Mường Lay'. */
export function positionText(p: DemoPerson, data: DemoDataset): string {
  const m = p.memberships.find((x) => x.to === null) ?? p.memberships[0];
  const org = data.orgs.find((o) => o.key === m?.orgKey);
  if (!org) return p.position ?? '';
  const name = ['ward', 'commune', 'special_zone'].includes(org.type) ? lcFirst(org.name) : org.name;
  return [m.position ?? p.position, name].filter(Boolean).join(' ');
}

function currentOrg(p: DemoPerson, data: DemoDataset): DemoOrg | undefined {
  const m = p.memberships.find((x) => x.to === null);
  return m ? data.orgs.find((o) => o.key === m.orgKey) : undefined;
}

/** The award's own words, as the application prints them (LĐTT: "hoàn thành tốt nhiệm vụ"). */
const ACHIEVEMENT = (code: ContractAwardCode): string => achievementFor(code, String(SAMPLE_YEAR));

function entry(
  code: ContractAwardCode,
  kind: SubjectKind,
  name: string,
  position: string,
  date: string,
  unit = '',
): AwardEntry & { code: ContractAwardCode; unit: string } {
  return {
    code,
    unit,
    kind,
    name,
    position,
    award: awardName(code),
    category: CATEGORY[code] ?? 'title',
    achievement: `${ACHIEVEMENT(code).charAt(0).toUpperCase()}${ACHIEVEMENT(code).slice(1)}`,
    amount: bonusFor(code, kind, date),
  };
}

export interface SampleRound {
  data: DemoDataset;
  proposal: ProposalInput;
  minutes: MinutesInput;
  decision: DecisionInput;
  certificates: CertificateInput[];
  payment: PaymentListInput;
}

const ISSUER_UBND = { name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'] };
const PLACE = 'Mường Lay';

/** The sample round of phường Mường Lay from the demo dataset (deterministic). */
export function sampleRound(data: DemoDataset = generateDemoDataset()): SampleRound {
  const unit = data.orgs.find((o) => o.code === SAMPLE_UNIT_CODE);
  if (!unit) throw new Error(`The demo dataset has no unit ${SAMPLE_UNIT_CODE}`);
  const inUnit = (p: DemoPerson) => {
    const org = currentOrg(p, data);
    return org !== undefined && (org.code === SAMPLE_UNIT_CODE || org.code.startsWith(`${SAMPLE_UNIT_CODE}.`));
  };
  const people = data.people.filter(inUnit);
  const byPosition = (re: RegExp) => people.find((p) => re.test(p.position ?? ''))!;
  const chair = byPosition(/^Chủ tịch UBND$/u);
  const viceChair = byPosition(/^Phó Chủ tịch UBND$/u);
  const officer = people.find((p) => /thường trực thi đua/u.test(p.position ?? '')) ?? people[0];
  const headVhxh = people.find(
    (p) => p.position === 'Trưởng phòng' && currentOrg(p, data)?.code === `${SAMPLE_UNIT_CODE}.VHXH`,
  )!;
  const staff = people.filter((p) => !p.isManager && p !== officer);
  const date = SAMPLE_DATES.decision;

  // Nominees: 4 CSTĐCS (one will fail the 80% vote), 6 LĐTT, 2 Giấy khen, 2 collectives.
  const person = (code: ContractAwardCode) => (p: DemoPerson) =>
    entry(code, 'individual', p.fullName, positionText(p, data), date, currentOrg(p, data)?.name ?? '');
  const cstd = staff.slice(0, 4).map(person('CSTD_CS'));
  const ldtt = staff.slice(4, 10).map(person('LDTT'));
  const gk = staff.slice(10, 12).map(person('GIAY_KHEN'));
  const collectives = [`${SAMPLE_UNIT_CODE}.VHXH`, `${SAMPLE_UNIT_CODE}.TYT`].map(
    (code) => data.orgs.find((o) => o.code === code)!,
  );
  const tt = entry('TT_LDTT', 'collective', collectives[0].name, `Thuộc UBND ${lcFirst(unit.name)}`, date, unit.name);
  const gkTt = entry(
    'GIAY_KHEN',
    'collective',
    collectives[1].name,
    `Thuộc UBND ${lcFirst(unit.name)}`,
    date,
    unit.name,
  );
  const nominees = [...cstd, ...ldtt, ...gk, tt, gkTt];

  const proposal: ProposalInput = {
    issuer: { superior: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'], name: ['PHÒNG VĂN HÓA - XÃ HỘI'] },
    number: 27,
    symbol: 'TTr-VHXH',
    place: PLACE,
    date: SAMPLE_DATES.proposal,
    subject: `Về việc đề nghị khen thưởng thành tích năm ${SAMPLE_YEAR}`,
    addressee: 'Chủ tịch Ủy ban nhân dân phường Mường Lay',
    bases: [...DEFAULT_PROPOSAL_BASES, `Căn cứ kết quả bình xét thi đua năm ${SAMPLE_YEAR} của các cơ quan, đơn vị`],
    request: `Phòng Văn hóa - Xã hội kính trình Chủ tịch UBND phường xem xét, khen thưởng cho các tập thể, cá nhân đã có thành tích trong thực hiện nhiệm vụ năm ${SAMPLE_YEAR}, cụ thể như sau:`,
    nominees,
    recipients: ['Như trên', 'Hội đồng TĐKT phường'],
    archive: ['VT', 'VHXH'],
    signer: { lines: ['TRƯỞNG PHÒNG'], name: headVhxh.fullName },
    listSubtitle: `Tập thể, cá nhân có thành tích năm ${SAMPLE_YEAR}`,
  };

  // The council: chairman, vice-chairman, heads of bodies, mass organisations; the officer is secretary.
  const pick = (re: RegExp, org?: string) =>
    people.find((p) => re.test(p.position ?? '') && (!org || currentOrg(p, data)?.code === org));
  const roles: [DemoPerson | undefined, string][] = [
    [chair, 'Chủ tịch Hội đồng'],
    [viceChair, 'Phó Chủ tịch Hội đồng'],
    [headVhxh, 'Phó Chủ tịch Thường trực Hội đồng'],
    [pick(/^Chánh Văn phòng$/u), 'Ủy viên'],
    [pick(/^Trưởng phòng$/u, `${SAMPLE_UNIT_CODE}.KT`), 'Ủy viên'],
    [pick(/^Chủ tịch Ủy ban MTTQ$/u), 'Ủy viên'],
    [pick(/^Chủ tịch Hội Liên hiệp Phụ nữ$/u), 'Ủy viên'],
    [pick(/^Bí thư Đoàn Thanh niên$/u), 'Ủy viên'],
    [officer, 'Ủy viên, Thư ký'],
  ];
  const members: CouncilMember[] = roles
    .filter((r): r is [DemoPerson, string] => r[0] !== undefined)
    .map(([p, role], i) => ({
      name: p.fullName,
      role,
      position: positionText(p, data),
      attendance: i === 4 ? 'absent' : 'present',
      ...(i === 4 ? { reason: 'đi công tác', writtenOpinion: true } : {}),
    }));
  const present = members.filter((m) => m.attendance === 'present').length;
  const ballots: BallotResult[] = nominees.map((n, i) => {
    // The fourth CSTĐCS nominee gets one vote against: 7 of 9 members is below 80%.
    const agree = i === 3 ? present - 1 : present;
    return { nominee: n, agree, disagree: present - agree, abstain: 0, threshold: voteThresholdFor(n.code) };
  });
  const minutes: MinutesInput = {
    issuer: { superior: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'], name: ['HỘI ĐỒNG THI ĐUA', 'KHEN THƯỞNG'] },
    number: 3,
    symbol: 'BB-HĐTĐKT',
    place: PLACE,
    date: SAMPLE_DATES.meeting,
    council: 'Hội đồng Thi đua - Khen thưởng phường Mường Lay',
    subject: `Họp xét khen thưởng thành tích năm ${SAMPLE_YEAR}`,
    meetingDate: SAMPLE_DATES.meeting,
    start: '08:00',
    end: '10:30',
    venue: 'Hội trường Ủy ban nhân dân phường Mường Lay',
    members,
    chair: chair.fullName,
    secretary: officer.fullName,
    quorum: DEFAULT_QUORUM,
    agenda: [
      `Nghe Thường trực Hội đồng báo cáo kết quả thẩm định hồ sơ đề nghị khen thưởng năm ${SAMPLE_YEAR} (Tờ trình số 27/TTr-VHXH ngày ${formatDateVN(SAMPLE_DATES.proposal)})`,
      'Thảo luận, bỏ phiếu kín đối với từng trường hợp đề nghị khen thưởng',
      'Thông qua kết quả và biên bản cuộc họp',
    ],
    votingMethod: 'bỏ phiếu kín',
    tellers: members
      .filter((m) => m.attendance === 'present')
      .slice(5, 8)
      .map((m) => m.name),
    ballots,
  };

  // The decision awards those who passed.
  const passed = nominees.filter((_, i) => i !== 3);
  const number = SAMPLE_DECISION_NO;
  const decision: DecisionInput = {
    issuer: ISSUER_UBND,
    number,
    symbol: 'QĐ-UBND',
    place: PLACE,
    date,
    subject: `Về việc khen thưởng thành tích năm ${SAMPLE_YEAR}`,
    authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY',
    bases: decisionBases({
      council: `Biên bản họp ngày ${formatDateVN(SAMPLE_DATES.meeting)} của Hội đồng Thi đua - Khen thưởng phường Mường Lay xét khen thưởng thành tích năm ${SAMPLE_YEAR}`,
      proposedBy: `Trưởng phòng Văn hóa - Xã hội phường tại Tờ trình số 27/TTr-VHXH ngày ${formatDateVN(SAMPLE_DATES.proposal)} về việc đề nghị khen thưởng thành tích năm ${SAMPLE_YEAR}`,
    }),
    awardees: passed,
    achievement: `đã có thành tích trong thực hiện nhiệm vụ năm ${SAMPLE_YEAR}`,
    fund: defaultFund('phường Mường Lay', SAMPLE_YEAR),
    executors:
      'Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội phường, Thủ trưởng các cơ quan, đơn vị có liên quan',
    recipients: ['Như Điều 3', 'TT. Đảng ủy, HĐND phường', 'Chủ tịch, các PCT UBND phường'],
    archive: ['VT', 'VHXH'],
    signer: { lines: ['CHỦ TỊCH'], name: chair.fullName },
    signedBy: 'Chủ tịch UBND phường Mường Lay',
  };

  const decisionRef = `${number}/QĐ-UBND`;
  const goldOrder = groupByAward(passed).flatMap((g) => g.entries);
  const gender = new Map(data.people.map((p) => [p.fullName, p.gender]));
  const certificates: CertificateInput[] = goldOrder.map((e, i) => ({
    issuerTitle: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY',
    category: e.category,
    award: e.award,
    recipient: e.kind === 'individual' ? `${gender.get(e.name) === 'female' ? 'Bà' : 'Ông'} ${e.name}` : e.name,
    position: e.position,
    achievement: `${e.achievement ?? `Đã có thành tích năm ${SAMPLE_YEAR}`}.`,
    decision: { number: decisionRef, date },
    goldBookNo: i + 1,
    place: PLACE,
    date,
    signer: { lines: ['CHỦ TỊCH'], name: chair.fullName },
  }));

  // Payment: the decision's rows; CSTĐCS holders also hold LĐTT of the same period (decision 540),
  // of which only the highest title is paid.
  const rows: PaymentRow[] = passed.map((e) => ({
    name: e.name,
    unit: e.unit,
    award: e.award,
    decision: `${decisionRef} ngày ${formatDateVN(date)}`,
    payable: e.amount ?? 0,
  }));
  for (const e of passed.filter((x) => x.code === 'CSTD_CS')) {
    rows.push({
      name: e.name,
      unit: e.unit,
      award: awardName('LDTT'),
      decision: `${SAMPLE_LDTT_DECISION.number} ngày ${formatDateVN(SAMPLE_LDTT_DECISION.date)}`,
      payable: 0,
      note: NOTE_HIGHEST_TITLE_ONLY,
    });
  }
  const accountant =
    people.find((p) => p.position === 'Chuyên viên' && currentOrg(p, data)?.code === `${SAMPLE_UNIT_CODE}.VP`) ??
    officer;
  const payment: PaymentListInput = {
    issuer: ISSUER_UBND,
    place: PLACE,
    date: SAMPLE_DATES.payment,
    subject: `Khen thưởng thành tích năm ${SAMPLE_YEAR} (Quyết định số ${decisionRef} ngày ${formatDateVN(date)} của Chủ tịch UBND phường)`,
    fund: `Nguồn kinh phí: ${defaultFund('phường Mường Lay', SAMPLE_YEAR)}`,
    rows,
    preparer: { name: officer.fullName },
    accountant: { name: accountant.fullName },
    head: { name: chair.fullName, lines: ['CHỦ TỊCH UBND PHƯỜNG'] },
  };
  return { data, proposal, minutes, decision, certificates, payment };
}

/**
 * `count` award entries for benchmarks and volume tests: the demo dataset's people in turn, each
 * with an individual title or form (CSTĐCS, LĐTT, Giấy khen), bonuses by the rules on `date`.
 */
export function sampleAwardees(
  count: number,
  data: DemoDataset = generateDemoDataset(),
  date: string = SAMPLE_DATES.decision,
): AwardEntry[] {
  const codes: ContractAwardCode[] = ['LDTT', 'LDTT', 'CSTD_CS', 'GIAY_KHEN'];
  const out: AwardEntry[] = [];
  const people = data.people;
  for (let i = 0; i < count; i++) {
    const p = people[i % people.length];
    const {
      code: _code,
      unit: _unit,
      ...e
    } = entry(codes[i % codes.length], 'individual', p.fullName, positionText(p, data), date);
    out.push(e);
  }
  return out;
}

/** Certificates for benchmarks: one per entry of `sampleAwardees`, from the sample round's signer. */
export function sampleCertificates(count: number, data: DemoDataset = generateDemoDataset()): CertificateInput[] {
  const base = sampleRound(data).certificates[0];
  return sampleAwardees(count, data).map((e, i) => ({
    ...base,
    category: e.category,
    award: e.award,
    recipient: e.name,
    position: e.position,
    achievement: `${e.achievement ?? ''}.`,
    goldBookNo: i + 1,
  }));
}

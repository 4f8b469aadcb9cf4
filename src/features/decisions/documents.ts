// Documents of a decision, generated from the data (never retyped): the decision with its attached
// list (amounts in figures and words), one certificate per recipient (single, or a batch with
// progress), the payment list, the council minutes of a meeting, and the khen cao dossier package
// (proposal letter, achievement reports, minutes, evidence files, manifest.json) in one ZIP.
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import {
  buildCertificateDocx,
  buildCertificatePdf,
  buildCertificatesDocx,
  buildCertificatesPdf,
  buildDecisionDocx,
  buildDecisionPdf,
  buildMinutesDocx,
  buildMinutesPdf,
  buildPaymentListDocx,
  buildPaymentListPdf,
  buildProposalDocx,
  buildProposalPdf,
  DEFAULT_PROPOSAL_BASES,
  NOTE_HIGHEST_TITLE_ONLY,
} from '../../documents/commendation/index.js';
import type {
  AwardEntry,
  CertificateInput,
  CouncilMember,
  MinutesInput,
  PaymentListInput,
  ProposalInput,
} from '../../documents/commendation/index.js';
import { buildNd30Docx, buildNd30Pdf } from '../../documents/nd30/index.js';
import { meetingForMinutes } from '../councils/repository.js';
import { filesWithContentOf } from '../files/store.js';
import { gendersOf } from '../people/repository.js';
import { nomineeReportDocument } from '../rounds/report.js';
import { userFullName } from '../users/repository.js';
import type { Mark } from '../../domain/eligibility/rule-model.js';
import { COUNCIL_ROLE_LABELS, printedBasis, tally } from '../../domain/rounds/index.js';
import { tenantProcedureRules } from '../eligibility/service.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { notFound, refuse } from '../../server/errors.js';
import {
  achievementFor,
  achievementOf,
  type DecisionContent,
  inSentence,
  isAutoAchievement,
  isCommuneLevel,
  periodWords,
  placeOf,
} from './content.js';
import { loadOrg, loadRound, requireOneOf } from './access.js';
import { type NomineeView, roundNominees } from './nominees.js';
import { decisionForDocuments, roundForDocuments } from './queries.js';
import { passingMeeting } from './readiness.js';
import { sendUpCandidates } from './send-up.js';
import { signersOf } from './signers.js';
import type { OrgType } from '../../domain/registry/vocab.js';

export type DocFormat = 'docx' | 'pdf';
export const MIME: Record<DocFormat | 'zip', string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
};

const toBuffer = (b: Buffer | Uint8Array) => (Buffer.isBuffer(b) ? b : Buffer.from(b));
const safeName = (s: string) => s.replace(/[\\/:*?"<>|]+/g, '-');

/** 'Hiệu trưởng Trường THCS Lay Nưa': the position snapshot with the proposing unit when it lacks it. */
export function printedPosition(n: Pick<NomineeView, 'positionText' | 'unitName' | 'subjectKind'>): string {
  if (!n.positionText) return n.subjectKind === 'individual' ? n.unitName : '';
  return n.positionText.includes(n.unitName) ? n.positionText : `${n.positionText} ${n.unitName}`;
}

// ─── decision, certificates, payment list ───

async function decisionData(ctx: Ctx, id: string) {
  const data = await decisionForDocuments(ctx, id);
  const content = data.decision.content as DecisionContent;
  const date =
    data.decision.decisionDate ??
    (content.fixDate ? content.plannedDate : { year: Number(content.plannedDate.slice(0, 4)) });
  const entries: (AwardEntry & {
    nomineeId: string;
    ordinal: number;
    unit: string;
    payNote: string | null;
    personId: string | null;
    awardCode: string;
    period: string;
  })[] = data.items.map((i) => {
    const n = data.nominees.get(i.nomineeId)!;
    return {
      nomineeId: i.nomineeId,
      ordinal: i.ordinal,
      kind: n.subjectKind === 'individual' ? 'individual' : n.subjectKind === 'household' ? 'household' : 'collective',
      name: n.displayName,
      position: printedPosition(n),
      award: n.awardName,
      category: n.category,
      achievement: n.achievement,
      amount: i.payable ?? undefined,
      unit: n.unitName,
      payNote: i.payNote,
      personId: n.personId,
      awardCode: n.awardCode,
      period: n.period,
    };
  });
  const signer = { lines: content.signerLines, name: data.decision.signerName ?? '' };
  // Điều 1's words follow the awards unless the officer wrote their own (LĐTT: "hoàn thành tốt nhiệm vụ").
  const period = data.items.length ? data.nominees.get(data.items[0].nomineeId)!.period : '';
  const codes = data.items.map((i) => data.nominees.get(i.nomineeId)!.awardCode);
  const words =
    period && isAutoAchievement(content.achievement, period) ? achievementOf(codes, period) : content.achievement;
  return { ...data, content: { ...content, achievement: words }, date, entries, signer };
}

export async function decisionDocument(ctx: Ctx, id: string, format: DocFormat) {
  const d = await decisionData(ctx, id);
  if (!d.entries.length) throw refuse('DECISION_EMPTY', 'Quyết định chưa có người (tập thể) nào.');
  const input = {
    issuer: { superior: d.content.issuerSuperior, name: d.content.issuerName },
    number: d.decision.number ?? null,
    symbol: d.decision.symbol,
    place: d.content.place,
    date: d.date,
    subject: d.content.subject,
    authority: d.content.authority,
    bases: d.content.bases,
    awardees: d.entries,
    achievement: d.content.achievement,
    fund: d.content.fund,
    effect: d.content.effect,
    executors: d.content.executors,
    recipients: d.content.recipients,
    archive: d.content.archive,
    signer: d.signer,
    signedBy: d.decision.issuer,
  };
  const data = format === 'pdf' ? await buildDecisionPdf(input) : await buildDecisionDocx(input);
  const label = d.decision.numberText ? `Quyết định ${d.decision.numberText}` : 'Dự thảo quyết định khen thưởng';
  return { data: toBuffer(data), fileName: `${safeName(label)}.${format}` };
}

async function certificateInputs(ctx: Ctx, id: string, only?: string) {
  const d = await decisionData(ctx, id);
  if (d.decision.status !== 'signed' || !d.decision.numberText || !d.decision.decisionDate)
    throw refuse(
      'DECISION_NOT_SIGNED',
      'Chỉ in giấy khen, giấy chứng nhận cho quyết định đã ký ban hành (còn hiệu lực).',
    );
  const g = await gendersOf(
    ctx.db,
    ctx.actor.tenantId,
    d.entries.map((e) => e.personId).filter((x): x is string => !!x),
  );
  const list = d.entries.filter((e) => !only || e.nomineeId === only);
  if (!list.length) throw notFound('người này trong quyết định');
  const inputs: CertificateInput[] = list.map((e) => ({
    issuerTitle: d.content.authority,
    category: e.category,
    award: e.award,
    recipient:
      e.kind === 'individual' && e.personId ? `${g.get(e.personId) === 'female' ? 'Bà' : 'Ông'} ${e.name}` : e.name,
    position: e.position,
    // Each certificate carries its own award's words (an LĐTT "hoàn thành tốt nhiệm vụ", never "xuất sắc").
    achievement: certificateAchievement(
      isAutoAchievement(d.row.content ? (d.row.content as DecisionContent).achievement : '', e.period)
        ? achievementFor(e.awardCode, e.period)
        : d.content.achievement,
    ),
    decision: { number: d.decision.numberText!, date: d.decision.decisionDate! },
    goldBookNo: e.ordinal,
    place: d.content.place,
    date: d.decision.decisionDate!,
    signer: d.signer,
  }));
  return { d, inputs, list };
}

/**
 * What a certificate file is called after its award: 'Giấy khen', 'Bằng khen', or for a title
 * 'Giấy chứng nhận Lao động tiên tiến' ('Giấy khen, giấy chứng nhận' when a batch mixes awards).
 */
export function certificateLabel(entries: readonly Pick<AwardEntry, 'award' | 'category'>[]): string {
  const labels = new Set(entries.map((e) => (e.category === 'form' ? e.award : `Giấy chứng nhận ${e.award}`)));
  if (labels.size === 1) return [...labels][0];
  return entries.every((e) => e.category === 'title') ? 'Giấy chứng nhận danh hiệu' : 'Giấy khen, giấy chứng nhận';
}

/** 'đã có thành tích …' → 'Đã có thành tích ….' */
const certificateAchievement = (s: string) => {
  const t = s.trim().replace(/[.;]+$/u, '');
  return `${t.charAt(0).toLocaleUpperCase('vi-VN')}${t.slice(1)}.`;
};

export async function certificateDocument(
  ctx: Ctx,
  id: string,
  nomineeId: string,
  format: DocFormat,
  mode: 'full' | 'blank',
) {
  const { inputs, list, d } = await certificateInputs(ctx, id, nomineeId);
  const data =
    format === 'pdf' ? await buildCertificatePdf(inputs[0], { mode }) : await buildCertificateDocx(inputs[0], { mode });
  return {
    data: toBuffer(data),
    fileName: safeName(
      `${certificateLabel([list[0]])} ${list[0].ordinal} - ${list[0].name} (${d.decision.numberText}).${format}`,
    ),
  };
}

export async function certificateBatch(
  ctx: Ctx,
  id: string,
  format: DocFormat,
  mode: 'full' | 'blank',
  onProgress?: (done: number, total: number) => void,
) {
  const { inputs, d } = await certificateInputs(ctx, id);
  const data =
    format === 'pdf'
      ? await buildCertificatesPdf(inputs, { mode, onProgress })
      : await buildCertificatesDocx(inputs, { mode, onProgress });
  return {
    data: toBuffer(data),
    fileName: safeName(
      `${certificateLabel(d.entries)} theo Quyết định ${d.decision.numberText} (${inputs.length} bản${mode === 'blank' ? ', in phôi' : ''}).${format}`,
    ),
    count: inputs.length,
  };
}

export async function certificateCount(ctx: Ctx, id: string) {
  return (await certificateInputs(ctx, id)).inputs.length;
}

export async function paymentListDocument(ctx: Ctx, id: string, format: DocFormat) {
  const d = await decisionData(ctx, id);
  if (d.decision.status === 'draft')
    throw refuse('DECISION_NOT_SIGNED', 'Danh sách chi tiền thưởng chỉ lập cho quyết định đã ký.');
  const creator = await userFullName(ctx.db, ctx.actor.tenantId, d.row.createdBy);
  const ref = `${d.decision.numberText} ngày ${formatDateVN(d.decision.decisionDate!)}`;
  const input: PaymentListInput = {
    issuer: { superior: d.content.issuerSuperior, name: d.content.issuerName },
    place: d.content.place,
    date: isoDateInVietnam(ctx.now),
    subject: `${d.content.subject.replace(/^Về việc /u, '').replace(/^./u, (c) => c.toLocaleUpperCase('vi-VN'))} (Quyết định số ${ref} của ${d.decision.issuer})`,
    fund: `Nguồn kinh phí: ${d.content.fund}`,
    rows: d.entries.map((e) => ({
      name: e.name,
      unit: e.unit,
      award: e.award,
      decision: ref,
      payable: e.amount ?? 0,
      ...(e.amount === 0 ? { note: NOTE_HIGHEST_TITLE_ONLY } : {}),
    })),
    preparer: { name: creator ?? '' },
    accountant: { name: '' },
    head: { name: d.decision.signerName ?? '', lines: d.content.signerLines },
  };
  const data = format === 'pdf' ? await buildPaymentListPdf(input) : await buildPaymentListDocx(input);
  return {
    data: toBuffer(data),
    fileName: safeName(`Danh sách chi tiền thưởng - Quyết định ${d.decision.numberText}.${format}`),
  };
}

// ─── council minutes ───

const hhmm = (d: Date | null): string | null =>
  d
    ? new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Ho_Chi_Minh',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }).format(d)
    : null;

/**
 * A body's name in capitals as header lines that never break inside a word and keep at most
 * `max` characters a line (what the 62 mm issuer column holds in 13 pt capitals) where the words allow.
 */
export function headerLines(name: string, max = 24): string[] {
  const words = name.trim().split(/\s+/u);
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${w}`.length <= max) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return lines;
}

async function minutesInput(
  ctx: Ctx,
  meetingId: string,
  only?: string[],
): Promise<{ input: MinutesInput; fileName: string; roundId: string }> {
  const t = ctx.actor.tenantId;
  const minutes = await meetingForMinutes(ctx.db, t, meetingId);
  if (!minutes) throw notFound('phiên họp Hội đồng');
  const { meeting: m, council, members: mem, items, recusals: rec } = minutes;
  const { round, org, parent } = await roundForDocuments(ctx, m.roundId);
  const att = new Map(minutes.attendance.map((a) => [a.userId, a.present]));
  const ns = new Map(
    (
      await roundNominees(
        ctx.db,
        t,
        m.roundId,
        undefined,
        items.map((i) => i.nomineeId),
        m.heldOn,
      )
    ).map((n) => [n.id, n]),
  );
  const order: Record<string, number> = { chair: 0, vice_chair: 1, member: 2, secretary: 3 };
  const members: CouncilMember[] = [...mem]
    .sort((a, b) => order[a.role] - order[b.role])
    .map((x) => ({
      name: x.fullName,
      role: COUNCIL_ROLE_LABELS[x.role],
      position: x.position || undefined,
      attendance: att.size === 0 || att.get(x.userId) !== false ? 'present' : 'absent',
    }));
  const chair = mem.find((x) => x.role === 'chair')?.fullName ?? members[0]?.name ?? '';
  const secretary = mem.find((x) => x.role === 'secretary')?.fullName ?? members.at(-1)?.name ?? '';
  const ballots = items
    .filter((i) => !only || only.includes(i.nomineeId))
    .filter((i) => ns.has(i.nomineeId))
    .map((i) => {
      const n = ns.get(i.nomineeId)!;
      const th = i.threshold as {
        share: number;
        strict?: boolean;
        of?: 'all' | 'present';
        basis?: string;
        mark?: Mark;
      };
      // Only a verified or tenant-confirmed basis is printed (never a doubt, never an example province).
      const basis = printedBasis({ basis: th.basis ?? '', mark: th.mark ?? 'U' });
      const counted =
        i.passed === null
          ? undefined
          : tally(
              {
                members: m.memberCount,
                present: m.presentCount,
                recused: rec.filter((r) => r.nomineeId === i.nomineeId).length,
                yes: i.yes ?? 0,
                no: i.no ?? 0,
                abstain: i.abstain ?? 0,
              },
              { share: th.share, strict: th.strict ?? false, of: th.of ?? 'all', basis: '', mark: 'U', awards: [] },
            );
      return {
        nominee: entryOf(n),
        agree: i.yes ?? 0,
        disagree: i.no ?? 0,
        abstain: i.abstain ?? 0,
        threshold: { share: th.share, strict: th.strict, of: th.of ?? 'all', ...(basis ? { basis } : {}) },
        ...(counted && i.passed !== null ? { counted: { base: counted.base, passed: i.passed } } : {}),
      };
    });
  // The quorum the software applied when it opened the vote (the procedure rules on the meeting date).
  const rules = await tenantProcedureRules(ctx.db, t, m.heldOn);
  const quorumBasis = printedBasis(rules.quorum);
  const unit = inSentence(org.name);
  const input: MinutesInput = {
    // Each name on lines of its own, broken between words only where the header column needs it.
    issuer: {
      superior: isCommuneLevel(org.type as OrgType)
        ? ['ỦY BAN NHÂN DÂN', ...headerLines(org.name.toLocaleUpperCase('vi-VN'))]
        : headerLines((parent?.name ?? org.name).toLocaleUpperCase('vi-VN')),
      name: ['HỘI ĐỒNG THI ĐUA', 'KHEN THƯỞNG'],
    },
    number: null,
    symbol: 'BB-HĐTĐKT',
    place: placeOf(org.name),
    date: m.heldOn,
    council:
      council?.name && council.name !== 'Hội đồng Thi đua - Khen thưởng'
        ? council.name
        : `Hội đồng Thi đua - Khen thưởng ${unit}`,
    subject: `Họp xét khen thưởng thành tích ${periodWords(round.period)}`,
    meetingDate: m.heldOn,
    // The real times: the vote opened and the count closed (blank, to fill by hand, when unknown).
    start: hhmm(m.openedAt),
    end: hhmm(m.closedAt),
    venue: m.place,
    members: members.length ? members : [{ name: chair || '…', role: 'Chủ tịch Hội đồng', attendance: 'present' }],
    chair: chair || '…',
    secretary: secretary || chair || '…',
    quorum: { share: rules.quorum.share, ...(quorumBasis ? { basis: quorumBasis } : {}) },
    agenda: [
      `Xét, bỏ phiếu kín đối với các trường hợp đề nghị khen thưởng của đợt "${round.name}"`,
      'Thông qua kết quả và biên bản cuộc họp',
    ],
    votingMethod: 'bỏ phiếu kín (điện tử)',
    ballots,
  };
  return {
    input,
    fileName: `Biên bản họp Hội đồng TĐKT ngày ${formatDateVN(m.heldOn).replace(/\//g, '-')}`,
    roundId: m.roundId,
  };
}

function entryOf(n: NomineeView, amount?: number): AwardEntry {
  return {
    kind: n.subjectKind === 'individual' ? 'individual' : n.subjectKind === 'household' ? 'household' : 'collective',
    name: n.displayName,
    position: printedPosition(n),
    award: n.awardName,
    category: n.category,
    achievement: n.achievement.split(/\n+/)[0]?.slice(0, 300),
    ...(amount !== undefined ? { amount } : {}),
  };
}

export async function minutesDocument(ctx: Ctx, meetingId: string, format: DocFormat, only?: string[]) {
  const { input, fileName } = await minutesInput(ctx, meetingId, only);
  if (!input.ballots.length) throw refuse('MEETING_NO_BALLOTS', 'Phiên họp chưa có kết quả bỏ phiếu để lập biên bản.');
  const data = format === 'pdf' ? await buildMinutesPdf(input) : await buildMinutesDocx(input);
  return { data: toBuffer(data), fileName: `${safeName(fileName)}.${format}` };
}

// ─── khen cao: the dossier package ───

export async function sendUpPackage(ctx: Ctx, roundId: string, nomineeIds?: string[]) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOneOf(ctx, round.orgId, ['round.manage']);
  const { org, rows } = await sendUpCandidates(ctx, roundId, ['passed', 'sent_up']);
  const chosen = nomineeIds
    ? rows.filter((r) => nomineeIds.includes(r.id))
    : rows.filter((r) => r.status === 'sent_up');
  if (!chosen.length)
    throw refuse(
      'SEND_UP_NOTHING',
      'Không có người (tập thể) nào thuộc thẩm quyền cấp trên để lập hồ sơ trình khen cao.',
    );
  const today = isoDateInVietnam(ctx.now);
  const signer = (await signersOf(ctx.db, t, round.orgId))[0];
  const zip = new JSZip();
  const add = (path: string, data: Buffer | Uint8Array | string) => zip.file(path, data);
  const commune = isCommuneLevel(org.type as OrgType);
  const parent = org.parentId ? await loadOrg(ctx.db, t, org.parentId) : null;
  const higher = commune ? 'Chủ tịch Ủy ban nhân dân tỉnh' : `Thủ trưởng ${parent?.name ?? 'cơ quan cấp trên'}`;
  const proposal: ProposalInput = {
    issuer: commune
      ? { name: ['ỦY BAN NHÂN DÂN', org.name.toLocaleUpperCase('vi-VN')] }
      : {
          superior: parent ? [parent.name.toLocaleUpperCase('vi-VN')] : [],
          name: [org.name.toLocaleUpperCase('vi-VN')],
        },
    number: null,
    symbol: 'TTr-UBND',
    place: placeOf(org.name),
    date: today,
    subject: `Về việc đề nghị khen thưởng thành tích ${periodWords(round.period)}`,
    addressee: higher,
    bases: [...DEFAULT_PROPOSAL_BASES],
    request: `Ủy ban nhân dân ${inSentence(org.name)} kính trình ${higher} xem xét, khen thưởng cho các tập thể, cá nhân đã có thành tích ${periodWords(round.period)}, cụ thể như sau:`,
    nominees: chosen.map((n) => entryOf(n)),
    recipients: ['Như trên', 'Hội đồng TĐKT'],
    archive: ['VT', 'VHXH'],
    signer: { lines: signer?.lines ?? ['CHỦ TỊCH'], name: signer?.fullName ?? '' },
    listSubtitle: `Tập thể, cá nhân đề nghị khen thưởng ${periodWords(round.period)}`,
  };
  add('01-To-trinh/To trinh de nghi khen thuong.docx', await buildProposalDocx(proposal));
  add('01-To-trinh/To trinh de nghi khen thuong.pdf', await buildProposalPdf(proposal));
  const manifestNominees = [];
  for (const [i, n] of chosen.entries()) {
    const base = `02-Bao-cao-thanh-tich/${String(i + 1).padStart(2, '0')}-${asciiName(n.displayName)}`;
    // The report prescribed for the dossier, pre-filled from the registry (not a skeleton).
    const { doc } = await nomineeReportDocument(ctx, n.id);
    add(`${base}.docx`, await buildNd30Docx(doc));
    add(`${base}.pdf`, await buildNd30Pdf(doc));
    const v = n.verdict as {
      eligible?: boolean;
      criteria?: { id: string; met: boolean | null; message?: string }[];
    } | null;
    manifestNominees.push({
      ordinal: i + 1,
      nomineeId: n.id,
      subject: {
        kind: n.subjectKind,
        key: n.subjectKey,
        personId: n.personId,
        orgId: n.orgId,
        householdId: n.householdId,
        cccd: n.cccd ?? null,
      },
      name: n.displayName,
      position: n.positionText,
      unit: n.unitName,
      award: { code: n.awardCode, name: n.awardName, category: n.category },
      period: n.period,
      track: n.track,
      verdict: {
        eligible: n.verdictEligible,
        failed: (v?.criteria ?? []).filter((c) => c.met === false).map((c) => c.message ?? c.id),
      },
      report: `${base}.docx`,
    });
  }
  const meeting = await passingMeeting(
    ctx.db,
    t,
    chosen.map((n) => n.id),
  );
  if (meeting) {
    const m = await minutesDocument(
      ctx,
      meeting.id,
      'docx',
      chosen.map((n) => n.id),
    ).catch(() => null);
    const p = await minutesDocument(
      ctx,
      meeting.id,
      'pdf',
      chosen.map((n) => n.id),
    ).catch(() => null);
    if (m) add('03-Bien-ban-hop-Hoi-dong/Bien ban hop Hoi dong TDKT.docx', m.data);
    if (p) add('03-Bien-ban-hop-Hoi-dong/Bien ban hop Hoi dong TDKT.pdf', p.data);
  }
  const owners = [...new Set([...chosen.map((n) => n.id), ...chosen.map((n) => n.proposalId)])];
  const evidence = await filesWithContentOf(ctx.db, t, ['nominee', 'proposal'], owners);
  const manifestFiles = [];
  for (const f of evidence) {
    const path = `04-Minh-chung/${f.ownerType}-${f.ownerId.slice(0, 8)}/${f.fileName}`;
    const content = Buffer.from(f.content as Uint8Array);
    add(path, content);
    manifestFiles.push({
      path,
      name: f.fileName,
      mime: f.mime,
      size: f.size,
      sha256: f.sha256,
      owner: { type: f.ownerType, id: f.ownerId },
    });
  }
  // Every generated document is listed with its checksum too.
  const generated = [];
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir || path.startsWith('04-')) continue;
    const buf = await entry.async('nodebuffer');
    generated.push({ path, size: buf.length, sha256: createHash('sha256').update(buf).digest('hex') });
  }
  const manifest = {
    format: 'tdkt-khen-cao/1',
    generatedAt: ctx.now.toISOString(),
    round: { id: round.id, name: round.name, kind: round.kind, period: round.period },
    body: { id: org.id, code: org.code, name: org.name, type: org.type },
    addressee: higher,
    meeting: meeting ? { id: meeting.id, heldOn: meeting.heldOn } : null,
    nominees: manifestNominees,
    documents: generated,
    files: manifestFiles,
  };
  add('manifest.json', JSON.stringify(manifest, null, 2));
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { data, fileName: `Hồ sơ trình khen cao - ${round.name}.zip`, manifest };
}

const asciiName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

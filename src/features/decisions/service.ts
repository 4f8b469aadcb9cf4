// Use cases of award decisions: the office drafts a decision from a round's result (the passed
// nominees whose award the round's body decides itself), edits it and sends it to the signer; the
// signer signs it (number from the register, award records, history, in one transaction); the
// authority revokes it (Law Art. 93: records kept and marked, money to recover). Awards above the
// body's power are sent up (khen cao) and the higher decision is recorded when it comes back.
import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { type VerdictCondition, unmetConditions } from '../../domain/eligibility/status.js';
import { firstRecordConflict, memberTitleShortfalls, type RecordLike } from '../../domain/eligibility/grants.js';
import { computeMembers } from '../eligibility/history.js';
import type { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client.js';
import {
  awardRecords,
  ruleOverrides,
  decisionItems,
  decisions,
  docRegisters,
  meetingItems,
  meetings,
  nominees,
  noticeFeedback,
  notices,
  organisations,
  people,
  proposals,
  rounds,
  users,
} from '../../db/schema.js';
import {
  decidesItself,
  decisionMachine,
  type DecisionStatus,
  nomineeMachine,
  type NomineeStatus,
} from '../../domain/rounds/index.js';
import type { OrgType } from '../../domain/registry/vocab.js';
import { formatDateVN, formatMoneyVN, isoDateInVietnam, moneyInWords } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { forbidden, invalid, moved, notFound, refuse } from '../../server/errors.js';
import { can, type Permission } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { postRecoveryOnRevoke } from '../fund/service.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { orgChain } from '../organisations/tree.js';
import { subjectCountText, subjectsText } from '../../domain/rounds/wording.js';
import { isSettled } from '../../domain/rounds/settle.js';
import {
  achievementOf,
  type DecisionContent,
  defaultContent,
  isAutoAchievement,
  issuerOf,
  numberTextOf,
  signerLinesFor,
} from './content.js';
import { awardInfo, priceNominees, rulesOn } from './pricing.js';
import type { DraftBody, ExternalBody, RevokeBody, UpdateBody } from './schema.js';

type Q = Db | Tx;
type DecisionRow = typeof decisions.$inferSelect;
type NomineeRow = typeof nominees.$inferSelect;

const today = (ctx: Ctx) => isoDateInVietnam(ctx.now);

// ─── loading and access ───

async function loadRound(q: Q, tenantId: string, roundId: string) {
  const [r] = await q
    .select()
    .from(rounds)
    .where(and(eq(rounds.tenantId, tenantId), eq(rounds.id, roundId)));
  if (!r) throw notFound('đợt xét khen thưởng');
  return r;
}

async function loadOrg(q: Q, tenantId: string, orgId: string) {
  const [o] = await q
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, orgId)));
  if (!o) throw notFound('cơ quan, đơn vị');
  return o;
}

async function loadDecision(q: Q, tenantId: string, id: string) {
  const [d] = await q
    .select()
    .from(decisions)
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.id, id)));
  if (!d) throw notFound('quyết định');
  return d;
}

/** The actor's permissions on an organisation among `wanted`; 403 (with the first message) when none. */
async function requireOneOf(ctx: Ctx, orgId: string, wanted: Permission[], message?: string): Promise<Set<Permission>> {
  const chain = await orgChain(ctx.db, ctx.actor.tenantId, orgId);
  if (!chain.length) throw notFound('cơ quan, đơn vị');
  const held = new Set(wanted.filter((p) => can(ctx.actor, p, chain)));
  if (!held.size)
    throw forbidden(
      message ??
        (wanted[0] === 'decision.sign'
          ? 'Chỉ người có thẩm quyền ký mới được ký quyết định.'
          : 'Chỉ cán bộ thường trực TĐKT mới được quản lý quyết định khen thưởng.'),
    );
  return held;
}

const asContent = (d: DecisionRow) => d.content as DecisionContent;

// ─── nominees of a round ───

export interface NomineeView {
  id: string;
  proposalId: string;
  unitId: string;
  unitName: string;
  subjectKind: NomineeRow['subjectKind'];
  subjectKey: string;
  personId: string | null;
  orgId: string | null;
  householdId: string | null;
  displayName: string;
  sortKey: string;
  positionText: string | null;
  awardCode: string;
  awardName: string;
  category: 'title' | 'form';
  period: string;
  track: NomineeRow['track'];
  status: NomineeStatus;
  achievement: string;
  verdictEligible: boolean | null;
  verdict: unknown;
  amount: number | null;
  cccd: string | null;
}

async function roundNominees(
  q: Q,
  tenantId: string,
  roundId: string,
  statuses: NomineeStatus[] | undefined,
  ids: string[] | undefined,
  /** The date whose rules name and price the awards (the decision's date, or the planned one). */
  date: string,
): Promise<NomineeView[]> {
  const conds = [eq(nominees.tenantId, tenantId), eq(nominees.roundId, roundId)];
  if (statuses) conds.push(inArray(nominees.status, statuses));
  if (ids) conds.push(ids.length ? inArray(nominees.id, ids) : sql`false`);
  const rows = await q
    .select({ n: nominees, unitId: proposals.orgId, unitName: organisations.name, cccd: people.cccd })
    .from(nominees)
    .innerJoin(proposals, and(eq(proposals.tenantId, nominees.tenantId), eq(proposals.id, nominees.proposalId)))
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, proposals.tenantId), eq(organisations.id, proposals.orgId)),
    )
    .leftJoin(people, and(eq(people.tenantId, nominees.tenantId), eq(people.id, nominees.personId)))
    .where(and(...conds));
  const rules = await rulesOn(q, tenantId, date);
  return rows.map(({ n, unitId, unitName, cccd }) => {
    const info = awardInfo(rules, n.awardCode);
    return {
      id: n.id,
      proposalId: n.proposalId,
      unitId,
      unitName,
      subjectKind: n.subjectKind,
      subjectKey: n.subjectKey,
      personId: n.personId,
      orgId: n.orgId,
      householdId: n.householdId,
      displayName: n.displayName,
      sortKey: n.sortKey,
      positionText: n.positionText,
      awardCode: n.awardCode,
      awardName: info.name,
      category: info.category,
      period: n.period,
      track: n.track,
      status: n.status,
      achievement: n.achievement,
      verdictEligible: n.verdictEligible,
      verdict: n.verdict,
      amount: n.amount,
      cccd,
    };
  });
}

/** Order of a decision's list: by award (in the round's order), then by name. */
function orderForDecision(rows: NomineeView[], awardOrder: readonly string[]): NomineeView[] {
  const collator = new Intl.Collator('vi');
  const rank = (c: string) => {
    const i = awardOrder.indexOf(c);
    return i < 0 ? awardOrder.length : i;
  };
  return [...rows].sort(
    (a, b) =>
      rank(a.awardCode) - rank(b.awardCode) ||
      a.awardCode.localeCompare(b.awardCode) ||
      (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : collator.compare(a.displayName, b.displayName)),
  );
}

/** Nominees already on a draft or signed decision: decisionId by nomineeId. */
async function nomineesInDecisions(q: Q, tenantId: string, roundId: string, exceptDecisionId?: string) {
  const rows = await q
    .select({ nomineeId: decisionItems.nomineeId, decisionId: decisions.id, status: decisions.status })
    .from(decisionItems)
    .innerJoin(
      decisions,
      and(eq(decisions.tenantId, decisionItems.tenantId), eq(decisions.id, decisionItems.decisionId)),
    )
    .where(
      and(
        eq(decisions.tenantId, tenantId),
        eq(decisions.roundId, roundId),
        inArray(decisions.status, ['draft', 'signed']),
        exceptDecisionId ? ne(decisions.id, exceptDecisionId) : undefined,
      ),
    );
  return new Map(rows.map((r) => [r.nomineeId, { decisionId: r.decisionId, status: r.status }]));
}

/** The users who may sign on the organisation, with their position (for the signature lines). */
async function signersOf(q: Q, tenantId: string, orgId: string) {
  const chain = await orgChain(q, tenantId, orgId);
  const ids = await usersWithPermission(q, tenantId, 'decision.sign', chain);
  if (!ids.length) return [];
  const rows = await q
    .select({ id: users.id, fullName: users.fullName, username: users.username, position: people.position })
    .from(users)
    .leftJoin(people, and(eq(people.tenantId, users.tenantId), eq(people.id, users.personId)))
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, ids), eq(users.active, true)));
  const org = await loadOrg(q, tenantId, orgId);
  const communeLevel = ['commune', 'ward', 'special_zone'].includes(org.type);
  return rows
    .map((r) => ({ ...r, lines: signerLinesFor(r.position, communeLevel) }))
    .sort((a, b) => a.lines.length - b.lines.length || new Intl.Collator('vi').compare(a.fullName, b.fullName));
}

// ─── notices, meetings ───

interface NoticeState {
  ok: boolean;
  message: string | null;
}

/** Whether each nominee may be decided on `date`: a notice of its meeting has ended, no open complaint. */
async function noticeStates(
  q: Q,
  tenantId: string,
  roundKind: string,
  nomineeIds: string[],
  date: string,
): Promise<Map<string, NoticeState>> {
  const out = new Map<string, NoticeState>();
  if (!nomineeIds.length) return out;
  const items = await q
    .select({ nomineeId: meetingItems.nomineeId, meetingId: meetingItems.meetingId })
    .from(meetingItems)
    .where(
      and(
        eq(meetingItems.tenantId, tenantId),
        inArray(meetingItems.nomineeId, nomineeIds),
        eq(meetingItems.passed, true),
      ),
    );
  const meetingIds = [...new Set(items.map((i) => i.meetingId))];
  const ns = meetingIds.length
    ? await q
        .select()
        .from(notices)
        .where(and(eq(notices.tenantId, tenantId), inArray(notices.meetingId, meetingIds)))
    : [];
  const complaints = await q
    .select({ nomineeId: noticeFeedback.nomineeId, code: noticeFeedback.trackingCode })
    .from(noticeFeedback)
    .where(
      and(
        eq(noticeFeedback.tenantId, tenantId),
        inArray(noticeFeedback.nomineeId, nomineeIds),
        eq(noticeFeedback.kind, 'complaint'),
        eq(noticeFeedback.status, 'open'),
      ),
    );
  const noticeFree = roundKind === 'simplified' || roundKind === 'ad_hoc';
  for (const id of nomineeIds) {
    const open = complaints.find((c) => c.nomineeId === id);
    if (open) {
      out.set(id, { ok: false, message: `đang có phản ánh, khiếu nại chưa giải quyết (mã ${open.code})` });
      continue;
    }
    const mine = items.filter((i) => i.nomineeId === id).map((i) => i.meetingId);
    const mineNotices = ns.filter((n) => mine.includes(n.meetingId));
    if (!mineNotices.length) {
      out.set(
        id,
        noticeFree
          ? { ok: true, message: null }
          : { ok: false, message: 'danh sách Hội đồng thông qua chưa được công khai' },
      );
      continue;
    }
    const running = mineNotices.filter((n) => n.endsOn >= date).sort((a, b) => (a.endsOn < b.endsOn ? 1 : -1))[0];
    out.set(
      id,
      running
        ? { ok: false, message: `danh sách đang công khai đến hết ngày ${formatDateVN(running.endsOn)}` }
        : { ok: true, message: null },
    );
  }
  return out;
}

/** The latest closed meeting that passed any of the nominees (its minutes are cited). */
async function passingMeeting(q: Q, tenantId: string, nomineeIds: string[]) {
  if (!nomineeIds.length) return null;
  const [m] = await q
    .select({ id: meetings.id, heldOn: meetings.heldOn })
    .from(meetings)
    .innerJoin(meetingItems, and(eq(meetingItems.tenantId, meetings.tenantId), eq(meetingItems.meetingId, meetings.id)))
    .where(
      and(eq(meetings.tenantId, tenantId), inArray(meetingItems.nomineeId, nomineeIds), eq(meetingItems.passed, true)),
    )
    .orderBy(desc(meetings.heldOn))
    .limit(1);
  return m ?? null;
}

// ─── presenting (the lists are in lists.ts) ───

export const presentDecision = (d: DecisionRow) => ({
  id: d.id,
  roundId: d.roundId,
  orgId: d.orgId,
  external: d.external,
  status: d.status,
  symbol: d.symbol,
  number: d.number,
  numberText: d.numberText,
  year: d.year,
  decisionDate: d.decisionDate,
  issuer: d.issuer,
  signerUserId: d.signerUserId,
  signerName: d.signerName,
  signerTitle: d.signerTitle,
  content: asContent(d),
  totalAmount: d.totalAmount,
  createdAt: d.createdAt.toISOString(),
  signedAt: d.signedAt?.toISOString() ?? null,
  revokedOn: d.revokedOn,
  revokeReason: d.revokeReason,
});

/** The round's decision page: what can be decided here, what goes up, the decisions, the signers. */
export async function roundDecisionView(ctx: Ctx, roundId: string) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  const held = await requireOneOf(ctx, round.orgId, ['round.manage', 'decision.sign']);
  const org = await loadOrg(ctx.db, t, round.orgId);
  const date = round.decisionBy > today(ctx) ? round.decisionBy : today(ctx);
  const list = await roundNominees(
    ctx.db,
    t,
    roundId,
    ['passed', 'withheld', 'sent_up', 'awarded', 'revoked'],
    undefined,
    date,
  );
  const inDec = await nomineesInDecisions(ctx.db, t, roundId);
  const states = await noticeStates(
    ctx.db,
    t,
    round.kind,
    list.filter((n) => n.status === 'passed').map((n) => n.id),
    date,
  );
  const decs = await ctx.db
    .select()
    .from(decisions)
    .where(and(eq(decisions.tenantId, t), eq(decisions.roundId, roundId)))
    .orderBy(asc(decisions.createdAt));
  const meetingRows = await ctx.db
    .select({ id: meetings.id, heldOn: meetings.heldOn, place: meetings.place, status: meetings.status })
    .from(meetings)
    .where(and(eq(meetings.tenantId, t), eq(meetings.roundId, roundId)))
    .orderBy(asc(meetings.heldOn));
  return {
    round: {
      id: round.id,
      name: round.name,
      kind: round.kind,
      period: round.period,
      status: round.status,
      decisionBy: round.decisionBy,
      orgId: round.orgId,
      orgName: org.name,
      orgType: org.type,
    },
    canManage: held.has('round.manage'),
    canSign: held.has('decision.sign'),
    nominees: orderForDecision(list, round.awardCodes).map((n) => ({
      id: n.id,
      displayName: n.displayName,
      positionText: n.positionText,
      unitName: n.unitName,
      awardCode: n.awardCode,
      awardName: n.awardName,
      period: n.period,
      status: n.status,
      decidesHere: decidesItself(org.type as OrgType, n.awardCode),
      decisionId: inDec.get(n.id)?.decisionId ?? null,
      notice: states.get(n.id) ?? null,
    })),
    decisions: decs.map((d) => ({ ...presentDecision(d), itemCount: 0 })),
    meetings: meetingRows,
    signers: (await signersOf(ctx.db, t, round.orgId)).map((s) => ({
      id: s.id,
      fullName: s.fullName,
      position: s.position,
      lines: s.lines,
    })),
  };
}

// ─── drafting ───

async function writeItems(tx: Tx, tenantId: string, decisionId: string, ordered: NomineeView[], date: string) {
  const prices = await priceNominees(tx, tenantId, date, ordered, decisionId);
  await tx
    .delete(decisionItems)
    .where(and(eq(decisionItems.tenantId, tenantId), eq(decisionItems.decisionId, decisionId)));
  let total = 0;
  if (ordered.length) {
    await tx.insert(decisionItems).values(
      ordered.map((n, i) => {
        const p = prices.get(n.id)!;
        total += p.payable ?? 0;
        return {
          tenantId,
          decisionId,
          nomineeId: n.id,
          ordinal: i + 1,
          amount: p.amount,
          payable: p.payable,
          payNote: p.payNote,
        };
      }),
    );
  }
  return { total, prices };
}

async function validateSigner(q: Q, tenantId: string, orgId: string, signerUserId: string | null | undefined) {
  if (!signerUserId) return null;
  const s = (await signersOf(q, tenantId, orgId)).find((x) => x.id === signerUserId);
  if (!s)
    throw invalid([
      {
        field: 'signerUserId',
        label: 'Người ký',
        message: 'Người được chọn không có thẩm quyền ký quyết định của cơ quan này.',
      },
    ]);
  return s;
}

export async function draftDecision(ctx: Ctx, roundId: string, body: z.output<typeof DraftBody>) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOneOf(ctx, round.orgId, ['round.manage']);
  const org = await loadOrg(ctx.db, t, round.orgId);
  const plannedDate = body.plannedDate ?? (round.decisionBy > today(ctx) ? round.decisionBy : today(ctx));
  const passed = await roundNominees(ctx.db, t, roundId, ['passed', 'withheld'], undefined, plannedDate);
  const inDec = await nomineesInDecisions(ctx.db, t, roundId);
  const decidable = passed.filter(
    (n) => n.status === 'passed' && decidesItself(org.type as OrgType, n.awardCode) && !inDec.has(n.id),
  );
  let chosen: NomineeView[];
  if (body.nomineeIds) {
    const problems = body.nomineeIds
      .map((id, i) => {
        const n = passed.find((x) => x.id === id);
        if (!n) return { i, m: 'không phải người (tập thể) được Hội đồng thông qua trong đợt này' };
        if (n.status === 'withheld') return { i, m: `${n.displayName} đang bị tạm dừng xét do có phản ánh, khiếu nại` };
        if (!decidesItself(org.type as OrgType, n.awardCode))
          return { i, m: `${n.awardName} của ${n.displayName} thuộc thẩm quyền cấp trên (trình khen cao)` };
        if (inDec.has(n.id)) return { i, m: `${n.displayName} đã có trong một quyết định khác` };
        return null;
      })
      .filter((x) => x !== null);
    if (problems.length)
      throw invalid(
        problems.map((p) => ({ field: `nomineeIds.${p.i}`, label: 'Người được khen thưởng', message: p.m })),
      );
    chosen = decidable.filter((n) => body.nomineeIds!.includes(n.id));
  } else chosen = decidable;
  if (!chosen.length)
    throw refuse(
      'DECISION_NOTHING_TO_DRAFT',
      'Không còn cá nhân, tập thể nào được Hội đồng thông qua thuộc thẩm quyền quyết định của cơ quan này để lập quyết định.',
    );
  const ordered = orderForDecision(chosen, round.awardCodes);

  const signers = await signersOf(ctx.db, t, round.orgId);
  const signer =
    body.signerUserId !== undefined
      ? await validateSigner(ctx.db, t, round.orgId, body.signerUserId)
      : (signers[0] ?? null);
  const parent = org.parentId ? await loadOrg(ctx.db, t, org.parentId) : null;
  const meeting = await passingMeeting(
    ctx.db,
    t,
    ordered.map((n) => n.id),
  );
  const units = [...new Map(ordered.map((n) => [n.unitId, n.unitName])).values()];
  const [office] = await ctx.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, t),
        eq(organisations.parentId, org.id),
        sql`${organisations.name} like 'Phòng Văn hóa%'`,
      ),
    )
    .limit(1);
  // The tenant's own provincial decisions that confirmed procedure parameters are bases too.
  const confirmed = await ctx.db
    .selectDistinct({ citation: ruleOverrides.citation })
    .from(ruleOverrides)
    .where(
      and(
        eq(ruleOverrides.tenantId, t),
        sql`${ruleOverrides.key} like 'procedure.%'`,
        sql`${ruleOverrides.citation} is not null and ${ruleOverrides.citation} <> ''`,
        sql`${ruleOverrides.effectiveFrom} <= ${plannedDate}`,
        sql`(${ruleOverrides.effectiveTo} is null or ${ruleOverrides.effectiveTo} >= ${plannedDate})`,
      ),
    );
  const content = defaultContent({
    provincialBases: confirmed.map((c) => c.citation!).sort(),
    org: { name: org.name, type: org.type as OrgType },
    parentName: parent?.name ?? null,
    period: round.period,
    plannedDate,
    meetingDate: meeting?.heldOn ?? null,
    proposingUnits: units,
    awardCodes: ordered.map((n) => n.awardCode),
    officeUnit: office?.name ?? null,
    signerPosition: signer?.position ?? null,
  });
  const id = crypto.randomUUID();
  const symbol = body.symbol ?? 'QĐ-UBND';
  return ctx.db.transaction(async (tx) => {
    await tx.insert(decisions).values({
      tenantId: t,
      id,
      roundId,
      orgId: round.orgId,
      external: false,
      status: 'draft',
      symbol,
      issuer: issuerOf({ name: org.name, type: org.type as OrgType }),
      signerUserId: signer?.id ?? null,
      signerName: signer?.fullName ?? null,
      signerTitle: content.signerLines.join('\n'),
      content,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    const { total } = await writeItems(tx, t, id, ordered, plannedDate);
    await tx
      .update(decisions)
      .set({ totalAmount: total })
      .where(and(eq(decisions.tenantId, t), eq(decisions.id, id)));
    await recordAudit(tx, ctx, {
      action: 'decision.draft',
      entityType: 'decision',
      entityId: id,
      orgId: round.orgId,
      summary: `Lập dự thảo quyết định khen thưởng (${ordered.length} người, tập thể) của đợt "${round.name}"`,
      after: { symbol, plannedDate, nominees: ordered.map((n) => n.id), total },
    });
    return { id };
  });
}

async function itemsOf(q: Q, tenantId: string, decisionId: string) {
  return q
    .select()
    .from(decisionItems)
    .where(and(eq(decisionItems.tenantId, tenantId), eq(decisionItems.decisionId, decisionId)))
    .orderBy(asc(decisionItems.ordinal));
}

const frozen = (d: DecisionRow) =>
  refuse(
    'DECISION_NOT_DRAFT',
    d.status === 'signed'
      ? `Quyết định ${d.numberText ?? ''} đã ký ban hành: không thể sửa.`
      : d.status === 'revoked'
        ? 'Quyết định đã bị hủy bỏ: không thể sửa.'
        : 'Không thể sửa quyết định này.',
  );

export async function updateDecision(ctx: Ctx, id: string, body: z.output<typeof UpdateBody>) {
  const t = ctx.actor.tenantId;
  const d0 = await loadDecision(ctx.db, t, id);
  await requireOneOf(ctx, d0.orgId, ['round.manage']);
  if (d0.status !== 'draft' || d0.external) throw frozen(d0);
  const round = await loadRound(ctx.db, t, d0.roundId);
  const org = await loadOrg(ctx.db, t, d0.orgId);
  const signer =
    body.signerUserId !== undefined ? await validateSigner(ctx.db, t, d0.orgId, body.signerUserId) : undefined;
  return ctx.db.transaction(async (tx) => {
    const [d] = await tx
      .select()
      .from(decisions)
      .where(and(eq(decisions.tenantId, t), eq(decisions.id, id)))
      .for('update');
    if (d.status !== 'draft') throw frozen(d);
    const before = asContent(d);
    const { symbol, signerUserId: _s, nomineeIds, ...texts } = body;
    const content: DecisionContent = {
      ...before,
      ...Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== undefined)),
      submittedAt: null,
      submittedBy: null,
    };
    if (signer && !body.signerLines)
      content.signerLines = signerLinesFor(signer.position, ['commune', 'ward', 'special_zone'].includes(org.type));
    const current = await itemsOf(tx, t, id);
    let keep = current.map((i) => i.nomineeId);
    if (nomineeIds) {
      const inDec = await nomineesInDecisions(tx, t, d.roundId, id);
      const rows = await roundNominees(tx, t, d.roundId, ['passed'], nomineeIds, content.plannedDate);
      const problems = nomineeIds
        .map((nid, i) => {
          const n = rows.find((x) => x.id === nid);
          if (!n) return { i, m: 'không còn ở trạng thái Hội đồng thông qua (có thể đang bị tạm dừng do khiếu nại)' };
          if (!decidesItself(org.type as OrgType, n.awardCode))
            return { i, m: `${n.awardName} thuộc thẩm quyền cấp trên` };
          if (inDec.has(nid)) return { i, m: `${n.displayName} đã có trong một quyết định khác` };
          return null;
        })
        .filter((x) => x !== null);
      if (problems.length)
        throw invalid(
          problems.map((p) => ({ field: `nomineeIds.${p.i}`, label: 'Người được khen thưởng', message: p.m })),
        );
      keep = nomineeIds;
    }
    const rows = orderForDecision(
      await roundNominees(tx, t, d.roundId, undefined, keep, content.plannedDate),
      round.awardCodes,
    );
    // Điều 1's words follow the awards unless the officer wrote their own.
    if (texts.achievement === undefined && isAutoAchievement(content.achievement, round.period))
      content.achievement = achievementOf(
        rows.map((n) => n.awardCode),
        round.period,
      );
    const { total } = await writeItems(tx, t, id, rows, content.plannedDate);
    const patch = {
      content,
      symbol: symbol ?? d.symbol,
      totalAmount: total,
      signerTitle: content.signerLines.join('\n'),
      ...(signer !== undefined ? { signerUserId: signer?.id ?? null, signerName: signer?.fullName ?? null } : {}),
    };
    await tx
      .update(decisions)
      .set(patch)
      .where(and(eq(decisions.tenantId, t), eq(decisions.id, id)));
    await recordAudit(tx, ctx, {
      action: 'decision.update',
      entityType: 'decision',
      entityId: id,
      orgId: d.orgId,
      summary: `Sửa dự thảo quyết định khen thưởng của đợt "${round.name}"`,
      before: { symbol: d.symbol, content: before, signer: d.signerUserId, nominees: current.map((i) => i.nomineeId) },
      after: { symbol: patch.symbol, content, signer: patch.signerUserId ?? d.signerUserId, nominees: keep },
    });
    return { id };
  });
}

/** The office sends the draft to the signer. */
export async function submitDecision(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const d0 = await loadDecision(ctx.db, t, id);
  await requireOneOf(ctx, d0.orgId, ['round.manage']);
  if (d0.status !== 'draft') throw frozen(d0);
  if (!d0.signerUserId)
    throw invalid([{ field: 'signerUserId', label: 'Người ký', message: 'Chọn người ký trước khi trình ký.' }]);
  const round = await loadRound(ctx.db, t, d0.roundId);
  return ctx.db.transaction(async (tx) => {
    const [d] = await tx
      .select()
      .from(decisions)
      .where(and(eq(decisions.tenantId, t), eq(decisions.id, id)))
      .for('update');
    if (d.status !== 'draft') throw frozen(d);
    const content: DecisionContent = {
      ...asContent(d),
      submittedAt: ctx.now.toISOString(),
      submittedBy: ctx.actor.userId,
    };
    await tx
      .update(decisions)
      .set({ content })
      .where(and(eq(decisions.tenantId, t), eq(decisions.id, id)));
    await recordAudit(tx, ctx, {
      action: 'decision.submit',
      entityType: 'decision',
      entityId: id,
      orgId: d.orgId,
      summary: `Trình ký quyết định khen thưởng của đợt "${round.name}" (${d.signerName})`,
    });
    await notify(
      tx,
      t,
      [d.signerUserId!],
      {
        kind: 'decision.submitted',
        title: 'Quyết định khen thưởng chờ ký',
        body: `Đợt "${round.name}": ${formatMoneyVN(d.totalAmount)} tiền thưởng.`,
        link: `/quyet-dinh/${id}`,
      },
      ctx.now,
    );
    return { id, submittedAt: content.submittedAt ?? null };
  });
}

/** Drafts sent to the actor (or to any signer of an organisation the actor signs for). */
export async function getDecision(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const d = await loadDecision(ctx.db, t, id);
  const held = await requireOneOf(ctx, d.orgId, ['round.manage', 'decision.sign']);
  const round = await loadRound(ctx.db, t, d.roundId);
  const org = await loadOrg(ctx.db, t, d.orgId);
  const items = await itemsOf(ctx.db, t, id);
  const date = d.decisionDate ?? asContent(d).plannedDate ?? today(ctx);
  const ns = new Map(
    (
      await roundNominees(
        ctx.db,
        t,
        d.roundId,
        undefined,
        items.map((i) => i.nomineeId),
        date,
      )
    ).map((n) => [n.id, n]),
  );
  const states =
    d.status === 'draft'
      ? await noticeStates(
          ctx.db,
          t,
          round.kind,
          items.map((i) => i.nomineeId),
          asContent(d).fixDate ? asContent(d).plannedDate : today(ctx),
        )
      : new Map<string, NoticeState>();
  const mine = !d.signerUserId || d.signerUserId === ctx.actor.userId;
  return {
    decision: presentDecision(d),
    round: { id: round.id, name: round.name, period: round.period, kind: round.kind },
    org: { id: org.id, name: org.name, type: org.type },
    canEdit: held.has('round.manage') && d.status === 'draft' && !d.external,
    canSign: held.has('decision.sign') && d.status === 'draft' && !d.external && mine,
    canRevoke: d.status === 'signed' && (held.has('decision.sign') || held.has('round.manage')),
    items: items.map((i) => {
      const n = ns.get(i.nomineeId)!;
      return {
        nomineeId: i.nomineeId,
        ordinal: i.ordinal,
        displayName: n.displayName,
        positionText: n.positionText,
        unitName: n.unitName,
        awardCode: n.awardCode,
        awardName: n.awardName,
        category: n.category,
        period: n.period,
        status: n.status,
        amount: i.amount,
        payable: i.payable,
        payNote: i.payNote,
        recoverAmount: i.recoverAmount,
        awardRecordId: i.awardRecordId,
        notice: states.get(i.nomineeId) ?? null,
      };
    }),
    recovery: d.status === 'revoked' ? { total: items.reduce((s, i) => s + (i.recoverAmount ?? 0), 0) } : null,
  };
}

// ─── register and signing ───

/**
 * A round whose submissions are closed finishes when its decisions are issued: every nominee
 * in the pipeline decided (awarded, failed, rejected, sent up) and no draft decision left.
 */
export async function finishRoundIfSettled(tx: Tx, ctx: Ctx, roundId: string) {
  const t = ctx.actor.tenantId;
  const [r] = await tx
    .select()
    .from(rounds)
    .where(and(eq(rounds.tenantId, t), eq(rounds.id, roundId)))
    .for('update');
  if (r?.status !== 'closed') return;
  const ns = await tx
    .select({ status: nominees.status })
    .from(nominees)
    .where(and(eq(nominees.tenantId, t), eq(nominees.roundId, roundId)));
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(decisions)
    .where(and(eq(decisions.tenantId, t), eq(decisions.roundId, roundId), eq(decisions.status, 'draft')));
  if (!isSettled({ nomineeStatuses: ns.map((x) => x.status as NomineeStatus), draftDecisions: Number(n) })) return;
  await tx
    .update(rounds)
    .set({ status: 'finished', updatedAt: ctx.now })
    .where(and(eq(rounds.tenantId, t), eq(rounds.id, roundId)));
  await recordAudit(tx, ctx, {
    action: 'round.finish',
    entityType: 'round',
    entityId: roundId,
    orgId: r.orgId,
    summary: `Kết thúc đợt "${r.name}": các quyết định khen thưởng đã được ban hành`,
    before: { status: r.status },
    after: { status: 'finished' },
  });
}

/**
 * The highest number (symbol, year) the body already used outside this register: its award
 * history (imported or seeded records under its issuer, e.g. '540/QĐ-UBND') and its own decisions.
 * The register never gives a number at or below it, so the system continues the body's real book.
 */
export async function registerFloor(
  q: Db | Tx,
  tenantId: string,
  orgId: string,
  issuer: string | null,
  symbol: string,
  year: number,
): Promise<number> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const suffix = `/${symbol}`;
  const [h] = issuer
    ? await q
        .select({ n: sql<number | null>`max(cast(split_part(${awardRecords.decisionNo}, '/', 1) as integer))` })
        .from(awardRecords)
        .where(
          and(
            eq(awardRecords.tenantId, tenantId),
            eq(awardRecords.issuer, issuer),
            sql`${awardRecords.decisionNo} ~ '^[0-9]{1,9}/'`,
            sql`substr(${awardRecords.decisionNo}, length(${awardRecords.decisionNo}) - ${suffix.length - 1}) = ${suffix}`,
            sql`${awardRecords.decisionDate} between ${from} and ${to}`,
          ),
        )
    : [{ n: null }];
  const [d] = await q
    .select({ n: sql<number | null>`max(${decisions.number})` })
    .from(decisions)
    .where(
      and(
        eq(decisions.tenantId, tenantId),
        eq(decisions.orgId, orgId),
        eq(decisions.symbol, symbol),
        eq(decisions.year, year),
      ),
    );
  return Math.max(Number(h?.n ?? 0), Number(d?.n ?? 0));
}

/**
 * The next number of the register (org, symbol, year), inside the caller's transaction. The row
 * starts after the body's history (`registerFloor`) and is moved under its row lock, so concurrent
 * signers queue and no number is given twice; a rolled-back signing gives its number back. The
 * văn thư may enter the number of the body's paper register instead (`requested`): it must come
 * after the last one used.
 */
export async function allocateNumber(
  tx: Tx,
  tenantId: string,
  orgId: string,
  symbol: string,
  year: number,
  o: { issuer?: string | null; requested?: number } = {},
): Promise<number> {
  const floor = await registerFloor(tx, tenantId, orgId, o.issuer ?? null, symbol, year);
  await tx.insert(docRegisters).values({ tenantId, orgId, symbol, year, lastNumber: floor }).onConflictDoNothing();
  const key = and(
    eq(docRegisters.tenantId, tenantId),
    eq(docRegisters.orgId, orgId),
    eq(docRegisters.symbol, symbol),
    eq(docRegisters.year, year),
  );
  const [row] = await tx.select({ n: docRegisters.lastNumber }).from(docRegisters).where(key).for('update');
  const last = Math.max(row.n, floor);
  const next = o.requested ?? last + 1;
  if (o.requested !== undefined && o.requested <= last) {
    throw invalid([
      {
        field: 'number',
        label: 'Số quyết định',
        message: `Số ${o.requested} đã được dùng trong sổ ${symbol} năm ${year} (số cuối cùng là ${last}); số tiếp theo là ${last + 1}.`,
      },
    ]);
  }
  await tx.update(docRegisters).set({ lastNumber: next }).where(key);
  return next;
}

/** The number the register would give next (shown to the văn thư and the signer before signing). */
export async function nextNumberOf(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const d = await loadDecision(ctx.db, t, id);
  await requireOneOf(ctx, d.orgId, ['decision.sign', 'round.manage']);
  const content = asContent(d);
  const year = Number((content.fixDate ? content.plannedDate : today(ctx)).slice(0, 4));
  const floor = await registerFloor(ctx.db, t, d.orgId, d.issuer, d.symbol, year);
  const [row] = await ctx.db
    .select({ n: docRegisters.lastNumber })
    .from(docRegisters)
    .where(
      and(
        eq(docRegisters.tenantId, t),
        eq(docRegisters.orgId, d.orgId),
        eq(docRegisters.symbol, d.symbol),
        eq(docRegisters.year, year),
      ),
    );
  const last = Math.max(row?.n ?? 0, floor);
  return { symbol: d.symbol, year, last, next: last + 1, nextText: numberTextOf(last + 1, d.symbol) };
}

/**
 * The văn thư sets where the register continues (the body's paper book moved on with other
 * decisions): the next number for (body, symbol, year). It can only move forward.
 */
export async function setRegisterNext(
  ctx: Ctx,
  body: { orgId: string; symbol: string; year: number; nextNumber: number; reason: string },
) {
  const t = ctx.actor.tenantId;
  await requireOneOf(ctx, body.orgId, ['decision.sign', 'round.manage']);
  const org = await loadOrg(ctx.db, t, body.orgId);
  return ctx.db.transaction(async (tx) => {
    const floor = await registerFloor(
      tx,
      t,
      body.orgId,
      issuerOf({ name: org.name, type: org.type as OrgType }),
      body.symbol,
      body.year,
    );
    await tx
      .insert(docRegisters)
      .values({ tenantId: t, orgId: body.orgId, symbol: body.symbol, year: body.year, lastNumber: floor })
      .onConflictDoNothing();
    const key = and(
      eq(docRegisters.tenantId, t),
      eq(docRegisters.orgId, body.orgId),
      eq(docRegisters.symbol, body.symbol),
      eq(docRegisters.year, body.year),
    );
    const [row] = await tx.select({ n: docRegisters.lastNumber }).from(docRegisters).where(key).for('update');
    const last = Math.max(row.n, floor);
    if (body.nextNumber <= last) {
      throw invalid([
        {
          field: 'nextNumber',
          label: 'Số tiếp theo',
          message: `Sổ ${body.symbol} năm ${body.year} đã dùng đến số ${last}: số tiếp theo phải từ ${last + 1} trở lên.`,
        },
      ]);
    }
    await tx
      .update(docRegisters)
      .set({ lastNumber: body.nextNumber - 1 })
      .where(key);
    await recordAudit(tx, ctx, {
      action: 'register.set_next',
      entityType: 'doc_register',
      entityId: `${body.orgId}|${body.symbol}|${body.year}`,
      orgId: body.orgId,
      summary: `Sổ ${body.symbol} năm ${body.year} của ${org.name}: số tiếp theo là ${body.nextNumber}`,
      before: { last },
      after: { next: body.nextNumber },
      reason: body.reason,
    });
    return {
      symbol: body.symbol,
      year: body.year,
      last: body.nextNumber - 1,
      next: body.nextNumber,
      nextText: numberTextOf(body.nextNumber, body.symbol),
    };
  });
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Refuses to grant a line whose verdict counts a lower title neither granted before nor in this decision. */
async function requireConditionsMet(q: Q, tenantId: string, ns: NomineeView[]) {
  const lines = ns.map((n) => ({
    key: n.id,
    name: n.displayName,
    subjectKey: n.subjectKey,
    award: n.awardCode,
    period: n.period,
    conditions: (n.verdict as { conditions?: VerdictCondition[] } | null)?.conditions,
  }));
  if (!lines.some((l) => l.conditions?.length)) return;
  const held = await q
    .select({
      personId: awardRecords.personId,
      orgId: awardRecords.orgId,
      householdId: awardRecords.householdId,
      award: awardRecords.awardCode,
      period: awardRecords.period,
    })
    .from(awardRecords)
    .where(
      and(
        eq(awardRecords.tenantId, tenantId),
        isNull(awardRecords.revokedOn),
        inArray(awardRecords.awardCode, [...new Set(lines.flatMap((l) => (l.conditions ?? []).map((c) => c.award)))]),
        or(
          inArray(awardRecords.personId, [
            ...new Set(ns.map((n) => n.personId).filter((x): x is string => !!x)),
            NO_ID,
          ]),
          inArray(awardRecords.orgId, [...new Set(ns.map((n) => n.orgId).filter((x): x is string => !!x)), NO_ID]),
        ),
      ),
    );
  const subjectKeyOf = (r: (typeof held)[number]) =>
    r.personId ? `person:${r.personId}` : r.orgId ? `org:${r.orgId}` : `household:${r.householdId}`;
  const unmet = unmetConditions(
    lines,
    held.map((r) => ({ subjectKey: subjectKeyOf(r), award: r.award, period: r.period })),
  );
  if (unmet.length) {
    throw refuse(
      'DECISION_CONDITION_UNMET',
      `Không thể ký: ${unmet.map((u) => `${u.name} chỉ đủ điều kiện khi ${u.missing.map((c) => c.text).join(', ')}`).join('; ')}. Hãy đưa danh hiệu đó vào cùng quyết định hoặc ký quyết định tặng danh hiệu đó trước.`,
    );
  }
}

/**
 * Refuses a collective title accepted on its members' titles proposed in the same round (Tập thể
 * LĐTT: 70% of members LĐTT, Law Art. 28) unless the member criteria hold on the members' titles
 * decided before this decision plus those this decision grants.
 */
async function requireMembersMet(q: Q, tenantId: string, ns: NomineeView[], decisionDate: string) {
  const lines = ns.filter(
    (n) =>
      n.orgId &&
      ((n.verdict as { conditions?: VerdictCondition[] } | null)?.conditions ?? []).some((c) => c.kind === 'members'),
  );
  if (!lines.length) return;
  const rules = await rulesOn(q, tenantId, decisionDate);
  const problems: string[] = [];
  for (const n of lines) {
    const granted = ns
      .filter((x) => x.personId && x.period === n.period && (x.awardCode === 'LDTT' || x.awardCode === 'CSTD_CS'))
      .map((x) => ({ personId: x.personId!, award: x.awardCode }));
    const members = await computeMembers(q, tenantId, n.orgId!, n.period, { granted });
    const short = memberTitleShortfalls(
      rules,
      { award: n.awardCode, period: n.period, decisionDate, subjectKind: n.subjectKind },
      members,
      { moneyInWords },
    );
    if (short.length)
      problems.push(
        `${n.displayName} (${n.awardName}): ${short.map((c) => c.message).join('; ')}, kể cả các thành viên được tặng trong quyết định này`,
      );
  }
  if (problems.length) {
    throw refuse(
      'DECISION_MEMBERS_UNMET',
      `Không thể ký: ${problems.join('; ')}. Hãy đưa danh hiệu của các thành viên được đề nghị cùng đợt vào cùng quyết định hoặc ký quyết định tặng các danh hiệu đó trước.`,
    );
  }
}

/**
 * Refuses to grant an award its subject already holds for the same achievement: the same award for
 * the same period, or a title of overlapping periods of the other kind (Law 06/2022 Art. 5.2.c),
 * against the records on file and the other lines of the decision.
 */
async function requireNoRepeatedAchievement(q: Q, tenantId: string, ns: NomineeView[], decisionDate: string) {
  const ids = (pick: (n: NomineeView) => string | null) => [
    ...new Set(ns.map(pick).filter((x): x is string => !!x)),
    NO_ID,
  ];
  const held = await q
    .select({ r: awardRecords })
    .from(awardRecords)
    .where(
      and(
        eq(awardRecords.tenantId, tenantId),
        or(
          inArray(
            awardRecords.personId,
            ids((n) => n.personId),
          ),
          inArray(
            awardRecords.orgId,
            ids((n) => n.orgId),
          ),
          inArray(
            awardRecords.householdId,
            ids((n) => n.householdId),
          ),
        ),
      ),
    );
  const keyOf = (r: { personId: string | null; orgId: string | null; householdId: string | null }) =>
    r.personId ? `person:${r.personId}` : r.orgId ? `org:${r.orgId}` : `household:${r.householdId}`;
  const bySubject = new Map<string, RecordLike[]>();
  for (const { r } of held) bySubject.set(keyOf(r), [...(bySubject.get(keyOf(r)) ?? []), r]);
  const rules = await rulesOn(q, tenantId, decisionDate);
  const problems: string[] = [];
  const lines = new Map<string, NomineeView[]>();
  for (const n of ns) lines.set(keyOf(n), [...(lines.get(keyOf(n)) ?? []), n]);
  for (const [key, mine] of lines) {
    const clash = firstRecordConflict(mine[0].displayName, bySubject.get(key) ?? [], mine, rules);
    if (clash) problems.push(clash.message.replace(/\.$/u, ''));
  }
  if (problems.length)
    throw refuse(
      'DECISION_AWARD_OVERLAP',
      `Không thể ký: ${problems.join('; ')}. Hãy bỏ người (tập thể) đó khỏi dự thảo quyết định.`,
    );
}

export async function signDecision(ctx: Ctx, id: string, opts: { number?: number } = {}) {
  const t = ctx.actor.tenantId;
  const d0 = await loadDecision(ctx.db, t, id);
  await requireOneOf(ctx, d0.orgId, ['decision.sign']);
  if (d0.signerUserId && d0.signerUserId !== ctx.actor.userId)
    throw forbidden(`Quyết định này được trình cho ${d0.signerName ?? 'người khác'} ký.`);
  const round = await loadRound(ctx.db, t, d0.roundId);
  const result = await ctx.db.transaction(async (tx) => {
    const [d] = await tx
      .select()
      .from(decisions)
      .where(and(eq(decisions.tenantId, t), eq(decisions.id, id)))
      .for('update');
    moved(() => decisionMachine.move(d.status as DecisionStatus, 'sign'));
    if (d.external) throw refuse('DECISION_EXTERNAL', 'Quyết định của cấp trên chỉ được ghi nhận, không ký tại đây.');
    const content = asContent(d);
    const decisionDate = content.fixDate ? content.plannedDate : today(ctx);
    if (decisionDate > today(ctx))
      throw refuse(
        'DECISION_DATE_NOT_REACHED',
        `Ngày quyết định ấn định là ${formatDateVN(decisionDate)}: chỉ ký được từ ngày đó.`,
      );
    const items = await itemsOf(tx, t, id);
    if (!items.length) throw refuse('DECISION_EMPTY', 'Quyết định chưa có cá nhân, tập thể nào được khen thưởng.');
    const ns = orderForDecision(
      await roundNominees(
        tx,
        t,
        d.roundId,
        undefined,
        items.map((i) => i.nomineeId),
        decisionDate,
      ),
      round.awardCodes,
    );
    const notPassed = ns.filter((n) => n.status !== 'passed');
    if (notPassed.length) {
      throw refuse(
        'DECISION_NOMINEE_NOT_PASSED',
        `Không thể ký: ${notPassed.map((n) => `${n.displayName} (${n.status === 'withheld' ? 'đang tạm dừng xét do có phản ánh, khiếu nại' : `trạng thái "${nomineeStatusLabel(n.status)}"`})`).join('; ')}. Hãy bỏ khỏi dự thảo hoặc chờ giải quyết xong.`,
      );
    }
    // A title counting a lower title of this round not yet decided (CSTĐ tỉnh on this year's
    // CSTĐCS) is granted only with, or after, that title (domain/eligibility/status.ts).
    await requireConditionsMet(tx, t, ns);
    await requireMembersMet(tx, t, ns, decisionDate);
    await requireNoRepeatedAchievement(tx, t, ns, decisionDate);
    const states = await noticeStates(
      tx,
      t,
      round.kind,
      ns.map((n) => n.id),
      decisionDate,
    );
    const blocked = ns.filter((n) => !states.get(n.id)!.ok);
    if (blocked.length) {
      const first = states.get(blocked[0].id)!.message;
      throw refuse(
        'NOTICE_NOT_ENDED',
        `Chưa thể ký quyết định ngày ${formatDateVN(decisionDate)} cho ${subjectsText(blocked)}: ${blocked.length === 1 ? '' : `ví dụ ${blocked[0].displayName} `}${first}. Quyết định chỉ được ký sau khi hết thời hạn công khai và không còn khiếu nại.`,
      );
    }
    for (const n of ns) moved(() => nomineeMachine.move(n.status, 'award'));
    // Amounts at the real decision date (the base salary in force that day).
    const prices = await priceNominees(tx, t, decisionDate, ns, id);
    const number = await allocateNumber(tx, t, d.orgId, d.symbol, Number(decisionDate.slice(0, 4)), {
      issuer: d.issuer,
      requested: opts.number,
    });
    const numberText = numberTextOf(number, d.symbol);
    const records = ns.map((n) => ({
      tenantId: t,
      id: crypto.randomUUID(),
      subjectKind: n.subjectKind,
      personId: n.personId,
      orgId: n.orgId,
      householdId: n.householdId,
      awardCode: n.awardCode,
      period: n.period,
      track: n.track,
      decisionNo: numberText,
      decisionDate,
      issuer: d.issuer,
      decisionId: id,
      createdAt: ctx.now,
    }));
    await tx.insert(awardRecords).values(records);
    let total = 0;
    for (const [i, n] of ns.entries()) {
      const p = prices.get(n.id)!;
      total += p.payable ?? 0;
      await tx
        .update(decisionItems)
        .set({ ordinal: i + 1, awardRecordId: records[i].id, amount: p.amount, payable: p.payable, payNote: p.payNote })
        .where(and(eq(decisionItems.tenantId, t), eq(decisionItems.decisionId, id), eq(decisionItems.nomineeId, n.id)));
    }
    await tx
      .update(nominees)
      .set({ status: 'awarded', updatedAt: ctx.now })
      .where(
        and(
          eq(nominees.tenantId, t),
          inArray(
            nominees.id,
            ns.map((n) => n.id),
          ),
          eq(nominees.status, 'passed'),
        ),
      );
    for (const n of ns) {
      const p = prices.get(n.id)!;
      await tx
        .update(nominees)
        .set({ amount: p.payable })
        .where(and(eq(nominees.tenantId, t), eq(nominees.id, n.id)));
    }
    await tx
      .update(decisions)
      .set({
        status: 'signed',
        number,
        year: Number(decisionDate.slice(0, 4)),
        numberText,
        decisionDate,
        signedAt: ctx.now,
        totalAmount: total,
        signerUserId: ctx.actor.userId,
        signerName: d.signerName ?? ctx.actor.fullName,
      })
      .where(and(eq(decisions.tenantId, t), eq(decisions.id, id)));
    await recordAudit(tx, ctx, {
      action: 'decision.sign',
      entityType: 'decision',
      entityId: id,
      orgId: d.orgId,
      summary: `Ký ban hành Quyết định số ${numberText} ngày ${formatDateVN(decisionDate)} khen thưởng ${subjectCountText(ns)}, tiền thưởng ${formatMoneyVN(total)}`,
      after: { number, numberText, decisionDate, total, awardRecords: records.map((r) => r.id) },
    });
    const office = await usersWithPermission(tx, t, 'round.manage', await orgChain(tx, t, d.orgId));
    const clerks = await usersWithPermission(tx, t, 'proposal.submit', [...new Set(ns.map((n) => n.unitId))]);
    await notify(
      tx,
      t,
      [...office, ...clerks].filter((u) => u !== ctx.actor.userId),
      {
        kind: 'decision.signed',
        title: `Đã ký Quyết định số ${numberText}`,
        body: `Đợt "${round.name}": ${subjectCountText(ns)} được khen thưởng.`,
        link: `/quyet-dinh/${id}`,
      },
      ctx.now,
    );
    await finishRoundIfSettled(tx, ctx, d.roundId);
    return { id, number, numberText, decisionDate, totalAmount: total };
  });
  return result;
}

const nomineeStatusLabel = (s: NomineeStatus) =>
  ({
    draft: 'Đang soạn',
    submitted: 'Chờ thẩm định',
    accepted: 'Đã thẩm định',
    returned: 'Bị trả lại',
    rejected: 'Không đủ điều kiện',
    passed: 'Hội đồng thông qua',
    failed: 'Hội đồng không thông qua',
    withheld: 'Tạm dừng',
    sent_up: 'Đã trình cấp trên',
    awarded: 'Đã khen thưởng',
    revoked: 'Đã hủy khen thưởng',
  })[s];

// ─── revocation (Law Art. 93) ───

export async function revokeDecision(ctx: Ctx, id: string, body: z.output<typeof RevokeBody>) {
  const t = ctx.actor.tenantId;
  const d0 = await loadDecision(ctx.db, t, id);
  const held = await requireOneOf(
    ctx,
    d0.orgId,
    ['decision.sign', 'round.manage'],
    'Chỉ người có thẩm quyền (hoặc cán bộ thường trực theo ý kiến của người có thẩm quyền) mới được hủy quyết định.',
  );
  if (!held.has('decision.sign') && !body.document) {
    throw invalid([
      {
        field: 'document',
        label: 'Văn bản hủy',
        message: 'Cán bộ thường trực cần ghi số, ngày văn bản của người có thẩm quyền quyết định hủy.',
      },
    ]);
  }
  const revokedOn = body.revokedOn ?? today(ctx);
  return ctx.db.transaction(async (tx) => {
    const [d] = await tx
      .select()
      .from(decisions)
      .where(and(eq(decisions.tenantId, t), eq(decisions.id, id)))
      .for('update');
    moved(() => decisionMachine.move(d.status as DecisionStatus, 'revoke'));
    if (d.decisionDate && revokedOn < d.decisionDate)
      throw invalid([
        {
          field: 'revokedOn',
          label: 'Ngày hủy',
          message: `Ngày hủy không được trước ngày quyết định (${formatDateVN(d.decisionDate)}).`,
        },
      ]);
    const items = await itemsOf(tx, t, id);
    const ns = await tx
      .select()
      .from(nominees)
      .where(
        and(
          eq(nominees.tenantId, t),
          inArray(
            nominees.id,
            items.map((i) => i.nomineeId),
          ),
        ),
      );
    for (const n of ns) moved(() => nomineeMachine.move(n.status, 'revoke'));
    const recordIds = items.map((i) => i.awardRecordId).filter((x): x is string => !!x);
    if (recordIds.length) {
      await tx
        .update(awardRecords)
        .set({ revokedOn, revokeReason: body.reason })
        .where(and(eq(awardRecords.tenantId, t), inArray(awardRecords.id, recordIds)));
    }
    let recover = 0;
    for (const i of items) {
      const r = i.payable ?? 0;
      recover += r;
      await tx
        .update(decisionItems)
        .set({ recoverAmount: r })
        .where(
          and(
            eq(decisionItems.tenantId, t),
            eq(decisionItems.decisionId, id),
            eq(decisionItems.nomineeId, i.nomineeId),
          ),
        );
    }
    await tx
      .update(nominees)
      .set({ status: 'revoked', active: false, updatedAt: ctx.now })
      .where(
        and(
          eq(nominees.tenantId, t),
          inArray(
            nominees.id,
            ns.map((n) => n.id),
          ),
        ),
      );
    // A paid list: the money to recover goes back into the body's fund (features/fund).
    await postRecoveryOnRevoke(tx, ctx, d, recover, revokedOn);
    const content: DecisionContent = { ...asContent(d), revokeDocument: body.document ?? null };
    await tx
      .update(decisions)
      .set({ status: 'revoked', revokedOn, revokeReason: body.reason, content })
      .where(and(eq(decisions.tenantId, t), eq(decisions.id, id)));
    await recordAudit(tx, ctx, {
      action: 'decision.revoke',
      entityType: 'decision',
      entityId: id,
      orgId: d.orgId,
      summary: `Hủy bỏ Quyết định số ${d.numberText ?? ''} (Điều 93 Luật TĐKT): ${items.length} người (tập thể), số tiền phải thu hồi ${formatMoneyVN(recover)}`,
      before: { status: d.status },
      after: { status: 'revoked', revokedOn, recover, document: body.document ?? null },
      reason: body.reason,
    });
    const office = await usersWithPermission(tx, t, 'round.manage', await orgChain(tx, t, d.orgId));
    await notify(
      tx,
      t,
      office.filter((u) => u !== ctx.actor.userId),
      {
        kind: 'decision.revoked',
        title: `Quyết định số ${d.numberText ?? ''} đã bị hủy bỏ`,
        body: `Số tiền phải thu hồi: ${formatMoneyVN(recover)}.`,
        link: `/quyet-dinh/${id}`,
      },
      ctx.now,
    );
    return { id, revokedOn, recoverTotal: recover };
  });
}

// ─── khen cao: sending up and recording the higher decision ───

/** Passed nominees above the body's power, ready to be sent up (or already sent). */
export async function sendUpCandidates(ctx: Ctx, roundId: string, statuses: NomineeStatus[] = ['passed']) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  const org = await loadOrg(ctx.db, t, round.orgId);
  const rows = await roundNominees(ctx.db, t, roundId, statuses, undefined, round.decisionBy);
  return {
    round,
    org,
    rows: orderForDecision(
      rows.filter((n) => !decidesItself(org.type as OrgType, n.awardCode)),
      round.awardCodes,
    ),
  };
}

export async function markSentUp(ctx: Ctx, roundId: string, nomineeIds: string[]) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOneOf(ctx, round.orgId, ['round.manage']);
  const { rows } = await sendUpCandidates(ctx, roundId, ['passed', 'withheld', 'sent_up', 'awarded']);
  const problems = nomineeIds
    .map((id, i) => {
      const n = rows.find((x) => x.id === id);
      if (!n)
        return { i, m: 'không phải người (tập thể) được Hội đồng thông qua với hình thức thuộc thẩm quyền cấp trên' };
      try {
        nomineeMachine.move(n.status, 'sendUp');
      } catch (e) {
        return { i, m: `${n.displayName}: ${(e as Error).message}` };
      }
      return null;
    })
    .filter((x) => x !== null);
  if (problems.length)
    throw invalid(problems.map((p) => ({ field: `nomineeIds.${p.i}`, label: 'Người trình khen cao', message: p.m })));
  // A dossier goes up only once its public notice has ended, with no open complaint (as signing).
  const states = await noticeStates(ctx.db, t, round.kind, nomineeIds, today(ctx));
  const blocked = rows.filter((n) => nomineeIds.includes(n.id) && states.get(n.id)?.ok === false);
  if (blocked.length) {
    throw refuse(
      'SEND_UP_BLOCKED',
      `Chưa thể trình cấp trên ${subjectsText(blocked)}: ${blocked.length === 1 ? '' : `ví dụ ${blocked[0].displayName} `}${states.get(blocked[0].id)!.message}. Hồ sơ chỉ được trình sau khi hết thời hạn công khai và không còn khiếu nại.`,
    );
  }
  return ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(nominees)
      .set({ status: 'sent_up', updatedAt: ctx.now })
      .where(and(eq(nominees.tenantId, t), inArray(nominees.id, nomineeIds), eq(nominees.status, 'passed')))
      .returning({ id: nominees.id });
    if (done.length !== nomineeIds.length)
      throw refuse('NOMINEE_CHANGED', 'Trạng thái của một số người (tập thể) vừa thay đổi. Vui lòng tải lại trang.');
    await recordAudit(tx, ctx, {
      action: 'nominee.send_up',
      entityType: 'round',
      entityId: roundId,
      orgId: round.orgId,
      summary: `Trình cấp trên khen thưởng ${nomineeIds.length} trường hợp của đợt "${round.name}"`,
      after: { nominees: nomineeIds },
    });
    return { count: done.length };
  });
}

export async function recordExternalDecision(ctx: Ctx, roundId: string, body: z.output<typeof ExternalBody>) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOneOf(ctx, round.orgId, ['round.manage']);
  const ids = body.items.map((i) => i.nomineeId);
  if (new Set(ids).size !== ids.length)
    throw invalid([{ field: 'items', label: 'Danh sách', message: 'Một người (tập thể) được chọn hai lần.' }]);
  if (body.decisionDate > today(ctx))
    throw invalid([
      { field: 'decisionDate', label: 'Ngày quyết định', message: 'Ngày quyết định không được sau hôm nay.' },
    ]);
  const symbol = body.numberText.includes('/')
    ? body.numberText.slice(body.numberText.indexOf('/') + 1)
    : body.numberText;
  const id = crypto.randomUUID();
  return ctx.db.transaction(async (tx) => {
    const ns = orderForDecision(
      await roundNominees(tx, t, roundId, undefined, ids, body.decisionDate),
      round.awardCodes,
    );
    const problems = ids
      .map((nid, i) => {
        const n = ns.find((x) => x.id === nid);
        if (!n) return { i, m: 'không thuộc đợt xét này' };
        if (n.status !== 'sent_up')
          return { i, m: `${n.displayName} chưa được trình cấp trên (trạng thái "${nomineeStatusLabel(n.status)}")` };
        return null;
      })
      .filter((x) => x !== null);
    if (problems.length)
      throw invalid(
        problems.map((p) => ({ field: `items.${p.i}.nomineeId`, label: 'Người được khen thưởng', message: p.m })),
      );
    const amounts = new Map(body.items.map((i) => [i.nomineeId, i.amount ?? null]));
    const total = body.items.reduce((s, i) => s + (i.amount ?? 0), 0);
    const content: DecisionContent = {
      ...defaultContent({
        org: { name: 'cấp trên', type: 'province' },
        parentName: null,
        period: round.period,
        plannedDate: body.decisionDate,
        meetingDate: null,
        proposingUnits: [],
        officeUnit: null,
        signerPosition: null,
      }),
      subject: `Quyết định khen thưởng của ${body.issuer}`,
      note: body.note ?? null,
    };
    await tx.insert(decisions).values({
      tenantId: t,
      id,
      roundId,
      orgId: round.orgId,
      external: true,
      status: 'signed',
      symbol,
      year: Number(body.decisionDate.slice(0, 4)),
      number: null,
      numberText: body.numberText,
      decisionDate: body.decisionDate,
      issuer: body.issuer,
      content,
      totalAmount: total,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      signedAt: ctx.now,
    });
    const records = ns.map((n) => ({
      tenantId: t,
      id: crypto.randomUUID(),
      subjectKind: n.subjectKind,
      personId: n.personId,
      orgId: n.orgId,
      householdId: n.householdId,
      awardCode: n.awardCode,
      period: n.period,
      track: n.track,
      decisionNo: body.numberText,
      decisionDate: body.decisionDate,
      issuer: body.issuer,
      decisionId: id,
      createdAt: ctx.now,
    }));
    await tx.insert(awardRecords).values(records);
    await tx.insert(decisionItems).values(
      ns.map((n, i) => ({
        tenantId: t,
        decisionId: id,
        nomineeId: n.id,
        ordinal: i + 1,
        awardRecordId: records[i].id,
        amount: amounts.get(n.id) ?? null,
        payable: amounts.get(n.id) ?? null,
        payNote: amounts.get(n.id) == null ? 'Cấp trên chưa thông báo số tiền' : null,
      })),
    );
    for (const n of ns) moved(() => nomineeMachine.move(n.status, 'award'));
    await tx
      .update(nominees)
      .set({ status: 'awarded', updatedAt: ctx.now })
      .where(and(eq(nominees.tenantId, t), inArray(nominees.id, ids), eq(nominees.status, 'sent_up')));
    for (const n of ns)
      await tx
        .update(nominees)
        .set({ amount: amounts.get(n.id) ?? null })
        .where(and(eq(nominees.tenantId, t), eq(nominees.id, n.id)));
    await recordAudit(tx, ctx, {
      action: 'decision.record_external',
      entityType: 'decision',
      entityId: id,
      orgId: round.orgId,
      summary: `Ghi nhận Quyết định số ${body.numberText} ngày ${formatDateVN(body.decisionDate)} của ${body.issuer}: ${ns.length} người (tập thể)`,
      after: {
        numberText: body.numberText,
        decisionDate: body.decisionDate,
        issuer: body.issuer,
        nominees: ids,
        total,
      },
    });
    await finishRoundIfSettled(tx, ctx, roundId);
    return { id };
  });
}

// ─── data for the documents ───

export async function decisionForDocuments(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const view = await getDecision(ctx, id);
  const d = await loadDecision(ctx.db, t, id);
  const ns = new Map(
    (
      await roundNominees(
        ctx.db,
        t,
        d.roundId,
        undefined,
        view.items.map((i) => i.nomineeId),
        d.decisionDate ?? today(ctx),
      )
    ).map((n) => [n.id, n]),
  );
  return { ...view, nominees: ns, row: d };
}

export async function roundForDocuments(ctx: Ctx, roundId: string) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOneOf(ctx, round.orgId, ['round.manage', 'decision.sign']);
  const org = await loadOrg(ctx.db, t, round.orgId);
  const parent = org.parentId ? await loadOrg(ctx.db, t, org.parentId) : null;
  return { round, org, parent };
}

export { loadRound, loadOrg, roundNominees, orderForDecision, signersOf, requireOneOf, passingMeeting };

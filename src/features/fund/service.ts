// Use cases of the emulation and commendation fund (quỹ thi đua, khen thưởng, NĐ 152/2025 Art. 46):
// read a body's ledger for a year, post receipts and payments, reverse an entry with a reason, pay
// out a signed decision's payment list (with a warning when it exceeds the balance) and post the
// recovery when a paid decision is revoked (Luật TĐKT Art. 93). Every write is audited; nothing
// is changed or deleted.
import type { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/client.js';
import {
  buildLedger,
  directionOf,
  FUND_KIND_INFO,
  type FundEntryKind,
  paymentShortfall,
  reversalProblem,
} from '../../domain/fund/index.js';
import { formatDateVN, formatMoneyVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { AppError, conflict, invalid, notFound } from '../../server/errors.js';
import { can, grantRoots } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { findDecision } from '../decisions/repository.js';
import { findOrganisation } from '../organisations/repository.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { buildLedgerDocx, buildLedgerXlsx } from './exports.js';
import * as repo from './repository.js';
import type {
  DecisionPaymentOut,
  FundEntryOut,
  FundLedgerOut,
  PayDecisionBody,
  PostEntryBody,
  ReverseBody,
} from './schema.js';

const today = (ctx: Ctx) => isoDateInVietnam(ctx.now);

export function presentEntry(r: repo.EntryRow): FundEntryOut {
  return {
    ...r,
    kindLabel: FUND_KIND_INFO[r.kind].label,
    direction: directionOf(r.kind),
  };
}

async function orgName(ctx: Ctx, orgId: string): Promise<string> {
  const o = await findOrganisation(ctx.db, ctx.actor.tenantId, orgId);
  if (!o) throw notFound('cơ quan, đơn vị');
  return o.name;
}

/** The body whose fund is asked for, or the actor's own (the first organisation the grant names). */
function defaultBody(ctx: Ctx, orgId?: string): string {
  if (orgId) return orgId;
  const roots = grantRoots(ctx.actor, 'fund.read');
  if (!roots.length) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem quỹ thi đua, khen thưởng.');
  return roots[0];
}

const entryDateProblem = (ctx: Ctx, date: string, field = 'entryDate', label = 'Ngày ghi sổ') =>
  date > today(ctx)
    ? invalid([{ field, label, message: `Không được sau ngày hôm nay (${formatDateVN(today(ctx))}).` }])
    : date < '2000-01-01'
      ? invalid([{ field, label, message: 'Không được trước ngày 01/01/2000.' }])
      : null;

// ─── reading ───

export async function listFundBodies(ctx: Ctx) {
  const scope = await scopeFor(ctx.db, ctx.actor, 'fund.read');
  if (scope && scope.size === 0) return { items: [] };
  const cond = scope ? repo.inOrgs([...scope]) : undefined;
  const [bodies, bal] = await Promise.all([
    repo.fundBodies(ctx.db, ctx.actor.tenantId, cond),
    repo.balances(ctx.db, ctx.actor.tenantId, cond),
  ]);
  // The actor's own bodies come first even before their fund has an entry.
  const roots = grantRoots(ctx.actor, 'fund.read');
  const seen = new Set(bodies.map((b) => b.id));
  const extra = [];
  for (const id of roots) if (!seen.has(id)) extra.push({ id, name: await orgName(ctx, id) });
  const items = [...extra, ...bodies].map((b) => ({ ...b, balance: bal.get(b.id) ?? 0 }));
  items.sort((a, b) => Number(!roots.includes(a.id)) - Number(!roots.includes(b.id)));
  return { items };
}

/** The ledger (sổ quỹ) of one body for one year: brought forward, entries, totals, carried. */
export async function getFundLedger(ctx: Ctx, q: { orgId?: string; year?: number }): Promise<FundLedgerOut> {
  const orgId = defaultBody(ctx, q.orgId);
  const chain = await requireOrgAccess(ctx.db, ctx.actor, 'fund.read', orgId);
  const year = q.year ?? Number(today(ctx).slice(0, 4));
  const [name, rows, balanceNow] = await Promise.all([
    orgName(ctx, orgId),
    repo.listEntries(ctx.db, ctx.actor.tenantId, orgId, `${year}-12-31`),
    repo.balanceOf(ctx.db, ctx.actor.tenantId, orgId),
  ]);
  const ledger = buildLedger(rows, year);
  return {
    org: { id: orgId, name },
    year,
    opening: ledger.opening,
    lines: ledger.lines.map((l) => ({ ...presentEntry(l.entry), thu: l.thu, chi: l.chi, balance: l.balance })),
    totalThu: ledger.totalThu,
    totalChi: ledger.totalChi,
    closing: ledger.closing,
    balanceNow,
    organising: ledger.organising,
    canManage: can(ctx.actor, 'fund.manage', chain),
  };
}

// ─── posting by hand ───

export async function postFundEntry(ctx: Ctx, body: z.output<typeof PostEntryBody>): Promise<FundEntryOut> {
  await requireOrgAccess(ctx.db, ctx.actor, 'fund.manage', body.orgId);
  const bad = entryDateProblem(ctx, body.entryDate);
  if (bad) throw bad;
  const kind = body.kind as FundEntryKind;
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await repo.lockFund(tx, ctx.actor.tenantId, body.orgId);
    await repo.insertEntry(tx, {
      tenantId: ctx.actor.tenantId,
      id,
      orgId: body.orgId,
      entryDate: body.entryDate,
      kind,
      amount: body.amount,
      description: body.description,
      document: body.sourceDocument,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'fund.post',
      entityType: 'fund_entry',
      entityId: id,
      orgId: body.orgId,
      summary: `Ghi sổ quỹ thi đua, khen thưởng ngày ${formatDateVN(body.entryDate)}: ${FUND_KIND_INFO[kind].label}, ${formatMoneyVN(body.amount)} (${body.description})`,
      after: { kind, amount: body.amount, entryDate: body.entryDate, document: body.sourceDocument },
    });
  });
  return presentEntry((await repo.getEntry(ctx.db, ctx.actor.tenantId, id))!);
}

/** A correction: the same kind with the opposite amount, naming the entry and why. */
export async function reverseFundEntry(
  ctx: Ctx,
  id: string,
  body: z.output<typeof ReverseBody>,
): Promise<FundEntryOut> {
  const t = ctx.actor.tenantId;
  const e0 = await repo.getEntry(ctx.db, t, id);
  if (!e0) throw notFound('bút toán');
  await requireOrgAccess(ctx.db, ctx.actor, 'fund.manage', e0.orgId);
  const newId = crypto.randomUUID();
  const on = today(ctx);
  await ctx.db.transaction(async (tx) => {
    await repo.lockFund(tx, t, e0.orgId);
    const e = (await repo.getEntry(tx, t, id))!;
    const problem = reversalProblem(e);
    if (problem) throw conflict(problem);
    await repo.insertEntry(tx, {
      tenantId: t,
      id: newId,
      orgId: e.orgId,
      entryDate: on,
      kind: e.kind,
      amount: -e.amount,
      description: `Đảo bút toán ngày ${formatDateVN(e.entryDate)}: ${e.description}`,
      document: e.sourceDocument,
      decisionId: e.decisionId,
      reversesId: e.id,
      reason: body.reason,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'fund.reverse',
      entityType: 'fund_entry',
      entityId: newId,
      orgId: e.orgId,
      summary: `Đảo bút toán quỹ thi đua, khen thưởng ngày ${formatDateVN(e.entryDate)} (${FUND_KIND_INFO[e.kind].label}, ${formatMoneyVN(e.amount)})`,
      before: { entry: e.id, kind: e.kind, amount: e.amount },
      after: { entry: newId, amount: -e.amount },
      reason: body.reason,
    });
  });
  return presentEntry((await repo.getEntry(ctx.db, t, newId))!);
}

// ─── a decision's payment list ───

async function loadDecision(q: Ctx['db'] | Tx, tenantId: string, id: string) {
  const d = await findDecision(q, tenantId, id);
  if (!d) throw notFound('quyết định');
  return d;
}

type DecisionLite = Awaited<ReturnType<typeof loadDecision>>;

function blockedReason(d: DecisionLite): string | null {
  if (d.external) return 'Quyết định của cấp trên: tiền thưởng do cơ quan ra quyết định chi trả, không chi từ quỹ này.';
  if (d.status === 'revoked') return 'Quyết định đã bị hủy bỏ: không chi trả.';
  if (d.status !== 'signed') return 'Quyết định chưa được ký ban hành.';
  if (!d.totalAmount) return 'Quyết định không có tiền thưởng phải chi.';
  return null;
}

/** The payment list of a decision against its body's fund: total, balance, shortfall, whether paid. */
export async function getDecisionPayment(ctx: Ctx, decisionId: string): Promise<DecisionPaymentOut> {
  const t = ctx.actor.tenantId;
  const d = await loadDecision(ctx.db, t, decisionId);
  await requireOrgAccess(ctx.db, ctx.actor, 'fund.read', d.orgId);
  const [name, balance, payment, recovery] = await Promise.all([
    orgName(ctx, d.orgId),
    repo.balanceOf(ctx.db, t, d.orgId),
    repo.decisionEntry(ctx.db, t, d.id, 'bonus'),
    repo.decisionEntry(ctx.db, t, d.id, 'recovery'),
  ]);
  return {
    decisionId: d.id,
    orgId: d.orgId,
    orgName: name,
    numberText: d.numberText,
    decisionDate: d.decisionDate,
    status: d.status,
    total: d.totalAmount,
    balance,
    shortfall: payment ? 0 : paymentShortfall(balance, d.totalAmount),
    blocked: payment ? null : blockedReason(d),
    payment: payment ? presentEntry(payment) : null,
    recovery: recovery ? presentEntry(recovery) : null,
  };
}

/**
 * Marks a signed decision's payment list paid: one 'bonus' entry for its total, dated the day it
 * was paid, naming who paid. Refused when already paid; when the list exceeds the balance the
 * officer must confirm (acceptShortfall) after reading the warning.
 */
export async function payDecision(
  ctx: Ctx,
  decisionId: string,
  body: z.output<typeof PayDecisionBody>,
): Promise<DecisionPaymentOut> {
  const t = ctx.actor.tenantId;
  const d0 = await loadDecision(ctx.db, t, decisionId);
  await requireOrgAccess(ctx.db, ctx.actor, 'fund.manage', d0.orgId);
  const bad = entryDateProblem(ctx, body.paidOn, 'paidOn', 'Ngày chi trả');
  if (bad) throw bad;
  await ctx.db.transaction(async (tx) => {
    await repo.lockFund(tx, t, d0.orgId);
    const d = await loadDecision(tx, t, decisionId);
    const blocked = blockedReason(d);
    if (blocked) throw conflict(blocked);
    if (d.decisionDate && body.paidOn < d.decisionDate)
      throw invalid([
        {
          field: 'paidOn',
          label: 'Ngày chi trả',
          message: `Không được trước ngày quyết định (${formatDateVN(d.decisionDate)}).`,
        },
      ]);
    const paid = await repo.decisionEntry(tx, t, d.id, 'bonus');
    if (paid)
      throw conflict(
        `Danh sách chi tiền thưởng của Quyết định số ${d.numberText ?? ''} đã được chi ngày ${formatDateVN(paid.entryDate)}.`,
      );
    const balance = await repo.balanceOf(tx, t, d.orgId);
    const short = paymentShortfall(balance, d.totalAmount);
    if (short > 0 && !body.acceptShortfall)
      throw conflict(
        `Danh sách chi ${formatMoneyVN(d.totalAmount)} vượt số dư quỹ (${formatMoneyVN(balance)}) ${formatMoneyVN(short)}. Hãy bổ sung nguồn quỹ, hoặc xác nhận chi vượt số dư.`,
        [
          {
            field: 'acceptShortfall',
            label: 'Chấp nhận chi vượt số dư quỹ',
            message: `Vượt số dư ${formatMoneyVN(short)}.`,
            code: 'FUND_SHORTFALL',
          },
        ],
      );
    const id = crypto.randomUUID();
    await repo.insertEntry(tx, {
      tenantId: t,
      id,
      orgId: d.orgId,
      entryDate: body.paidOn,
      kind: 'bonus',
      amount: d.totalAmount,
      description: `Chi tiền thưởng theo Quyết định số ${d.numberText ?? ''}${d.decisionDate ? ` ngày ${formatDateVN(d.decisionDate)}` : ''}`,
      document: d.numberText ? `Quyết định số ${d.numberText}` : null,
      decisionId: d.id,
      handledBy: body.handledBy,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'fund.pay_decision',
      entityType: 'decision',
      entityId: d.id,
      orgId: d.orgId,
      summary: `Chi tiền thưởng Quyết định số ${d.numberText ?? ''}: ${formatMoneyVN(d.totalAmount)} ngày ${formatDateVN(body.paidOn)}${body.handledBy ? `, người chi: ${body.handledBy}` : ''}${short > 0 ? `; vượt số dư quỹ ${formatMoneyVN(short)}` : ''}`,
      after: { entry: id, amount: d.totalAmount, paidOn: body.paidOn, handledBy: body.handledBy, shortfall: short },
    });
  });
  return getDecisionPayment(ctx, decisionId);
}

/**
 * Called by the decisions feature inside its revocation transaction: when the decision's list
 * was paid, the money to recover (Luật TĐKT Art. 93) is posted back to the fund as a receipt.
 * Returns the entry id, or null when nothing was paid.
 */
export async function postRecoveryOnRevoke(
  tx: Tx,
  ctx: Ctx,
  d: { id: string; orgId: string; numberText: string | null },
  amount: number,
  revokedOn: string,
): Promise<string | null> {
  const t = ctx.actor.tenantId;
  if (amount <= 0) return null;
  await repo.lockFund(tx, t, d.orgId);
  const paid = await repo.decisionEntry(tx, t, d.id, 'bonus');
  if (!paid) return null;
  if (await repo.decisionEntry(tx, t, d.id, 'recovery')) return null;
  const id = crypto.randomUUID();
  await repo.insertEntry(tx, {
    tenantId: t,
    id,
    orgId: d.orgId,
    entryDate: revokedOn,
    kind: 'recovery',
    amount,
    description: `Thu hồi tiền thưởng do hủy bỏ Quyết định số ${d.numberText ?? ''} (Điều 93 Luật Thi đua, khen thưởng)`,
    document: d.numberText ? `Quyết định số ${d.numberText}` : null,
    decisionId: d.id,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
  });
  await recordAudit(tx, ctx, {
    action: 'fund.recover',
    entityType: 'decision',
    entityId: d.id,
    orgId: d.orgId,
    summary: `Ghi thu hồi tiền thưởng vào quỹ thi đua, khen thưởng: ${formatMoneyVN(amount)} (Quyết định số ${d.numberText ?? ''} bị hủy bỏ)`,
    after: { entry: id, amount, revokedOn },
  });
  return id;
}

/** The ledger of a year as a file: Excel or DOCX. */
export async function exportFundLedger(
  ctx: Ctx,
  q: { orgId?: string; year?: number; format: 'xlsx' | 'docx' },
): Promise<{ data: Buffer; name: string }> {
  const l = await getFundLedger(ctx, q);
  const data = q.format === 'docx' ? await buildLedgerDocx(l) : await buildLedgerXlsx(l);
  return { data, name: `So-quy-thi-dua-khen-thuong-${l.year}.${q.format}` };
}

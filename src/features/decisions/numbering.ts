// The number registers (sổ đăng ký văn bản) of a body's decisions: per (body, symbol, year), numbers
// continue the body's real book and are never given twice.
import type { Db, Tx } from '../../db/client.js';
import type { OrgType } from '../../domain/registry/vocab.js';
import type { Ctx } from '../../server/context.js';
import { invalid } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { maxHistoryNumber } from '../register/repository.js';
import { asContent, loadDecision, loadOrg, requireOneOf, today } from './access.js';
import { issuerOf, numberTextOf } from './content.js';
import { ensureRegister, maxDecisionNumber, type RegisterKey, registerLast, setRegisterLast } from './repository.js';

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
  const history = issuer ? await maxHistoryNumber(q, tenantId, issuer, symbol, year) : 0;
  const own = await maxDecisionNumber(q, { tenantId, orgId, symbol, year });
  return Math.max(history, own);
}

/**
 * The register's row created at its floor if missing, then its last number under the row lock, so
 * concurrent writers queue: never below the floor.
 */
async function lockedLast(tx: Tx, key: RegisterKey, floor: number): Promise<number> {
  await ensureRegister(tx, key, floor);
  return Math.max((await registerLast(tx, key, true)) ?? floor, floor);
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
  const key = { tenantId, orgId, symbol, year };
  const last = await lockedLast(tx, key, floor);
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
  await setRegisterLast(tx, key, next);
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
  const stored = await registerLast(ctx.db, { tenantId: t, orgId: d.orgId, symbol: d.symbol, year });
  const last = Math.max(stored ?? 0, floor);
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
    const key = { tenantId: t, orgId: body.orgId, symbol: body.symbol, year: body.year };
    const last = await lockedLast(tx, key, floor);
    if (body.nextNumber <= last) {
      throw invalid([
        {
          field: 'nextNumber',
          label: 'Số tiếp theo',
          message: `Sổ ${body.symbol} năm ${body.year} đã dùng đến số ${last}: số tiếp theo phải từ ${last + 1} trở lên.`,
        },
      ]);
    }
    await setRegisterLast(tx, key, body.nextNumber - 1);
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

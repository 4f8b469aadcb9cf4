// Revoking a signed decision (Law Art. 93): its award records are kept and marked revoked, its
// nominees revoked, and the money paid is to be recovered into the body's fund.
import type { z } from '@hono/zod-openapi';
import { decisionMachine, type DecisionStatus, nomineeMachine } from '../../domain/rounds/index.js';
import { formatDateVN, formatMoneyVN } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { invalid, moved } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { postRecoveryOnRevoke } from '../fund/service.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { orgChain } from '../organisations/tree.js';
import { markAwardRecordsRevoked } from '../register/repository.js';
import { nomineesByIds, updateNomineeRows } from '../rounds/repository.js';
import { asContent, loadDecision, requireOneOf, today } from './access.js';
import type { DecisionContent } from './content.js';
import { itemsOf, patchDecision, patchItem } from './repository.js';
import type { RevokeBody } from './schema.js';

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
    const d = await loadDecision(tx, t, id, true);
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
    const ns = await nomineesByIds(
      tx,
      t,
      items.map((i) => i.nomineeId),
    );
    for (const n of ns) moved(() => nomineeMachine.move(n.status, 'revoke'));
    await markAwardRecordsRevoked(
      tx,
      t,
      items.map((i) => i.awardRecordId).filter((x): x is string => !!x),
      revokedOn,
      body.reason,
    );
    let recover = 0;
    for (const i of items) {
      const r = i.payable ?? 0;
      recover += r;
      await patchItem(tx, t, id, i.nomineeId, { recoverAmount: r });
    }
    await updateNomineeRows(
      tx,
      t,
      ns.map((n) => n.id),
      { status: 'revoked', active: false, updatedAt: ctx.now },
    );
    // A paid list: the money to recover goes back into the body's fund (features/fund).
    await postRecoveryOnRevoke(tx, ctx, d, recover, revokedOn);
    const content: DecisionContent = { ...asContent(d), revokeDocument: body.document ?? null };
    await patchDecision(tx, t, id, { status: 'revoked', revokedOn, revokeReason: body.reason, content });
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

// Use cases of a unit's dossier (hồ sơ đề nghị): the unit opens it in an open round, picks its
// nominees from the registry (the engine's verdict beside each), writes the covering summary,
// and sends it; the dossier then freezes until the office returns it (returnProposal).
import type { z } from '@hono/zod-openapi';
import { periodName } from '../../domain/eligibility/streaks.js';
import { awardName, ORG_TYPE_LABELS } from '../../domain/registry/vocab.js';
import { appraisalClock, nomineeMachine, proposalMachine } from '../../domain/rounds/index.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { forbidden, invalid, moved, notFound, refuse } from '../../server/errors.js';
import { requireAnywhere } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { orgSubjectKind, tenantProcedureRules } from '../eligibility/service.js';
import { deleteFilesOf, filesOf } from '../files/store.js';
import { householdsToPick } from '../households/repository.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { findOrganisation, organisationsToPick } from '../organisations/repository.js';
import { requireOrgAccess } from '../organisations/scope.js';
import { orgChain, subtreeIds } from '../organisations/tree.js';
import { peopleToPick } from '../people/repository.js';
import {
  canReadProposal,
  loadNominee,
  loadProposal,
  loadRound,
  requireEditable,
  requireManage,
  requireProposalWrite,
  today,
} from './access.js';
import { settleProposal } from './appraisal.js';
import { presentNominee } from './present.js';
import {
  deleteNominee,
  insertNominee,
  insertProposal,
  isInProposal,
  isInvited,
  type NomineeRow,
  nomineesOfProposal,
  proposalOfUnit,
  updateNomineeRow,
  updateProposalRow,
} from './repository.js';
import type { NomineeBody, NomineeUpdateBody } from './schema.js';
import { describeSubject, rulesOn, subjectPeriod, verdictsFor } from './verdicts.js';

/** Opens (or finds) the dossier of an invited unit in an open round. */
export async function openProposal(ctx: Ctx, roundId: string, orgId: string) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', orgId);
  if (!(await isInvited(ctx.db, t, roundId, orgId)))
    throw forbidden('Đơn vị này không được mời đề nghị trong đợt xét.');
  const existing = await proposalOfUnit(ctx.db, t, roundId, orgId);
  if (existing) return { id: existing.id };
  if (round.status !== 'open') throw refuse('ROUND_NOT_OPEN', 'Đợt xét không còn nhận hồ sơ.');
  const id = crypto.randomUUID();
  try {
    await ctx.db.transaction(async (tx) => {
      await insertProposal(tx, {
        tenantId: t,
        id,
        roundId,
        orgId,
        status: 'draft',
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      await recordAudit(tx, ctx, {
        action: 'proposal.create',
        entityType: 'proposal',
        entityId: id,
        orgId,
        summary: `Lập hồ sơ đề nghị khen thưởng trong đợt "${round.name}"`,
      });
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const p = await proposalOfUnit(ctx.db, t, roundId, orgId);
    return { id: p!.id };
  }
  return { id };
}

export async function getProposal(ctx: Ctx, id: string) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, id);
  const round = await loadRound(ctx.db, t, p.roundId);
  if (!(await canReadProposal(ctx, p, round))) throw notFound('hồ sơ đề nghị');
  const ns = await nomineesOfProposal(ctx.db, t, id);
  // Drafts show the live verdict; once sent, the verdict shown at submission stays beside it.
  const live = await verdictsFor(ctx.db, t, round, ns);
  const [ownFiles, nomineeFiles] = await Promise.all([
    filesOf(ctx.db, t, 'proposal', [id]),
    filesOf(
      ctx.db,
      t,
      'nominee',
      ns.map((n) => n.id),
    ),
  ]);
  const org = await findOrganisation(ctx.db, t, p.orgId);
  const rules = await tenantProcedureRules(ctx.db, t, today(ctx));
  const writable = proposalMachine.can(p.status, 'edit') && round.status === 'open';
  let mayWrite = false;
  try {
    await requireProposalWrite(ctx, p);
    mayWrite = true;
  } catch {
    mayWrite = false;
  }
  return {
    id: p.id,
    round: {
      id: round.id,
      name: round.name,
      period: round.period,
      status: round.status,
      submitBy: round.submitBy,
      decisionBy: round.decisionBy,
      awards: round.awardCodes.map((code) => ({ code, name: awardName(code) })),
    },
    orgId: p.orgId,
    orgName: org?.name ?? '',
    status: p.status,
    summary: p.summary,
    returnReason: p.returnReason,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    submissions: p.submissions,
    editable: writable && mayWrite,
    clock:
      p.completeOn && p.status !== 'draft'
        ? { completeOn: p.completeOn, ...appraisalClock(p.completeOn, today(ctx), rules) }
        : null,
    files: ownFiles.map((f) => ({ ...f, ownerType: 'proposal' })),
    nominees: ns.map((n, i) =>
      presentNominee(n, live[i]!, {
        files: nomineeFiles.filter((f) => f.ownerId === n.id).map((f) => ({ ...f, ownerType: 'nominee' })),
      }),
    ),
  };
}

export async function updateProposal(ctx: Ctx, id: string, summary: string) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, id);
  await requireEditable(ctx, p);
  await ctx.db.transaction(async (tx) => {
    await updateProposalRow(tx, t, id, { summary, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'proposal.update',
      entityType: 'proposal',
      entityId: id,
      orgId: p.orgId,
      summary: 'Sửa nội dung tờ trình của hồ sơ đề nghị',
      before: { summary: p.summary },
      after: { summary },
    });
  });
  return getProposal(ctx, id);
}

const SUBJECT_COLUMN = { person: 'personId', org: 'orgId', household: 'householdId' } as const;

/**
 * Adds a nominee. `alsoAllowed` lets a caller admit subjects outside the unit's own subtree for a
 * stated reason (a cluster's leader proposing the cluster's top members).
 */
export async function addNominee(
  ctx: Ctx,
  proposalId: string,
  body: z.output<typeof NomineeBody>,
  alsoAllowed: ReadonlySet<string> = new Set(),
) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, proposalId);
  const round = await requireEditable(ctx, p);
  if (!round.awardCodes.includes(body.awardCode))
    throw invalid([
      {
        field: 'awardCode',
        label: 'Danh hiệu, hình thức',
        message: `Đợt xét không xét "${awardName(body.awardCode)}".`,
      },
    ]);
  const ref = body.subjectKind === 'individual' ? 'person' : body.subjectKind === 'household' ? 'household' : 'org';
  const subject = await describeSubject(ctx.db, t, ref, body.subjectId);
  if (!subject)
    throw invalid([
      {
        field: 'subjectId',
        label: 'Người, tập thể hoặc hộ được đề nghị',
        message: 'Không tìm thấy trong cơ sở dữ liệu.',
      },
    ]);
  // Only the unit's own people, collectives and households.
  const unit = new Set(await subtreeIds(ctx.db, t, [p.orgId]));
  if (!subject.orgId || (!unit.has(subject.orgId) && !alsoAllowed.has(body.subjectId)))
    throw invalid([
      {
        field: 'subjectId',
        label: 'Người, tập thể hoặc hộ được đề nghị',
        message: 'Chỉ đề nghị được cá nhân, tập thể, hộ gia đình thuộc đơn vị mình.',
      },
    ]);
  const subjectKind = ref === 'org' ? orgSubjectKind(subject.orgType!, body.awardCode) : body.subjectKind;
  const rules = await rulesOn(ctx.db, t, round.decisionBy);
  const award = rules.awards[body.awardCode as keyof typeof rules.awards];
  if (!award.subjectKinds.includes(subjectKind))
    throw invalid([
      { field: 'awardCode', label: 'Danh hiệu, hình thức', message: `"${award.name}" không xét cho đối tượng này.` },
    ]);
  const subjectKey = `${ref}:${body.subjectId}`;
  // A school (its staff, the school itself) is judged on the school year ending in a calendar round.
  const period = await subjectPeriod(ctx.db, t, round, rules, body.awardCode, {
    orgId: subject.orgId,
    personId: ref === 'person' ? body.subjectId : null,
    subjectOrgId: ref === 'org' ? body.subjectId : null,
  });
  if (await isInProposal(ctx.db, t, proposalId, subjectKey, body.awardCode))
    throw refuse('NOMINEE_DUPLICATE', `${subject.name} đã có trong hồ sơ với "${award.name}".`);
  const id = crypto.randomUUID();
  const col = SUBJECT_COLUMN[ref];
  await ctx.db.transaction(async (tx) => {
    await insertNominee(tx, {
      tenantId: t,
      id,
      proposalId,
      roundId: round.id,
      subjectKind,
      personId: null,
      orgId: null,
      householdId: null,
      [col]: body.subjectId,
      subjectKey,
      displayName: subject.name,
      sortKey: subject.sortKey,
      positionText: subject.position,
      awardCode: body.awardCode,
      period,
      track: award.track,
      achievement: body.achievement ?? '',
      status: 'draft',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'nominee.add',
      entityType: 'nominee',
      entityId: id,
      orgId: p.orgId,
      summary: `Thêm ${subject.name} vào hồ sơ, đề nghị "${award.name}" ${periodName(period)}`,
      after: { subjectKey, awardCode: body.awardCode },
    });
  });
  return getProposal(ctx, proposalId);
}

export async function updateNominee(ctx: Ctx, id: string, body: z.output<typeof NomineeUpdateBody>) {
  const t = ctx.actor.tenantId;
  const n = await loadNominee(ctx.db, t, id);
  const p = await loadProposal(ctx.db, t, n.proposalId);
  const round = await requireEditable(ctx, p);
  if (n.status !== 'draft' && n.status !== 'returned')
    throw refuse('NOMINEE_SENT', 'Chỉ sửa được người (tập thể) chưa gửi hoặc bị trả lại.');
  const patch: Partial<NomineeRow> = { updatedAt: ctx.now };
  if (body.achievement !== undefined) patch.achievement = body.achievement;
  if (body.awardCode !== undefined && body.awardCode !== n.awardCode) {
    if (!round.awardCodes.includes(body.awardCode))
      throw invalid([
        {
          field: 'awardCode',
          label: 'Danh hiệu, hình thức',
          message: `Đợt xét không xét "${awardName(body.awardCode)}".`,
        },
      ]);
    const rules = await rulesOn(ctx.db, t, round.decisionBy);
    const award = rules.awards[body.awardCode as keyof typeof rules.awards];
    if (!award.subjectKinds.includes(n.subjectKind))
      throw invalid([
        { field: 'awardCode', label: 'Danh hiệu, hình thức', message: `"${award.name}" không xét cho đối tượng này.` },
      ]);
    patch.awardCode = body.awardCode;
    patch.track = award.track;
  }
  await ctx.db.transaction(async (tx) => {
    await updateNomineeRow(tx, t, id, patch);
    await recordAudit(tx, ctx, {
      action: 'nominee.update',
      entityType: 'nominee',
      entityId: id,
      orgId: p.orgId,
      summary: `Sửa đề nghị của ${n.displayName}`,
      before: { awardCode: n.awardCode, achievement: n.achievement },
      after: { awardCode: patch.awardCode ?? n.awardCode, achievement: patch.achievement ?? n.achievement },
    });
  });
  return getProposal(ctx, p.id);
}

export async function removeNominee(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const n = await loadNominee(ctx.db, t, id);
  const p = await loadProposal(ctx.db, t, n.proposalId);
  await requireEditable(ctx, p);
  if (n.status !== 'draft' && n.status !== 'returned')
    throw refuse('NOMINEE_SENT', 'Chỉ bỏ được người (tập thể) chưa gửi hoặc bị trả lại.');
  await ctx.db.transaction(async (tx) => {
    await deleteFilesOf(tx, t, 'nominee', id);
    await deleteNominee(tx, t, id);
    await recordAudit(tx, ctx, {
      action: 'nominee.remove',
      entityType: 'nominee',
      entityId: id,
      orgId: p.orgId,
      summary: `Bỏ ${n.displayName} (${awardName(n.awardCode)}) khỏi hồ sơ`,
      before: { subjectKey: n.subjectKey, awardCode: n.awardCode, status: n.status, achievement: n.achievement },
    });
  });
  return getProposal(ctx, p.id);
}

/** Sends the dossier: the verdicts shown now are kept beside each nominee; the dossier freezes. */
export async function submitProposal(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, id);
  const round = await requireEditable(ctx, p);
  const next = moved(() => proposalMachine.move(p.status, 'submit'));
  const ns = await nomineesOfProposal(ctx.db, t, id);
  const toSend = ns.filter((n) => n.status === 'draft' || n.status === 'returned');
  if (!toSend.length)
    throw invalid([
      { field: 'nominees', label: 'Danh sách đề nghị', message: 'Hồ sơ chưa có người (tập thể) nào được đề nghị.' },
    ]);
  const missing = toSend.filter((n) => !n.achievement.trim() && n.subjectKind !== 'household');
  const evidence = await filesOf(
    ctx.db,
    t,
    'nominee',
    missing.map((n) => n.id),
  );
  const stillMissing = missing.filter((n) => !evidence.some((e) => e.ownerId === n.id));
  if (stillMissing.length)
    throw invalid(
      stillMissing.map((n) => ({
        field: `nominees.${n.id}.achievement`,
        label: 'Tóm tắt thành tích',
        message: `${n.displayName}: chưa có báo cáo thành tích (viết tóm tắt hoặc tải tệp báo cáo lên).`,
      })),
      'Hồ sơ chưa đủ báo cáo thành tích.',
    );
  const verdicts = await verdictsFor(ctx.db, t, round, toSend);
  await ctx.db.transaction(async (tx) => {
    const done = await updateProposalRow(
      tx,
      t,
      id,
      {
        status: next,
        submittedAt: ctx.now,
        submittedBy: ctx.actor.userId,
        completeOn: today(ctx),
        submissions: p.submissions + 1,
        returnReason: null,
        updatedAt: ctx.now,
      },
      p.status,
    );
    if (!done) throw refuse('PROPOSAL_CHANGED', 'Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang.');
    for (const [i, n] of toSend.entries()) {
      const v = verdicts[i]!;
      await updateNomineeRow(tx, t, n.id, {
        status: moved(() => nomineeMachine.move(n.status, 'submit')),
        verdict: v,
        verdictEligible: v.eligible,
        amount: v.amount,
        officeReason: null,
        updatedAt: ctx.now,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'proposal.submit',
      entityType: 'proposal',
      entityId: id,
      orgId: p.orgId,
      summary: `Gửi hồ sơ đề nghị khen thưởng (${toSend.length} đề nghị${p.submissions ? ', gửi lại sau khi bổ sung' : ''}) trong đợt "${round.name}"`,
      after: {
        nominees: toSend.map((n, i) => ({
          id: n.id,
          name: n.displayName,
          award: n.awardCode,
          eligible: verdicts[i]!.eligible,
        })),
      },
    });
    const officers = await usersWithPermission(tx, t, 'round.manage', await orgChain(tx, t, round.orgId));
    const unit = await findOrganisation(tx, t, p.orgId);
    await notify(
      tx,
      t,
      officers.filter((u) => u !== ctx.actor.userId),
      {
        kind: 'proposal.submitted',
        title: `${unit?.name ?? 'Đơn vị'} gửi hồ sơ đề nghị chờ thẩm định (${toSend.length} đề nghị)`,
        body: `Đợt "${round.name}".`,
        link: `/dot-xet/${round.id}/tham-dinh`,
      },
      ctx.now,
    );
  });
  return getProposal(ctx, id);
}

/** Returns the whole dossier: every nominee still waiting on the office goes back to the unit. */
export async function returnProposal(ctx: Ctx, id: string, reason: string) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, id);
  const round = await loadRound(ctx.db, t, p.roundId);
  await requireManage(ctx, round);
  moved(() => proposalMachine.move(p.status, 'return'));
  await ctx.db.transaction(async (tx) => {
    const waiting = await nomineesOfProposal(tx, t, id, 'submitted');
    for (const n of waiting)
      await updateNomineeRow(tx, t, n.id, { status: 'returned', officeReason: reason, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'proposal.return',
      entityType: 'proposal',
      entityId: id,
      orgId: p.orgId,
      summary: `Trả lại hồ sơ đề nghị để bổ sung (${waiting.length} đề nghị)`,
      before: { status: p.status },
      after: { status: 'returned' },
      reason,
    });
    await settleProposal(tx, ctx, id, reason);
  });
  return { ok: true };
}

/** How many people, collectives or households the unit's picker shows at most for one search. */
const PICKER_LIMIT = 50;

/** People, collectives and households of a unit, for choosing nominees (search ignores diacritics). */
export async function candidatesFor(
  ctx: Ctx,
  proposalId: string,
  q: { kind: 'person' | 'org' | 'household'; search?: string },
) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, proposalId);
  await requireProposalWrite(ctx, p);
  const unit = await subtreeIds(ctx.db, t, [p.orgId]);
  if (q.kind === 'person') {
    const rows = await peopleToPick(ctx.db, t, unit, q.search, PICKER_LIMIT);
    return {
      items: rows.map((r) => ({ id: r.id, name: r.name, detail: [r.position, r.orgName].filter(Boolean).join(', ') })),
    };
  }
  if (q.kind === 'org') {
    const rows = await organisationsToPick(ctx.db, t, unit, q.search, PICKER_LIMIT);
    return { items: rows.map((r) => ({ id: r.id, name: r.name, detail: ORG_TYPE_LABELS[r.type] })) };
  }
  const rows = await householdsToPick(ctx.db, t, unit, q.search, PICKER_LIMIT);
  return {
    items: rows.map((r) => ({ id: r.id, name: `Hộ ông (bà) ${r.name}`, detail: `${r.address}, ${r.village}` })),
  };
}

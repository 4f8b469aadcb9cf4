// Use cases of the year's conferences and ceremonies (hội nghị sơ kết, tổng kết, the cluster's,
// award ceremonies): plan one, invite units, people and guests, take attendance (the conference is
// then held), keep its documents, and link the decisions whose awards were presented there.
import { attendanceSummary, unlistedMark } from '../../domain/attendance/index.js';
import {
  CONFERENCE_KIND_LABELS,
  CONFERENCE_STATUS_LABELS,
  holdProblem,
  presentableDecision,
} from '../../domain/conferences/index.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { conflict, invalid, notFound } from '../../server/errors.js';
import { can, requireAnywhere } from '../../server/policy.js';
import { withUploadSlot } from '../../server/upload-gate.js';
import { recordAudit } from '../audit/append.js';
import { filesOf, loadFile, storeFile } from '../files/store.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { orgChain, subtreeIds } from '../organisations/tree.js';
import * as repo from './repository.js';
import type {
  ConferenceAttendanceBody,
  ConferenceBody,
  ConferenceDetail,
  ConferencePage,
  ConferenceQuery,
  InviteesBody,
} from './schema.js';

const OWNER = 'conference';

async function readable(ctx: Ctx, id: string): Promise<repo.ConferenceRow> {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const row = await repo.findConference(ctx.db, t, id);
  if (!row) throw notFound('hội nghị');
  if (can(ctx.actor, 'registry.read', await orgChain(ctx.db, t, row.orgId))) return row;
  for (const v of await repo.inviteesOf(ctx.db, t, id))
    if (v.orgId && can(ctx.actor, 'registry.read', await orgChain(ctx.db, t, v.orgId))) return row;
  throw notFound('hội nghị');
}

async function manage(ctx: Ctx, id: string) {
  const row = await readable(ctx, id);
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', row.orgId);
  return row;
}

export async function getConference(ctx: Ctx, id: string): Promise<ConferenceDetail> {
  const row = await readable(ctx, id);
  const t = ctx.actor.tenantId;
  const [names, invitees, awards, files, chain] = await Promise.all([
    repo.namesOf(ctx.db, t, [row.orgId], []),
    repo.inviteesOf(ctx.db, t, id),
    repo.awardsOf(ctx.db, t, id),
    filesOf(ctx.db, t, OWNER, [id]),
    orgChain(ctx.db, t, row.orgId),
  ]);
  const figures = attendanceSummary(invitees);
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: names.orgs.get(row.orgId) ?? '',
    kind: row.kind,
    kindLabel: CONFERENCE_KIND_LABELS[row.kind],
    title: row.title,
    heldOn: row.heldOn,
    place: row.place,
    status: row.status,
    statusLabel: CONFERENCE_STATUS_LABELS[row.status],
    invitees: figures.invited,
    attended: figures.attended,
    summary: row.summary,
    inviteeList: invitees,
    awards,
    documents: files.map((f) => ({
      id: f.id,
      ownerId: f.ownerId,
      fileName: f.fileName,
      size: f.size,
      sha256: f.sha256,
      mime: f.mime,
    })),
    canManage: can(ctx.actor, 'plan.manage', chain),
  };
}

export async function listConferences(ctx: Ctx, q: ConferenceQuery): Promise<ConferencePage> {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  let subtree: string[] | undefined;
  if (q.orgId) {
    if (!(await orgChain(ctx.db, t, q.orgId)).length) throw notFound('cơ quan, đơn vị');
    subtree = await subtreeIds(ctx.db, t, [q.orgId]);
  }
  const w: repo.ConferenceWhere = {
    tenantId: t,
    readable: scope ? [...scope] : null,
    subtree,
    year: q.year,
    kind: q.kind,
  };
  const [total, rows] = await Promise.all([
    repo.countConferences(ctx.db, w),
    repo.listConferences(ctx.db, w, q.pageSize, (q.page - 1) * q.pageSize),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      kindLabel: CONFERENCE_KIND_LABELS[r.kind],
      statusLabel: CONFERENCE_STATUS_LABELS[r.status],
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function createConference(ctx: Ctx, body: ConferenceBody): Promise<ConferenceDetail> {
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', body.orgId);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await repo.insertConference(tx, {
      tenantId: ctx.actor.tenantId,
      id,
      ...body,
      status: 'planned',
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'conference.create',
      entityType: 'conference',
      entityId: id,
      orgId: body.orgId,
      summary: `${CONFERENCE_KIND_LABELS[body.kind]}: "${body.title}"`,
      after: body,
    });
  });
  return getConference(ctx, id);
}

export async function invite(ctx: Ctx, id: string, body: InviteesBody): Promise<ConferenceDetail> {
  const row = await manage(ctx, id);
  const t = ctx.actor.tenantId;
  const orgIds = [...new Set(body.orgIds)];
  const personIds = [...new Set(body.personIds)];
  const names = await repo.namesOf(ctx.db, t, orgIds, personIds);
  const badOrg = body.orgIds.findIndex((o) => !names.orgs.has(o));
  if (badOrg >= 0)
    throw invalid([{ field: `orgIds.${badOrg}`, label: 'Đơn vị', message: 'Không tìm thấy đơn vị này.' }]);
  const badPerson = body.personIds.findIndex((p) => !names.people.has(p));
  if (badPerson >= 0)
    throw invalid([{ field: `personIds.${badPerson}`, label: 'Đại biểu', message: 'Không tìm thấy người này.' }]);
  const existing = await repo.inviteesOf(ctx.db, t, id);
  const rows = [
    ...orgIds
      .filter((o) => !existing.some((e) => e.orgId === o && !e.personId))
      .map((o) => ({ orgId: o, personId: null, name: names.orgs.get(o)! })),
    ...personIds
      .filter((p) => !existing.some((e) => e.personId === p))
      .map((p) => ({ orgId: null, personId: p, name: names.people.get(p)!.name })),
    ...body.guests.map((g) => ({ orgId: null, personId: null, name: g })),
  ].map((r) => ({ tenantId: t, id: crypto.randomUUID(), conferenceId: id, attended: null, ...r }));
  await ctx.db.transaction(async (tx) => {
    await repo.addInvitees(tx, rows);
    await recordAudit(tx, ctx, {
      action: 'conference.invite',
      entityType: 'conference',
      entityId: id,
      orgId: row.orgId,
      summary: `Mời ${rows.length} đại biểu dự "${row.title}"`,
      after: body,
    });
  });
  return getConference(ctx, id);
}

export async function recordAttendance(
  ctx: Ctx,
  id: string,
  body: ConferenceAttendanceBody,
): Promise<ConferenceDetail> {
  const row = await manage(ctx, id);
  const problem = holdProblem(row, isoDateInVietnam(ctx.now));
  if (problem) throw conflict(problem);
  const t = ctx.actor.tenantId;
  const invitees = new Set((await repo.inviteesOf(ctx.db, t, id)).map((v) => v.id));
  const bad = unlistedMark(body.marks, (m) => m.inviteeId, invitees);
  if (bad >= 0)
    throw invalid([{ field: `marks.${bad}.inviteeId`, label: 'Đại biểu', message: 'Không có trong danh sách mời.' }]);
  await ctx.db.transaction(async (tx) => {
    for (const m of body.marks) await repo.markInvitee(tx, t, m.inviteeId, m.attended);
    await repo.updateConference(tx, t, id, {
      status: 'held',
      ...(body.summary ? { summary: body.summary } : {}),
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'conference.attendance',
      entityType: 'conference',
      entityId: id,
      orgId: row.orgId,
      summary: `Điểm danh "${row.title}": ${body.marks.filter((m) => m.attended).length} đại biểu có mặt`,
      after: body,
    });
  });
  return getConference(ctx, id);
}

/** Links signed decisions of the organiser's subtree whose awards were presented at the conference. */
export async function presentAwards(ctx: Ctx, id: string, decisionIds: string[]): Promise<ConferenceDetail> {
  const row = await manage(ctx, id);
  const t = ctx.actor.tenantId;
  const wanted = [...new Set(decisionIds)];
  const found = new Map((await repo.decisionsByIds(ctx.db, t, wanted)).map((d) => [d.id, d]));
  const inside = new Set(await subtreeIds(ctx.db, t, [row.orgId]));
  const bad = decisionIds.findIndex((d) => {
    const x = found.get(d);
    return !x || !presentableDecision(x) || !inside.has(x.orgId);
  });
  if (bad >= 0)
    throw invalid([
      {
        field: `decisionIds.${bad}`,
        label: 'Quyết định',
        message: 'Chỉ chọn được quyết định đã ký của đơn vị tổ chức hoặc đơn vị trực thuộc.',
      },
    ]);
  await ctx.db.transaction(async (tx) => {
    await repo.linkAwards(tx, t, id, wanted);
    await recordAudit(tx, ctx, {
      action: 'conference.awards',
      entityType: 'conference',
      entityId: id,
      orgId: row.orgId,
      summary: `Trao ${wanted.length} quyết định khen thưởng tại "${row.title}"`,
      after: { decisionIds: wanted },
    });
  });
  return getConference(ctx, id);
}

export async function attachDocument(ctx: Ctx, id: string, fileName: string, bytes: Uint8Array) {
  const row = await manage(ctx, id);
  return withUploadSlot(ctx.actor.tenantId, () =>
    storeFile(ctx, {
      ownerType: OWNER,
      ownerId: id,
      fileName,
      bytes,
      orgId: row.orgId,
      label: `tài liệu hội nghị "${row.title}"`,
    }),
  );
}

export async function readDocument(ctx: Ctx, id: string, fileId: string) {
  await readable(ctx, id);
  const f = await loadFile(ctx.db, ctx.actor.tenantId, fileId);
  if (f.ownerType !== OWNER || f.ownerId !== id) throw notFound('tài liệu');
  return f;
}

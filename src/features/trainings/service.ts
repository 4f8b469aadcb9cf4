// Use cases of training courses (tập huấn, bồi dưỡng nghiệp vụ thi đua, khen thưởng): plan a
// course with its content, trainers and invited units; add participants from the registry; take
// attendance (certificates are numbered for attendees); keep the materials as files; print the
// attendance list and the certificates; see who in each unit has never been trained.
import { buildNd30Docx, buildNd30Pdf } from '../../documents/nd30/index.js';
import { upperVN } from '../../documents/nd30/format.js';
import { unlistedMark } from '../../domain/attendance/index.js';
import {
  assignCertificates,
  attendanceProblem,
  attendanceSummary,
  certificateNumber,
  TRAINING_STATUS_LABELS,
} from '../../domain/trainings/index.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { conflict, invalid, notFound } from '../../server/errors.js';
import { can, requireAnywhere } from '../../server/policy.js';
import { withUploadSlot } from '../../server/upload-gate.js';
import { recordAudit } from '../audit/append.js';
import { placeOf } from '../decisions/content.js';
import { filesOf, loadFile, storeFile } from '../files/store.js';
import { orgOf } from '../inspections/repository.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { orgChain, subtreeIds } from '../organisations/tree.js';
import { attendanceDocument, attendanceXlsx, certificateDocument, type ListInput } from './documents.js';
import * as repo from './repository.js';
import type {
  AttendanceBody,
  TrainingBody,
  TrainingDetail,
  TrainingPage,
  TrainingQuery,
  UntrainedPage,
  UntrainedQuery,
} from './schema.js';

const OWNER = 'training';
const COMMITTEE_TYPES = ['province', 'commune', 'ward', 'special_zone'];
const today = (ctx: Ctx) => isoDateInVietnam(ctx.now);

async function readable(ctx: Ctx, id: string): Promise<repo.TrainingRow> {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const row = await repo.findTraining(ctx.db, t, id);
  if (!row) throw notFound('lớp tập huấn');
  if (can(ctx.actor, 'registry.read', await orgChain(ctx.db, t, row.orgId))) return row;
  for (const u of await repo.invitedUnits(ctx.db, t, id))
    if (can(ctx.actor, 'registry.read', await orgChain(ctx.db, t, u.orgId))) return row;
  throw notFound('lớp tập huấn');
}

async function present(ctx: Ctx, row: repo.TrainingRow): Promise<TrainingDetail> {
  const t = ctx.actor.tenantId;
  const [org, units, ppl, files, chain] = await Promise.all([
    orgOf(ctx.db, t, row.orgId),
    repo.invitedUnits(ctx.db, t, row.id),
    repo.participantsOf(ctx.db, t, row.id),
    filesOf(ctx.db, t, OWNER, [row.id]),
    orgChain(ctx.db, t, row.orgId),
  ]);
  const s = attendanceSummary(ppl);
  const year = Number(row.fromDate.slice(0, 4));
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: org?.name ?? '',
    title: row.title,
    fromDate: row.fromDate,
    toDate: row.toDate,
    place: row.place,
    status: row.status,
    statusLabel: TRAINING_STATUS_LABELS[row.status],
    participants: s.invited,
    attended: s.attended,
    absent: s.absent,
    unmarked: s.unmarked,
    content: row.content,
    trainers: row.trainers as string[],
    invitedUnits: units,
    people: ppl.map((p) => ({
      personId: p.personId,
      fullName: p.fullName,
      unitId: p.unitId,
      unitName: p.unitName,
      attended: p.attended,
      certificateNo: p.certificateNo ? certificateNumber(p.certificateNo, year) : null,
    })),
    materials: files.map((f) => ({
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

export async function listTrainings(ctx: Ctx, q: TrainingQuery): Promise<TrainingPage> {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  let subtree: string[] | undefined;
  if (q.orgId) {
    if (!(await orgChain(ctx.db, t, q.orgId)).length) throw notFound('cơ quan, đơn vị');
    subtree = await subtreeIds(ctx.db, t, [q.orgId]);
  }
  const w: repo.TrainingWhere = {
    tenantId: t,
    readable: scope ? [...scope] : null,
    subtree,
    year: q.year,
    status: q.status,
  };
  const [total, rows] = await Promise.all([
    repo.countTrainings(ctx.db, w),
    repo.listTrainings(ctx.db, w, q.pageSize, (q.page - 1) * q.pageSize),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      participants: Number(r.participants),
      attended: Number(r.attended),
      statusLabel: TRAINING_STATUS_LABELS[r.status],
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getTraining(ctx: Ctx, id: string): Promise<TrainingDetail> {
  return present(ctx, await readable(ctx, id));
}

export async function createTraining(ctx: Ctx, body: TrainingBody): Promise<TrainingDetail> {
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', body.orgId);
  const t = ctx.actor.tenantId;
  const inside = new Set(await subtreeIds(ctx.db, t, [body.orgId]));
  const invited = [...new Set(body.invitedOrgIds)];
  const bad = invited.findIndex((o) => !inside.has(o));
  if (bad >= 0)
    throw invalid([
      {
        field: `invitedOrgIds.${bad}`,
        label: 'Đơn vị được mời',
        message: 'Chỉ mời được đơn vị thuộc phạm vi của cơ quan tổ chức.',
      },
    ]);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await repo.insertTraining(
      tx,
      {
        tenantId: t,
        id,
        orgId: body.orgId,
        title: body.title,
        content: body.content,
        fromDate: body.fromDate,
        toDate: body.toDate,
        place: body.place,
        trainers: body.trainers,
        status: 'planned',
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      invited,
    );
    await recordAudit(tx, ctx, {
      action: 'training.create',
      entityType: 'training',
      entityId: id,
      orgId: body.orgId,
      summary: `Lập kế hoạch lớp tập huấn "${body.title}"`,
      after: body,
    });
  });
  return getTraining(ctx, id);
}

async function manage(ctx: Ctx, id: string): Promise<repo.TrainingRow> {
  const row = await readable(ctx, id);
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', row.orgId);
  return row;
}

/** Adds people of the registry: from the organiser's subtree (which holds the invited units). */
export async function addParticipants(ctx: Ctx, id: string, personIds: string[]): Promise<TrainingDetail> {
  const row = await manage(ctx, id);
  if (row.status === 'cancelled') throw conflict('Lớp tập huấn đã hủy.');
  const t = ctx.actor.tenantId;
  const wanted = [...new Set(personIds)];
  const inside = new Set(await subtreeIds(ctx.db, t, [row.orgId]));
  const found = new Map((await repo.peopleUnits(ctx.db, t, wanted)).map((p) => [p.id, p.orgId]));
  const bad = personIds.findIndex((p) => {
    const unit = found.get(p);
    return !unit || !inside.has(unit);
  });
  if (bad >= 0)
    throw invalid([
      {
        field: `personIds.${bad}`,
        label: 'Học viên',
        message: 'Không tìm thấy người này trong phạm vi của cơ quan tổ chức.',
      },
    ]);
  await ctx.db.transaction(async (tx) => {
    await repo.addParticipants(tx, t, id, wanted);
    await recordAudit(tx, ctx, {
      action: 'training.participants',
      entityType: 'training',
      entityId: id,
      orgId: row.orgId,
      summary: `Thêm ${wanted.length} học viên vào lớp "${row.title}"`,
      after: { personIds: wanted },
    });
  });
  return getTraining(ctx, id);
}

/** Takes attendance; the course becomes held; attendees get certificate numbers. */
export async function takeAttendance(ctx: Ctx, id: string, body: AttendanceBody): Promise<TrainingDetail> {
  const first = await manage(ctx, id);
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockTraining(tx, t, id);
    if (!row) throw notFound('lớp tập huấn');
    const problem = attendanceProblem(row, today(ctx));
    if (problem) throw conflict(problem);
    const current = await repo.participantsOf(tx, t, id);
    const byId = new Map(current.map((p) => [p.personId, p]));
    const bad = unlistedMark(body.marks, (m) => m.personId, new Set(byId.keys()));
    if (bad >= 0)
      throw invalid([
        { field: `marks.${bad}.personId`, label: 'Học viên', message: 'Người này không có trong danh sách lớp.' },
      ]);
    const marks = new Map(body.marks.map((m) => [m.personId, m.attended]));
    const next = current.map((p) => ({
      personId: p.personId,
      attended: marks.has(p.personId) ? marks.get(p.personId)! : p.attended,
      certificateNo: p.certificateNo,
    }));
    const certs = assignCertificates(next);
    for (const p of next) {
      const before = byId.get(p.personId)!;
      const cert = certs.get(p.personId) ?? null;
      if (before.attended !== p.attended || before.certificateNo !== cert)
        await repo.setMark(tx, t, id, p.personId, p.attended, cert);
    }
    if (row.status === 'planned') await repo.setStatus(tx, t, id, 'held', ctx.now);
    await recordAudit(tx, ctx, {
      action: 'training.attendance',
      entityType: 'training',
      entityId: id,
      orgId: first.orgId,
      summary: `Điểm danh lớp "${row.title}": ${body.marks.filter((m) => m.attended).length} có mặt, ${body.marks.filter((m) => !m.attended).length} vắng`,
      after: body,
    });
  });
  return getTraining(ctx, id);
}

export async function cancelTraining(ctx: Ctx, id: string, reason: string): Promise<TrainingDetail> {
  const row = await manage(ctx, id);
  if (row.status !== 'planned') throw conflict('Chỉ hủy được lớp tập huấn chưa tổ chức.');
  await ctx.db.transaction(async (tx) => {
    await repo.setStatus(tx, ctx.actor.tenantId, id, 'cancelled', ctx.now);
    await recordAudit(tx, ctx, {
      action: 'training.cancel',
      entityType: 'training',
      entityId: id,
      orgId: row.orgId,
      summary: `Hủy lớp tập huấn "${row.title}": ${reason}`,
      after: { reason },
    });
  });
  return getTraining(ctx, id);
}

export async function attachMaterial(ctx: Ctx, id: string, fileName: string, bytes: Uint8Array) {
  const row = await manage(ctx, id);
  return withUploadSlot(ctx.actor.tenantId, () =>
    storeFile(ctx, {
      ownerType: OWNER,
      ownerId: id,
      fileName,
      bytes,
      orgId: row.orgId,
      label: `tài liệu lớp tập huấn "${row.title}"`,
    }),
  );
}

export async function readMaterial(ctx: Ctx, id: string, fileId: string) {
  await readable(ctx, id);
  const f = await loadFile(ctx.db, ctx.actor.tenantId, fileId);
  if (!f || f.ownerType !== OWNER || f.ownerId !== id) throw notFound('tài liệu');
  return f;
}

async function issuerOf(ctx: Ctx, orgId: string) {
  const t = ctx.actor.tenantId;
  const org = await orgOf(ctx.db, t, orgId);
  const parent = org?.parentId ? await orgOf(ctx.db, t, org.parentId) : undefined;
  const name = org?.name ?? '';
  const committee = !!org && COMMITTEE_TYPES.includes(org.type);
  const bare = name.replace(/^(Ủy ban nhân dân|UBND)\s+/iu, '');
  return {
    committee,
    place: placeOf(bare),
    issuer: committee
      ? { name: ['ỦY BAN NHÂN DÂN', upperVN(bare)] }
      : { ...(parent ? { superior: [upperVN(parent.name)] } : {}), name: [upperVN(name)] },
    certifier: committee ? `ỦY BAN NHÂN DÂN ${upperVN(bare)}` : upperVN(name),
  };
}

export async function attendanceList(ctx: Ctx, id: string, format: 'xlsx' | 'docx') {
  const row = await readable(ctx, id);
  const ppl = await repo.participantsOf(ctx.db, ctx.actor.tenantId, id);
  if (!ppl.length) throw conflict('Lớp tập huấn chưa có học viên.');
  const who = await issuerOf(ctx, row.orgId);
  const input: ListInput = {
    issuer: who.issuer,
    place: who.place,
    title: row.title,
    fromDate: row.fromDate,
    toDate: row.toDate,
    venue: row.place,
    rows: ppl,
  };
  const data = format === 'xlsx' ? await attendanceXlsx(input) : await buildNd30Docx(attendanceDocument(input));
  return { name: `Danh sách học viên - ${row.title.slice(0, 80)}.${format}`, data };
}

export async function certificate(ctx: Ctx, id: string, personId: string, format: 'docx' | 'pdf') {
  const row = await readable(ctx, id);
  const p = (await repo.participantsOf(ctx.db, ctx.actor.tenantId, id)).find((x) => x.personId === personId);
  if (!p) throw notFound('học viên của lớp');
  if (p.attended !== true || !p.certificateNo)
    throw conflict(`${p.fullName} chưa được điểm danh có mặt nên chưa có giấy chứng nhận.`);
  const who = await issuerOf(ctx, row.orgId);
  const doc = certificateDocument({
    ...who,
    number: certificateNumber(p.certificateNo, Number(row.fromDate.slice(0, 4))),
    title: row.title,
    fromDate: row.fromDate,
    toDate: row.toDate,
    venue: row.place,
    trainers: row.trainers as string[],
    person: p,
  });
  const data = format === 'pdf' ? Buffer.from(await buildNd30Pdf(doc)) : await buildNd30Docx(doc);
  return { name: `Giấy chứng nhận - ${p.fullName}.${format}`, data };
}

export async function listUntrained(ctx: Ctx, q: UntrainedQuery): Promise<UntrainedPage> {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  let units: string[] | null;
  if (q.orgId) {
    await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', q.orgId);
    units = await subtreeIds(ctx.db, t, [q.orgId]);
  } else {
    const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
    units = scope ? [...scope] : null;
  }
  const r = await repo.untrained(ctx.db, t, units, q.pageSize, (q.page - 1) * q.pageSize);
  return { ...r, page: q.page, pageSize: q.pageSize };
}

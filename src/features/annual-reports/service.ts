// Use cases of the six-month and annual reports (báo cáo sơ kết 6 tháng / tổng kết năm công tác thi
// đua, khen thưởng): show a unit's report (figures from the records, its narrative, its units'
// submissions and their sum), save the narrative (versioned, audited), submit the report to the
// parent body (figures frozen), and export it as DOCX or PDF in the Nghị định 30 layout.
import type { z } from '@hono/zod-openapi';
import {
  completeNarrative,
  computeAnnualFigures,
  defaultNarrative,
  headlineOf,
  NARRATIVE_KEYS,
  NARRATIVE_SECTIONS,
  type Narrative,
  type OversightFigures,
  PERIOD_REPORT_KIND_LABELS,
  PERIOD_REPORT_STATUS_LABELS,
  type PeriodReportKind,
  periodReportLabel,
  ROLLUP_KEYS,
  type ReportPeriod,
  type RollupTotals,
  reportPeriod,
  sumHeadlines,
} from '../../domain/reports/annual.js';
import type { OrgType } from '../../domain/registry/vocab.js';
import { upperVN } from '../../documents/nd30/index.js';
import {
  type AnnualReportInput,
  annualReportSubject,
  buildAnnualReportDocx,
  buildAnnualReportPdf,
} from '../../documents/report/annual.js';
import type { Ctx } from '../../server/context.js';
import { AppError, conflict, forbidden } from '../../server/errors.js';
import { can, grantRoots } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { countConferencesByYear } from '../conferences/repository.js';
import { countInspectionsByYear } from '../inspections/repository.js';
import { countPetitionsInPeriod } from '../petitions/repository.js';
import { countTrainingsByYear } from '../trainings/repository.js';
import { inSentence, isCommuneLevel, placeOf } from '../decisions/content.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { TOP_RECEIVER } from '../reports/service.js';
import * as repo from './repository.js';
import type { PeriodReport, SaveNarrativeBody, StoredReportsPage, StoredReportsQuery, SubmitBody } from './schema.js';

export interface PeriodReportInput {
  year: number;
  kind: PeriodReportKind;
  orgId?: string;
}

/** Who may write and submit a unit's report: those who prepare and send its dossiers. */
const WRITE = 'proposal.submit' as const;

/** The reporting unit: the requested organisation (after the policy check), else the actor's one readable subtree. */
async function reportingUnit(ctx: Ctx, orgId: string | undefined): Promise<{ unit: repo.UnitRow; chain: string[] }> {
  const { db, actor } = ctx;
  if (orgId) {
    const chain = await requireOrgAccess(db, actor, 'registry.read', orgId);
    const unit = await repo.findUnit(db, actor.tenantId, { id: orgId });
    if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan, đơn vị.');
    return { unit, chain };
  }
  const roots = grantRoots(actor, 'registry.read');
  if (roots.length === 0) throw forbidden('Bạn không có quyền xem dữ liệu của cơ quan, đơn vị nào.');
  const top = await repo.findUnit(db, actor.tenantId, { root: true });
  const pick = top && roots.includes(top.id) ? top.id : roots.length === 1 ? roots[0] : null;
  if (pick) return reportingUnit(ctx, pick);
  throw new AppError('VALIDATION', 'Hãy chọn cơ quan, đơn vị báo cáo.', [
    { field: 'orgId', label: 'Cơ quan, đơn vị', message: 'Hãy chọn cơ quan, đơn vị báo cáo.' },
  ]);
}

/** 'YYYY-MM-DD' of an instant in Vietnam (UTC+7). */
const formatInTz = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * The oversight work of the unit's subtree, from each feature's own records (through its
 * repository): the report year's inspections, and the courses, conferences and petitions of the period.
 */
async function oversightOf(ctx: Ctx, unitId: string, p: ReportPeriod): Promise<OversightFigures> {
  const t = ctx.actor.tenantId;
  const [inspections, trainings, conferences, petitions] = await Promise.all([
    countInspectionsByYear(ctx.db, t, p.year, unitId),
    countTrainingsByYear(ctx.db, t, p.year, unitId, p),
    countConferencesByYear(ctx.db, t, p.year, unitId, p),
    countPetitionsInPeriod(ctx.db, t, p, unitId),
  ]);
  return {
    inspections,
    trainings,
    conferences: {
      total: conferences.total,
      soKet: conferences.so_ket,
      tongKet: conferences.tong_ket,
      cluster: conferences.cluster,
      ceremony: conferences.ceremony,
    },
    petitions,
  };
}

async function figuresOf(ctx: Ctx, unitId: string, year: number, kind: PeriodReportKind) {
  const p = reportPeriod(year, kind);
  const [facts, oversight] = await Promise.all([
    repo.annualFacts(ctx.db, ctx.actor.tenantId, unitId, p, reportPeriod(year - 1, kind)),
    oversightOf(ctx, unitId, p),
  ]);
  return { period: p, figures: { ...computeAnnualFigures(facts), oversight } };
}

/** A unit's report for a year: figures from the records, the narrative, and its units' submissions. */
export async function getPeriodReport(ctx: Ctx, input: PeriodReportInput): Promise<PeriodReport> {
  const t = ctx.actor.tenantId;
  const { unit, chain } = await reportingUnit(ctx, input.orgId);
  const { period, figures } = await figuresOf(ctx, unit.id, input.year, input.kind);
  const stored = await repo.findReport(ctx.db, t, unit.id, input.year, input.kind);
  const narrative = completeNarrative((stored?.narrative as Record<string, unknown>) ?? {}, defaultNarrative(input));
  const children = await repo.childUnits(ctx.db, t, unit.id);
  const theirs = await repo.reportsOf(
    ctx.db,
    t,
    children.map((c) => c.id),
    input.year,
    input.kind,
  );
  const byOrg = new Map(theirs.map((r) => [r.orgId, r]));
  const units = children.map((c) => {
    const r = byOrg.get(c.id);
    const headline =
      r?.status === 'submitted' ? ((r.submittedFigures as { headline?: RollupTotals } | null)?.headline ?? null) : null;
    return {
      id: c.id,
      code: c.code,
      name: c.name,
      status: (r ? r.status : 'none') as 'none' | 'draft' | 'submitted',
      submittedAt: iso(r?.submittedAt),
      headline,
    };
  });
  const submitted = units.filter((u) => u.headline !== null);
  const versions = stored ? await repo.versionsOf(ctx.db, t, stored.id) : [];
  return {
    id: stored?.id ?? null,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    receiver: unit.parentName ?? TOP_RECEIVER,
    parentInSystem: unit.parentId !== null,
    year: input.year,
    kind: input.kind,
    kindLabel: PERIOD_REPORT_KIND_LABELS[input.kind],
    subject: annualReportSubject(input.year, input.kind),
    period: { from: period.from, to: period.to },
    status: stored?.status ?? 'draft',
    version: stored?.version ?? 0,
    narrative,
    sections: NARRATIVE_SECTIONS.map(([key, label]) => ({ key, label })),
    figures,
    submittedAt: iso(stored?.submittedAt),
    updatedAt: iso(stored?.updatedAt),
    versions: versions.map((v) => ({
      version: v.version,
      editedAt: v.editedAt.toISOString(),
      editorName: v.editorName,
    })),
    units,
    rollup: {
      submitted: submitted.length,
      total: units.length,
      totals: sumHeadlines(submitted.map((u) => u.headline as RollupTotals)),
      labels: ROLLUP_KEYS.map(([key, label]) => ({ key, label })),
    },
    canEdit: can(ctx.actor, WRITE, chain) && (stored?.status ?? 'draft') === 'draft',
  };
}

/** The reports stored so far (a draft saved once, or sent up) of the units the actor may read. */
export async function listStoredPeriodReports(
  ctx: Ctx,
  q: z.output<typeof StoredReportsQuery>,
): Promise<z.output<typeof StoredReportsPage>> {
  if (!grantRoots(ctx.actor, 'registry.read').length)
    throw forbidden('Bạn không có quyền xem dữ liệu của cơ quan, đơn vị nào.');
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  const { total, items } = await repo.listStoredReports(
    ctx.db,
    { tenantId: ctx.actor.tenantId, orgIds: scope ? [...scope] : null, year: q.year },
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return {
    items: items.map((r) => ({
      ...r,
      kindLabel: PERIOD_REPORT_KIND_LABELS[r.kind],
      label: periodReportLabel(r),
      statusLabel: PERIOD_REPORT_STATUS_LABELS[r.status],
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Saves the officer's narrative as a new version (refused when someone saved in between). */
export async function savePeriodReportNarrative(
  ctx: Ctx,
  body: z.output<typeof SaveNarrativeBody>,
): Promise<PeriodReport> {
  const t = ctx.actor.tenantId;
  await requireOrgAccess(ctx.db, ctx.actor, WRITE, body.orgId);
  const narrative = Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, body.narrative[k]])) as Narrative;
  await ctx.db.transaction(async (tx) => {
    const stored = await repo.findReport(tx, t, body.orgId, body.year, body.kind);
    if (stored?.status === 'submitted') throw conflict('Báo cáo đã gửi cấp trên, không sửa được nữa.');
    if ((stored?.version ?? 0) !== body.version)
      throw conflict(
        'Báo cáo vừa được người khác lưu (phiên bản mới hơn bản bạn đang sửa). Vui lòng tải lại trang trước khi lưu.',
      );
    let id = stored?.id;
    if (!stored) {
      id = crypto.randomUUID();
      await repo.insertReport(tx, {
        tenantId: t,
        id,
        orgId: body.orgId,
        year: body.year,
        kind: body.kind,
        status: 'draft',
        narrative,
        version: 1,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedBy: ctx.actor.userId,
        updatedAt: ctx.now,
      });
      await repo.insertVersion(tx, {
        tenantId: t,
        reportId: id,
        version: 1,
        narrative,
        editedBy: ctx.actor.userId,
        editedAt: ctx.now,
      });
    } else if (!(await repo.saveNarrative(tx, t, stored.id, stored.version, narrative, ctx.actor.userId, ctx.now))) {
      throw conflict('Báo cáo vừa được người khác lưu. Vui lòng tải lại trang trước khi lưu.');
    }
    const before = stored ? (stored.narrative as Record<string, string>) : null;
    const changed = NARRATIVE_SECTIONS.filter(([k]) => (before?.[k] ?? null) !== narrative[k]).map(([, l]) => l);
    await recordAudit(tx, ctx, {
      action: 'period_report.save',
      entityType: 'period_report',
      entityId: id,
      orgId: body.orgId,
      summary: `Lưu báo cáo ${PERIOD_REPORT_KIND_LABELS[body.kind].toLowerCase()} năm ${body.year} (phiên bản ${body.version + 1}${changed.length ? `; sửa: ${changed.join(', ')}` : ''})`,
      before,
      after: narrative,
    });
  });
  return getPeriodReport(ctx, { year: body.year, kind: body.kind, orgId: body.orgId });
}

/** Submits the unit's report to its parent body: the figures are frozen as they are now. */
export async function submitPeriodReport(ctx: Ctx, body: z.output<typeof SubmitBody>): Promise<PeriodReport> {
  const t = ctx.actor.tenantId;
  await requireOrgAccess(ctx.db, ctx.actor, WRITE, body.orgId);
  const unit = await repo.findUnit(ctx.db, t, { id: body.orgId });
  if (!unit?.parentId)
    throw conflict(
      `Cơ quan, đơn vị này báo cáo ${TOP_RECEIVER}, ngoài hệ thống: hãy tải báo cáo về và gửi theo đường văn bản.`,
    );
  const { figures } = await figuresOf(ctx, body.orgId, body.year, body.kind);
  await ctx.db.transaction(async (tx) => {
    const stored = await repo.findReport(tx, t, body.orgId, body.year, body.kind);
    if (!stored)
      throw conflict('Hãy lưu phần nhận xét, đánh giá của báo cáo trước khi gửi cấp trên.', [
        { field: 'narrative', label: 'Nội dung báo cáo', message: 'Báo cáo chưa được lưu lần nào.' },
      ]);
    if (
      !(await repo.markSubmitted(
        tx,
        t,
        stored.id,
        { headline: headlineOf(figures), figures },
        ctx.actor.userId,
        ctx.now,
      ))
    )
      throw conflict('Báo cáo đã được gửi cấp trên.');
    await recordAudit(tx, ctx, {
      action: 'period_report.submit',
      entityType: 'period_report',
      entityId: stored.id,
      orgId: body.orgId,
      summary: `Gửi ${unit.parentName} báo cáo ${PERIOD_REPORT_KIND_LABELS[body.kind].toLowerCase()} năm ${body.year} của ${unit.name}`,
      after: { headline: headlineOf(figures) },
    });
  });
  return getPeriodReport(ctx, { year: body.year, kind: body.kind, orgId: body.orgId });
}

const UBND = /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+/iu;

/** The NĐ 30 header of a body: 'ỦY BAN NHÂN DÂN' over a commune, ward or province; its parent over an agency. */
function issuerOf(unit: repo.UnitRow, commune: boolean) {
  if (commune) return { name: ['ỦY BAN NHÂN DÂN', upperVN(unit.name.replace(UBND, ''))] };
  return {
    superior: unit.parentName ? [upperVN(unit.parentName)] : undefined,
    name: [upperVN(unit.name)],
  };
}

/** The place of the place-date line: the commune's, ward's or province's own name ('Mường Lay'). */
function placeName(name: string): string {
  const bare = name.replace(UBND, '');
  return bare.replace(/^(?:phường|xã|đặc khu|thị trấn|tỉnh|thành phố|thị xã|huyện)\s+/iu, '').trim() || placeOf(name);
}

/** The document's input for a unit's report (shared by the web export and the CLI). */
export async function periodReportDocument(ctx: Ctx, input: PeriodReportInput): Promise<AnnualReportInput> {
  const r = await getPeriodReport(ctx, input);
  const unit = await repo.findUnit(ctx.db, ctx.actor.tenantId, { id: r.unit.id });
  if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan, đơn vị.');
  const commune = isCommuneLevel(unit.type as OrgType) || unit.type === 'province';
  const position = r.narrative.signerPosition.trim() || 'CHỦ TỊCH';
  const signerLines = commune
    ? ['TM. ỦY BAN NHÂN DÂN', upperVN(position)]
    : /phó/iu.test(position)
      ? ['KT. THỦ TRƯỞNG', upperVN(position)]
      : [upperVN(position)];
  return {
    issuer: issuerOf(unit, commune),
    symbol: commune ? 'BC-UBND' : 'BC',
    // A commune, ward or province dates at its own name; an agency or school at its parent's.
    place: placeName(commune || !unit.parentName ? unit.name : unit.parentName),
    // Signed by hand: the clerk writes the day; the year is the current one (Vietnam time).
    date: { year: Number(formatInTz(ctx.now).slice(0, 4)) },
    year: r.year,
    kind: r.kind,
    unitInSentence: inSentence(unit.name),
    receiver: r.receiver,
    figures: r.figures,
    narrative: r.narrative,
    signerLines,
    units: r.units.map((u) => ({
      name: u.name,
      submitted: u.status === 'submitted',
      awards: u.headline?.awards ?? null,
      movements: u.headline?.movementsLaunched ?? null,
    })),
  };
}

export async function exportPeriodReport(
  ctx: Ctx,
  input: PeriodReportInput & { format: 'docx' | 'pdf' },
): Promise<{ data: Buffer; name: string }> {
  const doc = await periodReportDocument(ctx, input);
  const unit = await reportingUnit(ctx, input.orgId);
  const name = `Bao-cao-${input.kind === 'year' ? 'tong-ket' : 'so-ket-6-thang'}-${input.year}-${unit.unit.code}.${input.format}`;
  const data =
    input.format === 'docx' ? await buildAnnualReportDocx(doc) : Buffer.from(await buildAnnualReportPdf(doc));
  return { data, name };
}

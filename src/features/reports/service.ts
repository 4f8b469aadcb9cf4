// Use cases of the statistical reports: compute a form of TT 02/2023/TT-BNV for the organisation
// subtree and year the actor may read, list the records behind a cell, and export the form.
import {
  CIRCULAR,
  classify,
  computeForm,
  FORMS,
  statPeriod,
  type StatFormCode,
  type StatInput,
  type StatPeriod,
} from '../../domain/reports/index.js';
import type { Db, Tx } from '../../db/client.js';
import type { Ctx } from '../../server/context.js';
import { AppError, forbidden } from '../../server/errors.js';
import { grantRoots } from '../../server/policy.js';
import { requireOrgAccess } from '../organisations/scope.js';
import * as repo from './repository.js';
import type { StatisticalCell, StatisticalForm } from './schema.js';
import { buildStatisticsDocx, buildStatisticsXlsx } from './exports.js';

export interface StatisticsInput {
  form: StatFormCode;
  year: number;
  orgId?: string;
}

/** Who receives the report of a body without a parent in the system (a province reports to the ministry). */
export const TOP_RECEIVER = 'Bộ Nội vụ';

/** The reporting unit: the requested organisation (after the policy check), else the actor's one readable subtree. */
async function reportingUnit(ctx: Ctx, orgId: string | undefined): Promise<repo.OrgRow> {
  const { db, actor } = ctx;
  if (orgId) {
    await requireOrgAccess(db, actor, 'registry.read', orgId);
    const org = await repo.findOrganisation(db, actor.tenantId, { id: orgId });
    if (!org) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan, đơn vị.');
    return org;
  }
  const roots = grantRoots(actor, 'registry.read');
  if (roots.length === 0) throw forbidden('Bạn không có quyền xem dữ liệu của cơ quan, đơn vị nào.');
  const top = await repo.findOrganisation(db, actor.tenantId, { root: true });
  if (top && roots.includes(top.id)) return top;
  if (roots.length === 1) {
    const org = await repo.findOrganisation(db, actor.tenantId, { id: roots[0] });
    if (org) return org;
  }
  throw new AppError('VALIDATION', 'Hãy chọn cơ quan, đơn vị báo cáo.', [
    { field: 'orgId', label: 'Cơ quan, đơn vị', message: 'Hãy chọn cơ quan, đơn vị báo cáo.' },
  ]);
}

/**
 * The form's records. `grouped`: records alike may come as one with a count (enough for the
 * figures; the drill-down needs every record).
 */
async function loadInput(
  db: Db | Tx,
  tenantId: string,
  rootId: string,
  form: StatFormCode,
  period: StatPeriod,
  grouped = false,
): Promise<StatInput> {
  switch (form) {
    case '0601':
      return {
        form,
        movements: await (grouped ? repo.movementGroups : repo.movementFacts)(db, tenantId, rootId, period),
      };
    case '0602':
      return { form, awards: await repo.stateAwardFacts(db, tenantId, rootId, period), submitter: 'province' };
    case '0603':
      return { form, awards: await repo.provinceAwardFacts(db, tenantId, rootId, period) };
    case '0604':
      return { form, offices: await repo.officeFacts(db, tenantId, rootId) };
    case '0605':
      return { form, staff: await repo.staffFacts(db, tenantId, rootId, period) };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function present(unit: repo.OrgRow, input: StatInput, year: number): StatisticalForm {
  const def = FORMS[input.form];
  const computed = computeForm(input, year);
  return {
    form: def.number,
    code: def.code,
    title: def.title,
    circular: CIRCULAR.issuedBy,
    period: computed.period,
    reportingUnit: { id: unit.id, code: unit.code, name: unit.name },
    receivingUnit: unit.parentName ?? TOP_RECEIVER,
    receiptDate: `${year}-${pad(CIRCULAR.receiptDay.month)}-${pad(CIRCULAR.receiptDay.day)}`,
    unitNote: def.unitNote ?? null,
    columns: def.columns.map((c) => ({
      no: c.no,
      label: c.label,
      group: c.group ?? null,
      numbering: c.numbering ?? String(c.no),
    })),
    lines: def.lines.map((l) => ({ code: l.code, label: l.label, depth: l.depth, unit: l.unit ?? null })),
    hasUnitColumn: def.hasUnitColumn,
    rows: computed.rows.map((r) => ({ code: r.code, label: r.label, values: r.values })),
  };
}

/** A statistical form (biểu 0601–0605.N/BNV-TĐKT) for the year's TĐKT reporting period. */
export async function computeStatisticalForm(ctx: Ctx, input: StatisticsInput): Promise<StatisticalForm> {
  const period = statPeriod(input.year);
  const load = (rootId: string) => loadInput(ctx.db, ctx.actor.tenantId, rootId, input.form, period, true);
  // When the reporting unit's id is known before its lookup (asked for, or the actor's one
  // readable subtree), the lookup and the access check run alongside the form's query instead of
  // before it; the figures are returned only once both have succeeded.
  const roots = grantRoots(ctx.actor, 'registry.read');
  const knownId = input.orgId ?? (roots.length === 1 ? roots[0] : undefined);
  if (knownId) {
    const [unit, data] = await Promise.all([reportingUnit(ctx, input.orgId), load(knownId)]);
    if (unit.id === knownId) return present(unit, data, input.year);
    return present(unit, await load(unit.id), input.year);
  }
  const unit = await reportingUnit(ctx, input.orgId);
  return present(unit, await load(unit.id), input.year);
}

const RECORD_KIND: Record<StatFormCode, 'movement' | 'award' | 'office' | 'person'> = {
  '0601': 'movement',
  '0602': 'award',
  '0603': 'award',
  '0604': 'office',
  '0605': 'person',
};

/** The records behind one cell of a form (drill-down). */
export async function listStatisticalCell(
  ctx: Ctx,
  input: StatisticsInput & { row: string; col: number },
): Promise<StatisticalCell> {
  const def = FORMS[input.form];
  if (!def.lines.some((l) => l.code === input.row)) {
    throw new AppError('VALIDATION', `Biểu ${def.number} không có dòng mã số ${input.row}.`, [
      { field: 'row', label: 'Mã số dòng', message: `Biểu ${def.number} không có dòng mã số ${input.row}.` },
    ]);
  }
  if (input.col > def.columns.length) {
    throw new AppError('VALIDATION', `Biểu ${def.number} không có cột ${input.col}.`, [
      { field: 'col', label: 'Cột', message: `Biểu ${def.number} chỉ có ${def.columns.length} cột số.` },
    ]);
  }
  const unit = await reportingUnit(ctx, input.orgId);
  const period = statPeriod(input.year);
  const data = await loadInput(ctx.db, ctx.actor.tenantId, unit.id, input.form, period);
  const ids = classify(data, period)
    .filter((r) => r.cells.some(([row, col]) => row === input.row && col === input.col))
    .map((r) => r.id);
  return {
    row: input.row,
    col: input.col,
    items: await repo.describeRecords(ctx.db, ctx.actor.tenantId, RECORD_KIND[input.form], ids),
  };
}

/** The form as a file in its layout: Excel or Word. */
export async function exportStatisticalForm(
  ctx: Ctx,
  input: StatisticsInput & { format: 'xlsx' | 'docx' },
): Promise<{ data: Buffer; name: string }> {
  const form = await computeStatisticalForm(ctx, input);
  const name = `Bieu-${form.code}-${input.year}-${form.reportingUnit.code}.${input.format}`;
  return { data: input.format === 'xlsx' ? await buildStatisticsXlsx(form) : await buildStatisticsDocx(form), name };
}

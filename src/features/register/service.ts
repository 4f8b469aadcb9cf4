// Use cases of the commendation register (sổ theo dõi khen thưởng, sổ vàng): list the award
// records the actor may read, filtered and paged on the server, and export them to Excel.
import { sql } from 'drizzle-orm';
import { AWARD_STATE_LABELS } from '../../domain/register/award-state.js';
import { AWARD_LEVEL_LABELS, awardLevel } from '../../domain/register/levels.js';
import { awardName, PERSON_CATEGORY_LABELS } from '../../domain/registry/vocab.js';
import { awardRecords } from '../../db/schema.js';
import type { Ctx } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { readableOrgCondition } from '../organisations/scope.js';
import { buildRegisterXlsx } from './export.js';
import * as repo from './repository.js';
import type { RegisterEntry, RegisterExportQuery, RegisterFilter, RegisterPage, RegisterQuery } from './schema.js';

/** The most rows one Excel file holds; beyond it the user narrows the filter. */
export const EXPORT_MAX_ROWS = 100_000;
/** Rows read from the database at a time while writing the file. */
const EXPORT_BATCH = 2_000;

async function whereOf(ctx: Ctx, f: RegisterFilter): Promise<repo.RegisterWhere> {
  const scope = await readableOrgCondition(ctx.db, ctx.actor, awardRecords.subjectOrgId, f.orgId);
  return {
    tenantId: ctx.actor.tenantId,
    scope,
    q: f.q,
    year: f.year,
    awardCode: f.awardCode,
    level: f.level,
    category: f.category,
    state: f.state,
  };
}

export function presentEntry(r: repo.RegisterRow): RegisterEntry {
  const level = awardLevel(r.awardCode);
  return { ...r, awardName: awardName(r.awardCode), level, levelName: AWARD_LEVEL_LABELS[level] };
}

/** One page of the register, with the number of records the filter selects. */
export async function listRegisterEntries(ctx: Ctx, q: RegisterQuery): Promise<RegisterPage> {
  const w = await whereOf(ctx, q);
  const [total, rows] = await Promise.all([
    repo.countRegister(ctx.db, w),
    repo.listRegister(ctx.db, w, q.sort, q.pageSize, (q.page - 1) * q.pageSize),
  ]);
  return { items: rows.map(presentEntry), total, page: q.page, pageSize: q.pageSize };
}

/** The filters in words, for the file's heading. */
async function describeFilter(ctx: Ctx, f: RegisterFilter): Promise<string[]> {
  const out: string[] = [];
  if (f.orgId) {
    const r = await ctx.db.execute(
      sql`SELECT name FROM organisations WHERE tenant_id = ${ctx.actor.tenantId} AND id = ${f.orgId}`,
    );
    const name = ((r as { rows?: { name: string }[] }).rows ?? (r as unknown as { name: string }[]))[0]?.name;
    out.push(`Đơn vị: ${name ?? f.orgId} (gồm các đơn vị trực thuộc)`);
  }
  if (f.year !== undefined) out.push(`Năm quyết định: ${f.year}`);
  if (f.level) out.push(`Cấp quyết định: ${AWARD_LEVEL_LABELS[f.level]}`);
  if (f.category) out.push(`Đối tượng cá nhân được khen: ${PERSON_CATEGORY_LABELS[f.category]}`);
  if (f.state) out.push(`Hiệu lực: ${AWARD_STATE_LABELS[f.state]}`);
  if (f.awardCode) out.push(`Danh hiệu, hình thức: ${awardName(f.awardCode)}`);
  if (f.q?.trim()) out.push(`Từ khóa: “${f.q.trim()}”`);
  return out;
}

/** The register as an Excel workbook, read from the database in batches. */
export async function exportRegister(ctx: Ctx, f: RegisterExportQuery): Promise<{ data: Buffer; name: string }> {
  const w = await whereOf(ctx, f);
  const total = await repo.countRegister(ctx.db, w);
  if (total > EXPORT_MAX_ROWS) {
    throw new AppError(
      'VALIDATION',
      `Sổ có ${total.toLocaleString('vi-VN')} bản ghi, quá ${EXPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng một tệp Excel. Hãy lọc theo năm, đơn vị hoặc hình thức khen thưởng.`,
    );
  }
  const filters = await describeFilter(ctx, f);
  async function* batches() {
    for (let offset = 0; offset < total; offset += EXPORT_BATCH) {
      const rows = await repo.listRegister(ctx.db, w, f.sort, EXPORT_BATCH, offset);
      if (rows.length === 0) return;
      yield rows.map(presentEntry);
    }
  }
  const data = await buildRegisterXlsx(filters, total, batches());
  const name = `So-theo-doi-khen-thuong${f.year ? `-${f.year}` : ''}.xlsx`;
  return { data, name };
}

// Excel import as a job: upload → validate every row (progress shown) → report with row and
// column → commit all rows, or nothing (commit.ts). Jobs survive leaving the page and restarts.
import ExcelJS from 'exceljs';
import { and, count, desc, eq, isNotNull, isNull, like } from 'drizzle-orm';
import { offsetOf } from '../../server/paging.js';
import type { ImportListQuery } from './schema.js';
import { awardRecords, jobs, organisations, people, ratings } from '../../db/schema.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { AppError, invalid, notFound, refuse } from '../../server/errors.js';
import { requireAnywhere } from '../../server/policy.js';
import { readSheet } from '../../documents/xlsx.js';
import { verifyZip, XLSX_LIMITS, ZipFormatError, ZipLimitError, type ZipEntry } from '../../documents/safe-zip.js';
import { acquireUploadSlot } from '../../server/upload-gate.js';
import { scopeFor } from '../organisations/scope.js';
import { ratingPeriodProblem } from '../people/service.js';
import {
  type AwardImport,
  type FileState,
  type ImportKind,
  type Lookups,
  type OrgImport,
  type PersonImport,
  type RatingImport,
  rowKeys,
  SPECS,
} from './kinds.js';
import { now as clockNow } from '../../server/clock.js';
import { markCommitError, prepareWrite, type WriteJob, writeRows } from './commit.js';
import type { ImportStatus } from './schema.js';

/**
 * Most data rows one file may hold: twice a province's staff (150,000 people) in one file. The
 * sheet is read streaming and written in chunks; what grows with the rows is the validated rows
 * kept for the commit (about 1 KB of memory a row while the file is read).
 */
export const MAX_ROWS = 300_000;

export interface ImportIssue {
  row: number;
  column: string;
  header: string;
  message: string;
}

/** What a job's validation found, as the code handles it; stored split into `result` and `payload`. */
interface JobResult {
  kind: ImportKind;
  errors: ImportIssue[];
  /** Validated records waiting for commit. */
  values?: unknown[];
  created?: number;
  fatal?: string;
  /** Why the last attempt to write failed (nothing was written). */
  commitError?: string;
  /** A rejected file's rows as read, for the downloadable validation report. */
  sheet?: { columns: { key: string; letter: string }[]; rows: { row: number; cells: Record<string, string> }[] };
}

/** jobs.result: small, read by every poll of the job's page. */
interface StoredResult extends Omit<JobResult, 'values' | 'sheet'> {
  valid: number;
  preview: unknown[];
  hasSheet: boolean;
}

/** jobs.payload: the large part, read only to write the rows or build the validation report. */
interface StoredPayload {
  values?: unknown[];
  sheet?: JobResult['sheet'];
}

function splitResult(r: JobResult): { result: StoredResult; payload: StoredPayload | null } {
  const { values, sheet, ...small } = r;
  return {
    result: { ...small, valid: values?.length ?? 0, preview: values?.slice(0, 20) ?? [], hasSheet: !!sheet },
    payload: values || sheet ? { values, sheet } : null,
  };
}

/** Progress of running jobs, kept in memory: writes inside a long transaction are not visible. */
const progress = new Map<string, { processed: number; total: number; phase: string }>();

async function loadLookups(ctx: Ctx, kind: ImportKind): Promise<Lookups> {
  const t = ctx.actor.tenantId;
  const orgs = await ctx.db
    .select({ id: organisations.id, code: organisations.code, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(eq(organisations.tenantId, t));
  const orgByCode = new Map(orgs.map((o) => [o.code, o]));
  for (const o of orgs) if (!orgByCode.has(o.code.toUpperCase())) orgByCode.set(o.code.toUpperCase(), o);
  const writable = await scopeFor(ctx.db, ctx.actor, 'import.run');
  const writeScope = await scopeFor(ctx.db, ctx.actor, 'registry.write');
  const both =
    writable === null
      ? writeScope
      : writeScope === null
        ? writable
        : new Set([...writable].filter((x) => writeScope.has(x)));
  const personByCccd = new Map<string, { id: string; fullName: string; orgId: string | null }>();
  if (kind !== 'organisations') {
    const rows = await ctx.db
      .select({ id: people.id, fullName: people.fullName, orgId: people.orgId, cccd: people.cccd })
      .from(people)
      .where(and(eq(people.tenantId, t), isNotNull(people.cccd)));
    for (const p of rows) personByCccd.set(p.cccd!, p);
  }
  const orgsInScope = both === null ? orgs : orgs.filter((o) => both.has(o.id));
  const ratingsByPerson = new Map<string, { period: string; rating: string }[]>();
  if (kind === 'ratings') {
    const rows = await ctx.db
      .select({ personId: ratings.personId, period: ratings.period, rating: ratings.rating })
      .from(ratings)
      .where(and(eq(ratings.tenantId, t), isNotNull(ratings.personId)));
    for (const r of rows) ratingsByPerson.set(r.personId!, [...(ratingsByPerson.get(r.personId!) ?? []), r]);
  }
  // Awards on record per subject (awards import): a row repeating one achievement is refused on the row.
  let awardsBySubject: Lookups['awardsBySubject'];
  if (kind === 'awards') {
    awardsBySubject = new Map();
    const rows = await ctx.db
      .select({
        personId: awardRecords.personId,
        orgId: awardRecords.orgId,
        awardCode: awardRecords.awardCode,
        period: awardRecords.period,
        track: awardRecords.track,
        decisionNo: awardRecords.decisionNo,
        decisionDate: awardRecords.decisionDate,
        revokedOn: awardRecords.revokedOn,
      })
      .from(awardRecords)
      .where(and(eq(awardRecords.tenantId, t), isNull(awardRecords.householdId)));
    for (const { personId, orgId, ...r } of rows) {
      const who = (personId ?? orgId)!;
      awardsBySubject.set(who, [...(awardsBySubject.get(who) ?? []), r]);
    }
  }
  return {
    orgByCode,
    writable: both,
    personByCccd,
    orgsInScope,
    today: isoDateInVietnam(clockNow()),
    ratingsByPerson,
    awardsBySubject,
  };
}

/** The message of a file that is not a readable .xlsx package. */
const UNREADABLE = 'Không đọc được tệp. Hãy kiểm tra tệp có đúng định dạng Excel (.xlsx).';

export async function startImport(ctx: Ctx, kind: ImportKind, fileName: string, data: Uint8Array) {
  requireAnywhere(ctx.actor, 'import.run');
  if (!/\.xlsx$/i.test(fileName)) {
    throw invalid([{ field: 'file', label: 'Tệp', message: 'Chỉ nhận tệp Excel .xlsx (hãy dùng tệp mẫu).' }]);
  }
  // A slot first (429 when this tenant already has files being read), then the zip checks
  // before anything is parsed: a package over the limits is refused here with a 400.
  const release = acquireUploadSlot(ctx.actor.tenantId);
  let entries: ZipEntry[] | null = null;
  let unreadable = UNREADABLE;
  try {
    entries = await verifyZip(data, XLSX_LIMITS);
  } catch (e) {
    if (e instanceof ZipLimitError) {
      release();
      throw invalid([{ field: 'file', label: 'Tệp', message: e.message }], e.message);
    }
    if (!(e instanceof ZipFormatError)) {
      release();
      throw e;
    }
    unreadable = `Không đọc được tệp: ${e.message}. Hãy kiểm tra tệp có đúng định dạng Excel (.xlsx).`;
  }
  const id = crypto.randomUUID();
  try {
    await ctx.db.insert(jobs).values({
      tenantId: ctx.actor.tenantId,
      id,
      kind: `import.${kind}`,
      status: 'validating',
      fileName,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
  } catch (e) {
    release();
    throw e;
  }
  progress.set(id, { processed: 0, total: 0, phase: 'validating' });
  // Validation runs in the background, still holding the slot; the client follows the job.
  void (
    entries
      ? validateJob(ctx, id, kind, data, entries)
      : finish(ctx, id, 'rejected', { kind, errors: [], fatal: unreadable })
  )
    .catch(async (e) => {
      console.error(e);
      await finish(ctx, id, 'failed', { kind, errors: [], fatal: UNREADABLE });
    })
    .catch((e) => console.error(e))
    .finally(release);
  return { id };
}

async function finish(ctx: Ctx, id: string, status: string, result: JobResult, processed?: number, total?: number) {
  progress.delete(id);
  await ctx.db
    .update(jobs)
    .set({
      status,
      ...splitResult(result),
      finishedAt: clockNow(),
      ...(processed !== undefined ? { processed } : {}),
      ...(total !== undefined ? { total } : {}),
    })
    .where(and(eq(jobs.tenantId, ctx.actor.tenantId), eq(jobs.id, id)));
}

async function validateJob(ctx: Ctx, id: string, kind: ImportKind, data: Uint8Array, entries: ZipEntry[]) {
  const spec = SPECS[kind];
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(data, entries, spec.columns, MAX_ROWS);
  } catch {
    return finish(ctx, id, 'rejected', { kind, errors: [], fatal: UNREADABLE });
  }
  if (sheet.tooMany) {
    return finish(ctx, id, 'rejected', {
      kind,
      errors: [],
      fatal: `Tệp có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng, vượt quá giới hạn mỗi lần nhập. Hãy chia nhỏ tệp.`,
    });
  }
  if (sheet.missing.length) {
    return finish(ctx, id, 'rejected', {
      kind,
      errors: [],
      fatal: `Không tìm thấy dòng tiêu đề có đủ các cột bắt buộc: ${sheet.missing.join(', ')}. Hãy dùng tệp mẫu.`,
    });
  }
  if (sheet.rows.length === 0)
    return finish(ctx, id, 'rejected', { kind, errors: [], fatal: 'Tệp không có dòng dữ liệu nào.' });
  const lk = await loadLookups(ctx, kind);
  const file: FileState = {
    seen: new Map(),
    fileOrgCodes: new Set(kind === 'organisations' ? sheet.rows.map((r) => r.cells.code).filter(Boolean) : []),
    fileRatings: new Map(),
  };
  const headerOf = Object.fromEntries(spec.columns.map((c) => [c.key, c.header.replace(/\*$/, '')]));
  const errors: ImportIssue[] = [];
  const values: unknown[] = [];
  const total = sheet.rows.length;
  for (let i = 0; i < total; i++) {
    const { row, cells } = sheet.rows[i];
    file.row = row;
    const r = spec.validate(cells, lk, file);
    if ('errors' in r) {
      for (const e of r.errors) {
        errors.push({
          row,
          column: sheet.columnLetter[e.key] ?? '',
          header: headerOf[e.key] ?? e.key,
          message: e.message,
        });
      }
    } else values.push(r.value);
    for (const k of rowKeys(kind, cells, 'value' in r ? r.value : null)) if (!file.seen.has(k)) file.seen.set(k, row);
    if (i % 200 === 0) {
      progress.set(id, { processed: i, total, phase: 'validating' });
      await new Promise((res) => setImmediate(res));
    }
  }
  if (kind === 'organisations' && errors.length === 0) {
    const cycle = findCycle(values as OrgImport[], lk);
    if (cycle)
      errors.push({
        row: 0,
        column: '',
        header: 'Mã đơn vị cấp trên',
        message: `Các đơn vị tạo thành vòng lặp cấp trên: ${cycle.join(' → ')}.`,
      });
  }
  if (errors.length) {
    const columns = Object.entries(sheet.columnLetter)
      .map(([key, letter]) => ({ key, letter }))
      .sort((a, b) => a.letter.length - b.letter.length || a.letter.localeCompare(b.letter));
    return finish(
      ctx,
      id,
      'rejected',
      { kind, errors: errors.slice(0, 2000), sheet: { columns, rows: sheet.rows } },
      total,
      total,
    );
  }
  return finish(ctx, id, 'validated', { kind, errors: [], values }, total, total);
}

function findCycle(rows: OrgImport[], lk: Lookups): string[] | null {
  const parent = new Map(rows.map((r) => [r.code, r.parentCode]));
  for (const start of parent.keys()) {
    const path: string[] = [];
    let cur: string | undefined = start;
    while (cur && parent.has(cur) && !lk.orgByCode.has(cur)) {
      if (path.includes(cur)) return [...path.slice(path.indexOf(cur)), cur];
      path.push(cur);
      cur = parent.get(cur);
    }
  }
  return null;
}

async function loadJob(ctx: Ctx, id: string) {
  const [job] = await ctx.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.tenantId, ctx.actor.tenantId), eq(jobs.id, id)));
  if (!job?.kind.startsWith('import.')) throw notFound('lần nhập dữ liệu');
  if (job.createdBy !== ctx.actor.userId) requireAnywhere(ctx.actor, 'audit.read');
  return job;
}

/** The status the API shows: "writing" (past the commit point) is still "committing" to the user. */
/** A job's status as the page shows it (a job writing its rows in chunks is committing). */
const shownStatus = (status: string) => (status === 'writing' ? 'committing' : status) as ImportStatus;

/**
 * A job as its page polls it: the progress, the messages and the first rows (jobs.result), never
 * the file's rows (jobs.payload, megabytes for a large import).
 */
export async function getImport(ctx: Ctx, id: string) {
  const [job] = await ctx.db
    .select({
      id: jobs.id,
      kind: jobs.kind,
      status: jobs.status,
      fileName: jobs.fileName,
      processed: jobs.processed,
      total: jobs.total,
      createdBy: jobs.createdBy,
      createdAt: jobs.createdAt,
      finishedAt: jobs.finishedAt,
      result: jobs.result,
    })
    .from(jobs)
    .where(and(eq(jobs.tenantId, ctx.actor.tenantId), eq(jobs.id, id)));
  if (!job?.kind.startsWith('import.')) throw notFound('lần nhập dữ liệu');
  if (job.createdBy !== ctx.actor.userId) requireAnywhere(ctx.actor, 'audit.read');
  const live = progress.get(id);
  const r = (job.result ?? null) as Partial<StoredResult> | null;
  return {
    id: job.id,
    kind: job.kind.slice('import.'.length) as ImportKind,
    status: shownStatus(job.status),
    fileName: job.fileName,
    processed: live?.processed ?? job.processed,
    total: live?.total ?? job.total,
    errors: r?.errors ?? [],
    fatal: r?.fatal ?? null,
    commitError: r?.commitError ?? null,
    /** A rejected file whose rows were read: the validation report can be downloaded. */
    hasReport: job.status === 'rejected' && !!r?.hasSheet,
    valid: r?.valid ?? 0,
    created: r?.created ?? null,
    preview: (r?.preview ?? []) as Record<string, unknown>[],
    createdAt: new Date(job.createdAt).toISOString(),
    finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
  };
}

/**
 * Starts writing the validated rows in the background (commit.ts: a commit point, then chunks of
 * small transactions, resumed after a restart); the client follows the job's progress. Anything
 * wrong: nothing is written, the job goes back to "validated" with the reason, and it can be
 * committed again once the cause is gone.
 */
export async function commitImport(ctx: Ctx, id: string) {
  const job = await loadJob(ctx, id);
  if (job.createdBy !== ctx.actor.userId)
    throw new AppError('FORBIDDEN', 'Chỉ người tải tệp lên mới được ghi dữ liệu của lần nhập này.');
  if (job.status !== 'validated') {
    throw refuse(
      'IMPORT_NOT_VALIDATED',
      job.status === 'committed'
        ? 'Lần nhập này đã được ghi vào hệ thống.'
        : job.status === 'committing'
          ? 'Lần nhập này đang được ghi.'
          : 'Lần nhập này chưa hợp lệ nên không thể ghi.',
    );
  }
  const t = ctx.actor.tenantId;
  const claimed = await ctx.db
    .update(jobs)
    .set({ status: 'committing' })
    .where(and(eq(jobs.tenantId, t), eq(jobs.id, id), eq(jobs.status, 'validated')))
    .returning({ id: jobs.id });
  if (claimed.length === 0) throw refuse('IMPORT_WRITING', 'Lần nhập này đang được ghi.');
  const result = { ...(job.result as StoredResult), values: (job.payload as StoredPayload | null)?.values ?? [] };
  // From here the job's own row carries the progress, chunk by chunk (see commit.ts).
  progress.delete(id);
  void writeJob(ctx, id, job.fileName ?? '', result);
  return getImport(ctx, id);
}

async function writeJob(ctx: Ctx, id: string, fileName: string, result: JobResult) {
  const { kind } = result;
  const job: WriteJob = { tenantId: ctx.actor.tenantId, jobId: id, kind, fileName, values: result.values ?? [] };
  let rows: Awaited<ReturnType<typeof prepareWrite>>;
  try {
    // Validate again against the data as it is now: someone may have written since.
    const lk = await loadLookups(ctx, kind);
    const recheck = recheckConflicts(kind, job.values, lk);
    if (recheck) throw refuse('IMPORT_CONFLICT', recheck);
    const orgIdByCode = new Map([...lk.orgByCode].map(([code, o]) => [code, o.id]));
    rows = await prepareWrite(
      ctx.db,
      { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId, name: ctx.actor.fullName },
      job,
      orgIdByCode,
      ctx.now,
    );
  } catch (e) {
    if (!(e instanceof AppError)) console.error(e);
    const reason = e instanceof AppError ? e.message : 'Hệ thống gặp lỗi khi ghi dữ liệu; chưa có dòng nào được ghi.';
    await markCommitError(ctx.db, ctx.actor.tenantId, id, reason);
    return;
  }
  await writeRows(ctx.db, job, rows, 0);
}

function recheckConflicts(kind: ImportKind, values: unknown[], lk: Lookups): string | null {
  if (kind === 'organisations') {
    const taken = (values as OrgImport[]).find((v) => lk.orgByCode.has(v.code));
    return taken ? `Mã đơn vị "${taken.code}" vừa được người khác tạo. Hãy tải tệp lên lại.` : null;
  }
  if (kind === 'people') {
    const taken = (values as PersonImport[]).find((v) => v.cccd && lk.personByCccd.has(v.cccd));
    return taken ? `Số CCCD ${taken.cccd} vừa được người khác nhập. Hãy tải tệp lên lại.` : null;
  }
  if (kind === 'ratings' || kind === 'awards') {
    // A person moved out of the importer's units since the check is no longer theirs to write for.
    const byId = new Map([...lk.personByCccd.values()].map((p) => [p.id, p]));
    for (const v of values as (RatingImport | AwardImport)[]) {
      if (!v.personId) continue;
      const p = byId.get(v.personId);
      if (!p || (lk.writable !== null && (p.orgId === null || !lk.writable.has(p.orgId)))) {
        return `"${v.label}" không còn thuộc phạm vi bạn được nhập dữ liệu. Hãy tải tệp lên lại.`;
      }
    }
  }
  if (kind === 'ratings') {
    for (const v of values as RatingImport[]) {
      const problem = ratingPeriodProblem(v.label, lk.ratingsByPerson.get(v.personId) ?? [], v.period, v.reason);
      if (problem)
        return `${problem.message} (xếp loại này vừa được ghi sau khi tệp được kiểm tra). Hãy tải tệp lên lại.`;
    }
  }
  return null;
}

/** One page of the actor's own imports, newest first, counted in SQL. */
export async function listImports(ctx: Ctx, q: ImportListQuery) {
  requireAnywhere(ctx.actor, 'import.run');
  const where = and(
    eq(jobs.tenantId, ctx.actor.tenantId),
    eq(jobs.createdBy, ctx.actor.userId),
    q.kind ? eq(jobs.kind, `import.${q.kind}`) : like(jobs.kind, 'import.%'),
  );
  const [[counted], rows] = await Promise.all([
    ctx.db.select({ total: count() }).from(jobs).where(where),
    ctx.db
      .select({
        id: jobs.id,
        kind: jobs.kind,
        status: jobs.status,
        fileName: jobs.fileName,
        total: jobs.total,
        createdAt: jobs.createdAt,
      })
      .from(jobs)
      .where(where)
      .orderBy(desc(jobs.createdAt), desc(jobs.id))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  return {
    items: rows.map((j) => ({
      ...j,
      kind: j.kind.slice(7) as ImportKind,
      status: shownStatus(j.status),
      createdAt: j.createdAt.toISOString(),
    })),
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The template: the columns with a header row, an example row, and a sheet of instructions. */
export async function buildTemplate(kind: ImportKind): Promise<Buffer> {
  const spec = SPECS[kind];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.title);
  ws.addRow(spec.columns.map((c) => c.header));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  spec.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width ?? 18;
    if (c.values) {
      // A drop-down list of allowed values on the data rows.
      for (let r = 2; r <= 1000; r++) {
        ws.getCell(r, i + 1).dataValidation = {
          type: 'list',
          allowBlank: !c.required,
          formulae: [
            `'Giá trị'!$${String.fromCharCode(65 + i)}$2:$${String.fromCharCode(65 + i)}$${c.values.length + 1}`,
          ],
          showErrorMessage: true,
          errorTitle: 'Giá trị không hợp lệ',
          error: `Chọn một giá trị trong danh sách của cột "${c.header}".`,
        };
      }
    }
    if (c.date || ['cccd', 'headCccd', 'period', 'phone'].includes(c.key)) ws.getColumn(i + 1).numFmt = '@';
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const values = wb.addWorksheet('Giá trị');
  values.addRow(spec.columns.map((c) => c.header));
  const longest = Math.max(0, ...spec.columns.map((c) => c.values?.length ?? 0));
  for (let r = 0; r < longest; r++) values.addRow(spec.columns.map((c) => c.values?.[r] ?? ''));
  const help = wb.addWorksheet('Hướng dẫn');
  help.addRow(['Cột', 'Bắt buộc', 'Hướng dẫn', 'Ví dụ']);
  help.getRow(1).font = { bold: true };
  for (const c of spec.columns) help.addRow([c.header.replace(/\*$/, ''), c.required ? 'Có' : '', c.help, c.example]);
  help.addRow([]);
  help.addRow([
    'Ghi chú: cột có dấu * là bắt buộc. Ngày ghi theo dạng dd/mm/yyyy. Tệp chỉ được ghi vào hệ thống khi mọi dòng đều hợp lệ.',
  ]);
  help.getColumn(1).width = 26;
  help.getColumn(3).width = 60;
  help.getColumn(4).width = 30;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The validation report of a rejected file: the rows as they were read, with the errors of each
 * row in a red column beside it (and the errors of the file as a whole above the table).
 */
export async function buildImportReport(ctx: Ctx, id: string): Promise<{ fileName: string; data: Buffer }> {
  const job = await loadJob(ctx, id);
  const small = (job.result ?? null) as StoredResult | null;
  const sheet = (job.payload as StoredPayload | null)?.sheet;
  if (job.status !== 'rejected' || !small || !sheet)
    throw refuse('IMPORT_NO_REPORT', 'Chỉ có báo cáo lỗi cho lần nhập có dòng bị lỗi.');
  const result = { ...small, sheet };
  const spec = SPECS[result.kind];
  const headerOf = Object.fromEntries(spec.columns.map((c) => [c.key, c.header.replace(/\*$/, '')]));
  const byRow = new Map<number, string[]>();
  for (const e of result.errors) {
    const text = e.row > 0 ? `${e.header}${e.column ? ` (cột ${e.column})` : ''}: ${e.message}` : e.message;
    byRow.set(e.row, [...(byRow.get(e.row) ?? []), text]);
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nền tảng thi đua, khen thưởng';
  const ws = wb.addWorksheet('Kết quả kiểm tra');
  const { columns, rows } = result.sheet;
  const width = columns.length + 2;
  const note = (text: string, bold = false) => {
    const r = ws.addRow([text]);
    r.font = { bold, name: 'Times New Roman' };
    ws.mergeCells(r.number, 1, r.number, width);
  };
  note(`KẾT QUẢ KIỂM TRA TỆP "${job.fileName ?? ''}" (${spec.title.toUpperCase()})`, true);
  note(
    `${fmtCount(result.errors.length)} lỗi; chưa có dòng nào được ghi vào hệ thống. Sửa các dòng tô đỏ rồi tải tệp lên lại.`,
  );
  for (const text of byRow.get(0) ?? []) note(text);
  if (result.errors.length >= 2000) note('Chỉ liệt kê 2.000 lỗi đầu tiên; hãy kiểm tra lại cả những dòng còn lại.');
  ws.addRow([]);
  const head = ws.addRow(['Dòng', ...columns.map((c) => `${headerOf[c.key] ?? c.key} (${c.letter})`), 'Lỗi']);
  head.font = { bold: true, name: 'Times New Roman' };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }));
  ws.views = [{ state: 'frozen', ySplit: head.number }];
  ws.getColumn(1).width = 8;
  columns.forEach((c, i) => (ws.getColumn(i + 2).width = spec.columns.find((s) => s.key === c.key)?.width ?? 18));
  ws.getColumn(width).width = 70;
  for (const r of rows) {
    const errs = byRow.get(r.row) ?? [];
    const line = ws.addRow([r.row, ...columns.map((c) => r.cells[c.key] ?? ''), errs.join('\n')]);
    line.font = { name: 'Times New Roman' };
    if (errs.length) {
      const cell = line.getCell(width);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
      cell.font = { name: 'Times New Roman', color: { argb: 'FF9C0006' } };
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  return { fileName: job.fileName ?? 'tep-nhap.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()) };
}

const fmtCount = (n: number) => n.toLocaleString('vi-VN');

// Writing a large import in chunks (commit.ts): other users are served while it writes, a restart
// past the commit point writes the rest exactly once, and a chunk refused by the database undoes
// what the job had written.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { jobs, organisations } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';
import {
  CHUNK,
  MAX_CHUNK,
  type planRows,
  prepareWrite,
  resumeImportWrites,
  writeRows,
  type WriteJob,
} from './commit.js';
import type { ImportKind } from './kinds.js';

const HEADER = [
  'Họ và tên*',
  'Giới tính*',
  'Ngày sinh',
  'Số CCCD',
  'Chức vụ',
  'Giữ chức vụ quản lý',
  'Đối tượng*',
  'Mã đơn vị*',
];

/** A people file of n rows named "<tag> <i>"; row `withCccd` (0-based) carries CCCD 001090123456. */
async function peopleFile(tag: string, n: number, withCccd = -1): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cá nhân');
  ws.addRow(HEADER);
  for (let i = 0; i < n; i++) {
    ws.addRow([
      `${tag} ${i}`,
      'Nam',
      '01/02/1990',
      i === withCccd ? '001090123456' : '',
      'Cán sự',
      'Không',
      'Viên chức',
      'T.W1.SCH',
    ]);
  }
  return new Blob([await wb.xlsx.writeBuffer()]);
}

/** A people file of rows given as cells, written by exceljs's streaming writer (big files stay cheap). */
async function streamedFile(n: number, row: (i: number) => unknown[]): Promise<Blob> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Cá nhân');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < n; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
  return new Blob([Buffer.concat(parts)]);
}

/** Uploads a people file and waits until it is read; the job as its page shows it. */
async function uploaded(c: TestClient, file: Blob) {
  const form = new FormData();
  form.append('file', new File([file], 'danh-sach.xlsx'));
  const res = await c.request('POST', '/api/v1/imports/people', form);
  expect(res.status).toBe(202);
  for (let i = 0; i < 2400; i++) {
    const job = (await c.get(`/api/v1/imports/jobs/${res.body.id}`)).body;
    if (job.status !== 'validating') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('validation did not finish');
}

async function validated(c: TestClient, file: Blob) {
  const job = await uploaded(c, file);
  expect(job.status, JSON.stringify(job.errors?.slice(0, 3) ?? job.fatal)).toBe('validated');
  return job.id as string;
}

async function committed(c: TestClient, id: string) {
  expect((await c.post(`/api/v1/imports/jobs/${id}/commit`)).status).toBe(200);
  for (let i = 0; i < 2400; i++) {
    const job = (await c.get(`/api/v1/imports/jobs/${id}`)).body;
    if (job.status !== 'committing') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the write did not finish');
}

describe.each(ENGINES)('import writing in chunks on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let officer: TestClient;
  let tenantId: string;
  let officerId: string;

  /** Raw SQL rows, on either engine. */
  const query = async <T>(q: ReturnType<typeof sql>) => ((await d.db.execute(q)) as unknown as { rows: T[] }).rows;
  const countNamed = async (tag: string) =>
    Number(
      (await query<{ n: number }>(sql`select count(*)::int as n from people where full_name like ${`${tag} %`}`))[0]!.n,
    );
  const jobRow = async (id: string) =>
    (
      await d.db
        .select({ status: jobs.status, processed: jobs.processed, total: jobs.total })
        .from(jobs)
        .where(eq(jobs.id, id))
    )[0]!;

  /** The job as the server holds it after validation, taken to the state a crash would leave. */
  async function claimed(id: string): Promise<{ job: WriteJob; rows: ReturnType<typeof planRows> }> {
    const [j] = await d.db.select().from(jobs).where(eq(jobs.id, id));
    await d.db.update(jobs).set({ status: 'committing' }).where(eq(jobs.id, id));
    const values = (j!.payload as { values: unknown[] }).values;
    const job: WriteJob = {
      tenantId,
      jobId: id,
      kind: j!.kind.slice('import.'.length) as ImportKind,
      fileName: 'danh-sach.xlsx',
      values,
    };
    const orgs = await d.db
      .select({ id: organisations.id, code: organisations.code })
      .from(organisations)
      .where(eq(organisations.tenantId, tenantId));
    const rows = await prepareWrite(
      d.db,
      { tenantId, userId: officerId, name: 'Cán bộ' },
      job,
      new Map(orgs.map((o) => [o.code, o.id])),
      new Date(),
    );
    return { job, rows };
  }

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    officer = new TestClient(app);
    await officer.signIn('officer', FIXTURE_PASSWORD);
    const me = (
      await query<{ id: string; tenant_id: string }>(sql`select id, tenant_id from users where username = 'officer'`)
    )[0]!;
    tenantId = me.tenant_id;
    officerId = me.id;
  });
  afterAll(() => d?.close());

  it('serves another user while a large file is being written, and writes it whole', async () => {
    const id = await validated(officer, await peopleFile('Người Nhập Lớn', CHUNK * 6));
    expect((await officer.post(`/api/v1/imports/jobs/${id}/commit`)).status).toBe(200);
    // A request sent right after the write started is answered between two chunks, not after the
    // whole file (one transaction would hold PGlite's only connection until the end). PostgreSQL
    // serves other connections during any transaction, and may well have written the file by then.
    const list = await officer.get('/api/v1/people?q=Nguyen');
    expect(list.status).toBe(200);
    if (engine === 'pglite') {
      const during = await jobRow(id);
      expect(['committing', 'writing']).toContain(during.status);
      expect(during.processed).toBeLessThan(CHUNK * 6);
    }
    let job: any;
    for (let i = 0; i < 600; i++) {
      job = (await officer.get(`/api/v1/imports/jobs/${id}`)).body;
      if (job.status !== 'committing') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(job).toMatchObject({ status: 'committed', created: CHUNK * 6, processed: CHUNK * 6, total: CHUNK * 6 });
    expect(await countNamed('Người Nhập Lớn')).toBe(CHUNK * 6);
    const audit = (await officer.get('/api/v1/audit?action=import.people')).body.items[0];
    expect(audit.summary).toBe(`Nhập ${CHUNK * 6} dòng cá nhân từ tệp "danh-sach.xlsx"`);
    expect(audit.after).toMatchObject({ count: CHUNK * 6, more: CHUNK * 6 - 200 });
    expect(audit.after.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(audit.after.records).toHaveLength(200);
  });

  it('after a restart past the commit point, writes the rest of the file exactly once', async () => {
    const id = await validated(officer, await peopleFile('Người Gián Đoạn', CHUNK * 2 + 17));
    const { job, rows } = await claimed(id);
    // The state a kill -9 after the first chunk leaves: those rows and their count, status "writing".
    await writeRows(d.db, job, rows.slice(0, CHUNK), 0);
    await d.db.update(jobs).set({ status: 'writing', processed: CHUNK }).where(eq(jobs.id, id));
    expect(await countNamed('Người Gián Đoạn')).toBe(CHUNK);
    expect((await officer.get(`/api/v1/imports/jobs/${id}`)).body.status).toBe('committing');

    expect(await resumeImportWrites(d.db)).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: 'committed', processed: CHUNK * 2 + 17 });
    expect(await countNamed('Người Gián Đoạn')).toBe(CHUNK * 2 + 17);
    const members = await query<{ n: number }>(
      sql`select count(*)::int as n from memberships m join people p on p.tenant_id = m.tenant_id and p.id = m.person_id where p.full_name like 'Người Gián Đoạn %'`,
    );
    expect(Number(members[0]!.n)).toBe(CHUNK * 2 + 17);
  });

  it('sends a job cut off before its commit point back to "validated", with nothing written', async () => {
    const id = await validated(officer, await peopleFile('Người Chưa Ghi', 3));
    await d.db
      .update(jobs)
      .set({ status: 'committing' })
      .where(and(eq(jobs.id, id)));
    expect(await resumeImportWrites(d.db)).toBe(0);
    expect((await jobRow(id)).status).toBe('validated');
    expect(await countNamed('Người Chưa Ghi')).toBe(0);
  });

  it('undoes the chunks already written when a later chunk is refused, and says why', async () => {
    const id = await validated(officer, await peopleFile('Người Xung Đột', CHUNK * 2, CHUNK + 10));
    const { job, rows } = await claimed(id);
    // Between the commit point and the second chunk, someone records the same CCCD by hand.
    const school = ((await officer.get('/api/v1/organisations')).body.items as { id: string; code: string }[]).find(
      (o) => o.code === 'T.W1.SCH',
    )!;
    const hand = await officer.post('/api/v1/people', {
      fullName: 'Người Nhập Tay',
      gender: 'male',
      birthDate: '1990-02-01',
      cccd: '001090123456',
      category: 'vien_chuc',
      orgId: school.id,
    });
    expect(hand.status, JSON.stringify(hand.body)).toBe(201);
    await writeRows(d.db, job, rows, 0);
    const after = (await officer.get(`/api/v1/imports/jobs/${id}`)).body;
    expect(after.status).toBe('validated');
    expect(after.commitError).toMatch(/chưa có dòng nào được ghi/);
    expect(await countNamed('Người Xung Đột')).toBe(0);
    const undo = (await officer.get('/api/v1/audit?action=import.people.undo')).body.items[0];
    expect(undo.after).toEqual({ undone: CHUNK });
  });

  it('writes text exactly as typed, even what COPY would read as an escape or the end of the data', async () => {
    const typed = ['Tổ trưởng \\N', '\\.', 'Phòng A\\B\\t', 'Kế toán; "trưởng"'];
    const id = await validated(
      officer,
      await streamedFile(typed.length, (i) => [
        `Người Gõ Lạ ${i}`,
        'Nữ',
        '',
        '',
        typed[i],
        'Không',
        'Viên chức',
        'T.W1.SCH',
      ]),
    );
    expect((await committed(officer, id)).status).toBe('committed');
    const rows = await query<{ full_name: string; position: string; member_position: string; birth_date: null }>(
      sql`select p.full_name, p.position, m.position as member_position, p.birth_date from people p
          join memberships m on m.tenant_id = p.tenant_id and m.person_id = p.id
          where p.full_name like 'Người Gõ Lạ %' order by p.full_name`,
    );
    expect(rows.map((r) => r.position)).toEqual(typed);
    expect(rows.map((r) => r.member_position)).toEqual(typed);
    expect(rows.every((r) => r.birth_date === null)).toBe(true);
  });

  it('names a bad row far into a large file by its row, reads the whole file and writes nothing', async () => {
    const n = MAX_CHUNK + 500;
    const bad = new Set([7, n - 3]);
    const job = await uploaded(
      officer,
      await streamedFile(n, (i) => [
        `Người Tệp Dài ${i}`,
        bad.has(i) ? 'Khác' : 'Nam',
        '01/02/1990',
        '',
        '',
        'Không',
        'Viên chức',
        'T.W1.SCH',
      ]),
    );
    expect(job.status).toBe('rejected');
    expect(job.total).toBe(n);
    // Row 1 is the header: the i-th data row is row i + 2 of the sheet, in column B.
    expect(job.errors.map((e: { row: number; column: string }) => `${e.row}${e.column}`)).toEqual(['9B', `${n - 1}B`]);
    expect(job.errors[1].header).toBe('Giới tính');
    expect(await countNamed('Người Tệp Dài')).toBe(0);
  });
});

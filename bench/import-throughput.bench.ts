// Import throughput: a people file written by the import against a bare insert of the same rows
// (not a test: it measures and prints).
//
//   node --max-semi-space-size=64 --import tsx bench/import-throughput.bench.ts                  # PGlite
//   bash scripts/with-postgres.sh node --max-semi-space-size=64 --import tsx bench/import-throughput.bench.ts
//                                                                              # … then PostgreSQL too
//
// Per engine: the test fixture, a people file of BENCH_IMPORT_ROWS rows (150,000, a province)
// uploaded and validated through the HTTP API; then, in the same run and on the same tables,
// the validated rows inserted by bare multi-row INSERT statements (1,000 rows a statement, the
// person and the membership, values prepared before the clock starts), on PostgreSQL also by
// COPY FROM STDIN; then the file committed through the API (the import's write: commit point,
// chunks of small transactions, progress, audit) and timed until the job reads "committed".
// Baselines run first, so the import writes into the larger tables: the comparison leans
// against the import. Target (issue 16, point 3): the import's write within 2× the INSERT.
// Settings: BENCH_IMPORT_ROWS (150000).
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Database, openDatabase } from '../src/db/client.js';
import { FIXTURE_PASSWORD, seedFixture } from '../src/db/testing/fixture.js';
import { TestClient } from '../src/db/testing/http.js';
import { nameSortKey } from '../src/domain/vi-text/index.js';
import { configureAuditKey } from '../src/features/audit/keyring.js';
import type { PersonImport } from '../src/features/imports/kinds.js';
import { personSearchKey } from '../src/features/people/service.js';
import { createApp } from '../src/server/app.js';
import { copyText } from '../src/features/imports/commit.js';

const int = (name: string, fallback: number) => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, got ${JSON.stringify(v)}`);
  return n;
};
const ROWS = int('BENCH_IMPORT_ROWS', 150_000);

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
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Lò', 'Quàng', 'Điêu', 'Cầm', 'Vừ', 'Giàng'];
const GIVEN = ['Thị Hương', 'Văn Dũng', 'Thị Ngọc Ánh', 'Văn Thưởng', 'Thị Thủy', 'Đức Mạnh', 'Thị Yến', 'Văn Sơn'];

/** The file, written by exceljs's streaming writer (a 150,000-row workbook is not held whole). */
async function peopleFile(n: number): Promise<Blob> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Cá nhân');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < n; i++) {
    ws.addRow([
      `${FAMILY[i % FAMILY.length]} ${GIVEN[(i >> 3) % GIVEN.length]} ${i}`,
      i % 2 ? 'Nữ' : 'Nam',
      `0${1 + (i % 9)}/0${1 + (i % 9)}/19${70 + (i % 30)}`,
      // Every third person has a CCCD (unique, valid shape: province 001, century and sex digit, year, serial).
      i % 3 === 0 ? `001${i % 2 ? '1' : '0'}${String(70 + (i % 30))}${String(i).padStart(6, '0')}` : '',
      'Viên chức',
      'Không',
      'Viên chức',
      'T.W1.SCH',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  return new Blob([Buffer.concat(parts)]);
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const PEOPLE_COLS = [
  'tenant_id',
  'id',
  'full_name',
  'gender',
  'birth_date',
  'cccd',
  'position',
  'is_manager',
  'category',
  'education_level',
  'hometown',
  'phone',
  'email',
  'org_id',
  'search_key',
  'sort_key',
  'created_at',
  'updated_at',
];
const MEMBER_COLS = ['tenant_id', 'id', 'person_id', 'org_id', 'from_date', 'position'];

/** The rows as the tables take them, built before any clock starts; fresh ids, CCCDs made distinct. */
function tableRows(tenantId: string, values: PersonImport[], tag: string) {
  const at = new Date().toISOString();
  const people: unknown[][] = [];
  const members: unknown[][] = [];
  for (const v of values) {
    const id = randomUUID();
    const cccd = v.cccd ? `${tag}${v.cccd.slice(1)}` : null;
    people.push([
      tenantId,
      id,
      v.fullName,
      v.gender,
      v.birthDate ?? null,
      cccd,
      v.position ?? null,
      v.isManager ?? false,
      v.category,
      v.educationLevel ?? null,
      v.hometown ?? null,
      v.phone ?? null,
      v.email ?? null,
      v.orgId,
      personSearchKey({ ...v, cccd }),
      nameSortKey(v.fullName),
      at,
      at,
    ]);
    members.push([tenantId, randomUUID(), id, v.orgId, v.joinedOn ?? at.slice(0, 10), v.position ?? null]);
  }
  return { people, members };
}

type Query = (text: string, params?: unknown[]) => Promise<unknown>;

async function multiRowInsert(q: Query, rows: ReturnType<typeof tableRows>) {
  const insert = async (table: string, cols: string[], list: unknown[][]) => {
    const ph = list.map((_, r) => `(${cols.map((_, c) => `$${r * cols.length + c + 1}`).join(',')})`).join(',');
    await q(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${ph}`, list.flat());
  };
  for (let i = 0; i < rows.people.length; i += 1000) {
    await insert('people', PEOPLE_COLS, rows.people.slice(i, i + 1000));
    await insert('memberships', MEMBER_COLS, rows.members.slice(i, i + 1000));
  }
}

async function copyInsert(pool: pg.Pool, rows: ReturnType<typeof tableRows>) {
  const client = await pool.connect();
  try {
    for (const [table, cols, list] of [
      ['people', PEOPLE_COLS, rows.people],
      ['memberships', MEMBER_COLS, rows.members],
    ] as const) {
      const stream = client.query(copyFrom(`COPY ${table} (${cols.join(',')}) FROM STDIN`));
      await pipeline(Readable.from([copyText(list)]), stream);
    }
  } finally {
    client.release();
  }
}

async function run(d: Database, file: Blob) {
  configureAuditKey({ key: randomBytes(32), source: 'env', where: 'bench' });
  await seedFixture(d.db);
  const app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
  const officer = new TestClient(app);
  await officer.signIn('officer', FIXTURE_PASSWORD);
  const follow = async (id: string, until: (status: string) => boolean) => {
    for (;;) {
      const job = (await officer.get(`/api/v1/imports/jobs/${id}`)).body;
      if (until(job.status)) return job;
      // The import page polls every 500 ms; twice as often here, so the end is seen within 0.25 s.
      await sleep(250);
    }
  };

  const form = new FormData();
  form.append('file', new File([file], 'danh-sach.xlsx'));
  const t0 = performance.now();
  const started = await officer.request('POST', '/api/v1/imports/people', form);
  if (started.status !== 202) throw new Error(`upload answered ${started.status}: ${JSON.stringify(started.body)}`);
  const id = started.body.id as string;
  const validated = await follow(id, (st) => st !== 'validating');
  const tValidate = performance.now() - t0;
  if (validated.status !== 'validated')
    throw new Error(`file not valid: ${JSON.stringify(validated.errors?.slice(0, 3) ?? validated.fatal)}`);
  const rssAfterValidation = process.memoryUsage().rss;

  const client = (d.db as unknown as { $client: { query: Query } }).$client;
  const [{ tenant_id: tenantId, payload }] = (
    (await client.query('SELECT tenant_id, payload FROM jobs WHERE id = $1', [id])) as {
      rows: { tenant_id: string; payload: { values: PersonImport[] } }[];
    }
  ).rows;
  const values = payload.values;
  if (values.length !== ROWS) throw new Error(`validated ${values.length} rows, expected ${ROWS}`);

  const viaInsert = tableRows(tenantId, values, '9');
  let t = performance.now();
  await multiRowInsert(client.query.bind(client), viaInsert);
  const tInsert = performance.now() - t;
  let tCopy: number | null = null;
  if (d.kind === 'postgres') {
    const viaCopy = tableRows(tenantId, values, '8');
    t = performance.now();
    await copyInsert(client as unknown as pg.Pool, viaCopy);
    tCopy = performance.now() - t;
  }

  t = performance.now();
  const commit = await officer.post(`/api/v1/imports/jobs/${id}/commit`);
  if (commit.status !== 200) throw new Error(`commit answered ${commit.status}: ${JSON.stringify(commit.body)}`);
  const done = await follow(id, (st) => st !== 'committing');
  const tImport = performance.now() - t;
  if (done.status !== 'committed' || done.created !== ROWS)
    throw new Error(`commit ended ${done.status}: ${done.commitError ?? done.fatal}`);
  return { tValidate, tInsert, tCopy, tImport, rssAfterValidation };
}

async function main() {
  console.log(
    `Import throughput — ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}) · load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  let t = performance.now();
  const file = await peopleFile(ROWS);
  console.log(
    `people file: ${ROWS.toLocaleString('en-US')} rows, ${(file.size / 1e6).toFixed(1)} MB, built in ${s(performance.now() - t)}`,
  );
  const lines: string[] = [];
  const report = (engine: string, r: Awaited<ReturnType<typeof run>>) => {
    lines.push(
      `| ${engine} | ${s(r.tValidate)} | ${s(r.tInsert)} | ${r.tCopy === null ? '—' : s(r.tCopy)} | ${s(r.tImport)} | ${(r.tImport / r.tInsert).toFixed(2)}× | ${r.tCopy === null ? '—' : `${(r.tImport / r.tCopy).toFixed(2)}×`} | ${Math.round(r.rssAfterValidation / 1e6)} MB |`,
    );
    console.error(lines.at(-1));
  };
  t = performance.now();
  {
    const d = await openDatabase({ dataDir: 'memory://' });
    await d.migrate();
    try {
      report('PGlite', await run(d, file));
    } finally {
      await d.close();
    }
  }
  const url = process.env.TEST_PG_URL ?? process.env.DATABASE_URL;
  if (url) {
    const { default: pgLib } = await import('pg');
    const name = `bench_import_${process.pid}`;
    const admin = async (q: string) => {
      const c = new pgLib.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(q);
      } finally {
        await c.end();
      }
    };
    await admin(`CREATE DATABASE ${name}`);
    try {
      const u = new URL(url);
      u.pathname = `/${name}`;
      const d = await openDatabase({ url: u.toString(), poolSize: 10 });
      try {
        await d.migrate();
        report('PostgreSQL', await run(d, file));
      } finally {
        await d.close();
      }
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
  console.log(
    `\n${ROWS.toLocaleString('en-US')} people (+ their memberships), load average now ${os.loadavg()[0]!.toFixed(2)}\n`,
  );
  console.log(
    '| engine | upload + validation | bare multi-row INSERT | COPY | import write (commit → committed) | import / INSERT | import / COPY | RSS after validation |',
  );
  console.log('|:--|--:|--:|--:|--:|--:|--:|--:|');
  for (const l of lines) console.log(l);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

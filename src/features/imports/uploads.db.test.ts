// Uploads cannot take the server down (hardening issue, point 1), through the HTTP API: a unit
// clerk sends a small .xlsx whose sheet inflates past a gigabyte three times at once, an
// officer sends a .docx whose document.xml inflates to 1.5 GB to plan import. Each answer is a
// 4xx with a Vietnamese message (never a 500), nothing is written, the heap does not balloon,
// and the same clerk can import a real file right after.
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { jobs, organisations } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { bombPart, docxWith, MiB, replacePart } from '../../documents/testing/zip.js';
import { createApp } from '../../server/app.js';

const SHEET = 'xl/worksheets/sheet1.xml';
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

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cá nhân');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function form(bytes: Uint8Array, name: string, extra: Record<string, string> = {}) {
  const f = new FormData();
  f.set('file', new File([new Uint8Array(bytes)], name));
  for (const [k, v] of Object.entries(extra)) f.set(k, v);
  return f;
}

/** Peak growth of heap plus array buffers while `fn` runs, in MiB. */
async function peakGrowth(fn: () => Promise<unknown>): Promise<number> {
  const base = process.memoryUsage();
  const start = base.heapUsed + base.arrayBuffers;
  let peak = start;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed + m.arrayBuffers);
  }, 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return (peak - start) / MiB;
}

describe.each(ENGINES)('Upload limits on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let clerk: TestClient;
  let officer: TestClient;
  let ward = '';
  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    officer = new TestClient(app);
    await officer.signIn('ward.officer', FIXTURE_PASSWORD);
    ward = (await d.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, 'T.W1')))[0]!
      .id;
  });
  afterAll(() => d?.close());

  it('refuses three .xlsx bombs sent at once by a unit clerk with 4xx and a Vietnamese message, heap flat', async () => {
    const good = await workbook([HEADER, ['Lò Văn Hùng', 'Nam', '', '', '', '', 'Viên chức', 'T.W1.SCH']]);
    // One whose sheet lies (declares 4 KB), one honest (declares 1.1 GiB); both inflate to 1.1 GiB.
    const lying = replacePart(good, SHEET, bombPart(SHEET, 1100, 4096));
    const honest = replacePart(good, SHEET, bombPart(SHEET, 1100, 1100 * MiB));
    expect(lying.length).toBeLessThan(4 * MiB);
    const jobsBefore = (await d.db.select().from(jobs)).length;
    let answers: { status: number; body: { error: { code: string; message: string; fields: { field: string }[] } } }[] =
      [];
    const growth = await peakGrowth(async () => {
      answers = await Promise.all(
        [lying, honest, lying].map((b) => clerk.request('POST', '/api/v1/imports/people', form(b, 'danh-sach.xlsx'))),
      );
    });
    for (const a of answers) {
      expect([400, 429]).toContain(a.status);
      if (a.status === 400) {
        expect(a.body.error.code).toBe('VALIDATION');
        expect(a.body.error.message).toMatch(
          /^Tệp nén có phần "xl\/worksheets\/sheet1.xml" khi giải nén (là|vượt quá)/,
        );
        expect(a.body.error.fields[0].field).toBe('file');
      } else {
        expect(a.body.error.code).toBe('THROTTLED');
        expect(a.body.error.message).toMatch(
          /^Đang có \d+ tệp của đơn vị bạn được xử lý; hãy chờ xử lý xong rồi thử lại sau\.$/,
        );
      }
    }
    // Whichever got a slot was refused for its size; the others were told to wait (a refused
    // file gives its slot back at once, so how many of each depends on timing).
    expect(answers.filter((a) => a.status === 400).length).toBeGreaterThanOrEqual(1);
    expect(growth).toBeLessThan(256);
    expect((await d.db.select().from(jobs)).length).toBe(jobsBefore);

    // The slots were given back: the same clerk imports a real file right after.
    const res = await clerk.request('POST', '/api/v1/imports/people', form(good, 'danh-sach.xlsx'));
    expect(res.status).toBe(202);
    let job: { status: string; valid: number } = { status: 'validating', valid: 0 };
    for (let i = 0; i < 100 && job.status === 'validating'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await clerk.get(`/api/v1/imports/jobs/${res.body.id}`)).body;
    }
    expect(job).toMatchObject({ status: 'validated', valid: 1 });
  });

  it('refuses a .docx whose document.xml inflates to 1.5 GB at plan import with a 400, heap flat', async () => {
    const bomb = docxWith(bombPart('word/document.xml', 1500, 2048));
    let res!: { status: number; body: { error: { message: string; fields: { field: string; message: string }[] } } };
    const growth = await peakGrowth(async () => {
      res = await officer.request('POST', '/api/v1/plans/import-preview', form(bomb, 'ke-hoach.docx', { orgId: ward }));
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^Tệp "ke-hoach.docx" bị từ chối\. Tệp nén có phần "word\/document.xml" khi giải nén vượt quá 16 MB/,
    );
    expect(res.body.error.fields[0].field).toBe('file');
    expect(growth).toBeLessThan(256);
  });
});

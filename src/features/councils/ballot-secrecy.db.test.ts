// Issue 10, point 5: the secret ballot against someone who can read the database, on each engine.
// Replays the two attacks that used to work (see secrecy-attacks.ts; that they do find a link in a
// leaking box is shown in secrecy-attacks.test.ts):
//   - the WAL-order attack: the order in which ballot values first appear, in the real WAL and in
//     every row version after each cast, against the order of the "ballot.cast" audit entries;
//   - the polling attack: the diff of the whole database after each cast, in two runs where the
//     same members cast in the same order with different choices;
// plus the receipt check, the tally, and a restart (or a lost key) during the vote.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { auditLog, ballots } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';
import { receiptHash, secureShuffle } from './ballot-box.js';
import { ballotKeys, fileKeyStore, memoryKeyStore, useBallotKeyStore } from './ballot-keys.js';
import { diffShape, firstAppearance, linkedVoters, type Snapshot } from './secrecy-attacks.js';
import { acceptedRound, addUsers, orgIdByCode, tenantOf, userId } from './testing.js';
import { now } from '../../server/clock.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';

const rowsOf = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
const VOTERS = 12;
const NOMINEES = [
  { fullName: 'Nguyễn Văn An', award: 'CSTD_CS' },
  { fullName: 'Trần Thị Bình', award: 'LDTT' },
  { fullName: 'Lê Văn Đức', award: 'LDTT' },
];
const CHOICES = ['yes', 'no', 'abstain'] as const;
type Choice = (typeof CHOICES)[number];

describe.each(ENGINES)('the secret ballot against a database reader on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let t: string;
  let ward: string;
  let officerId: string;
  let councilId: string;
  let officer: TestClient;
  const names = Array.from({ length: VOTERS }, (_, i) => `v.member${String(i).padStart(2, '0')}`);
  const ids: Record<string, string> = {};
  const clients: Record<string, TestClient> = {};
  let period = 2040;

  const exec = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await d.db.execute(q));

  /** Every row of every table, as JSON text: what a reader of the database sees at this moment. */
  async function snapshot(): Promise<Snapshot> {
    const tables = await exec<{ table_name: string }>(
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const out: Snapshot = {};
    for (const { table_name } of tables) {
      const rows = await exec<{ j: string }>(
        sql`SELECT row_to_json(x)::text AS j FROM ${sql.identifier(table_name)} x`,
      );
      out[table_name] = rows.map((r) => r.j);
    }
    return out;
  }
  const text = (s: Snapshot) => Object.values(s).flat().join('\n');

  const parseLsn = (s: string) => {
    const [hi, lo] = s.split('/');
    return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
  };
  const lsn = async () =>
    parseLsn((await exec<{ l: string }>(sql`SELECT pg_current_wal_insert_lsn()::text AS l`))[0]!.l);

  /** The WAL between two positions, read from its segment files as a superuser can. */
  async function wal(from: bigint, to: bigint): Promise<Buffer> {
    await d.db.execute(sql`CHECKPOINT`);
    const [{ size }] = await exec<{ size: string }>(
      sql`SELECT pg_size_bytes(current_setting('wal_segment_size'))::text AS size`,
    );
    const seg = BigInt(size);
    const [{ name }] = await exec<{ name: string }>(sql`SELECT pg_walfile_name(pg_current_wal_insert_lsn()) AS name`);
    const timeline = name.slice(0, 8);
    const perLog = 0x100000000n / seg;
    const parts: Buffer[] = [];
    for (let s = from / seg; s <= to / seg; s++) {
      const file = `${timeline}${(s / perLog).toString(16).toUpperCase().padStart(8, '0')}${(s % perLog).toString(16).toUpperCase().padStart(8, '0')}`;
      const [row] = await exec<{ b: Uint8Array | string }>(sql`SELECT pg_read_binary_file(${`pg_wal/${file}`}) AS b`);
      const b = row!.b;
      parts.push(typeof b === 'string' ? Buffer.from(b.replace(/^\\x/, ''), 'hex') : Buffer.from(b));
    }
    const all = Buffer.concat(parts);
    const base = (from / seg) * seg;
    return all.subarray(Number(from - base), Number(to - base));
  }

  async function signedIn(username: string) {
    if (clients[username]) return clients[username];
    const c = new TestClient(app);
    await c.signIn(username, FIXTURE_PASSWORD);
    return (clients[username] = c);
  }

  async function openMeeting() {
    period += 1;
    const round = await acceptedRound(d.db, t, {
      orgId: ward,
      createdBy: officerId,
      period: String(period),
      nominees: NOMINEES,
    });
    const created = await officer.post('/api/v1/meetings', {
      roundId: round.roundId,
      councilId,
      heldOn: isoDateInVietnam(now()),
      place: 'Hội trường UBND phường',
    }); // voting opens only from the meeting's day
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    expect(
      (await officer.request('PUT', `/api/v1/meetings/${id}/attendance`, { present: names.map((u) => ids[u]) })).status,
    ).toBe(200);
    const opened = await officer.post(`/api/v1/meetings/${id}/open`);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    return { id, items: (opened.body.items as { nomineeId: string }[]).map((i) => i.nomineeId) };
  }

  async function cast(meeting: { id: string; items: string[] }, member: string, choices: readonly Choice[]) {
    const r = await (await signedIn(member)).post(`/api/v1/meetings/${meeting.id}/ballot`, {
      choices: meeting.items.map((nomineeId, i) => ({ nomineeId, choice: choices[i] })),
      recusals: [],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.receiptCode as string;
  }

  const randomPaper = (): Choice[] => NOMINEES.map(() => CHOICES[crypto.getRandomValues(new Uint8Array(1))[0]! % 3]!);

  beforeAll(async () => {
    useBallotKeyStore(memoryKeyStore());
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    t = await tenantOf(d.db);
    ward = await orgIdByCode(d.db, t, 'T.W1');
    officerId = await userId(d.db, t, 'ward.officer');
    Object.assign(
      ids,
      await addUsers(
        d.db,
        t,
        ward,
        FIXTURE_PASSWORD,
        names.map((username, i) => ({
          username,
          fullName: `Thành viên số ${String(i).padStart(2, '0')}`,
          role: 'council' as const,
        })),
      ),
    );
    officer = await signedIn('ward.officer');
    const council = await officer.post('/api/v1/councils', {
      orgId: ward,
      name: 'Hội đồng Thi đua - Khen thưởng phường (thử bỏ phiếu kín)',
      termFrom: '2025-07-01',
      members: names.map((u, i) => ({
        userId: ids[u],
        role: i === 0 ? 'chair' : 'member',
        fullName: `Thành viên số ${String(i).padStart(2, '0')}`,
        position: 'Ủy viên',
      })),
    });
    expect(council.status, JSON.stringify(council.body)).toBe(201);
    councilId = council.body.id;
    // Everyone signs in before the vote, so that the casts are all the reader sees change.
    for (const u of names) await signedIn(u);
  });
  afterAll(async () => {
    useBallotKeyStore(memoryKeyStore());
    await d?.close();
  });

  it('the WAL-order attack links no voter: ballot values first appear at the tally, all at once', async () => {
    const meeting = await openMeeting();
    const order = secureShuffle(names);
    const papers = order.map(() => randomPaper());
    const marks: bigint[] = [await lsn()];
    const views: string[] = [];
    const codes: string[] = [];
    for (const [k, u] of order.entries()) {
      codes.push(await cast(meeting, u, papers[k]!));
      marks.push(await lsn());
      views.push(text(await snapshot()));
    }
    // A member checks his paper during the vote.
    const during = await clients[order[3]!]!.post(`/api/v1/meetings/${meeting.id}/receipt`, { code: codes[3] });
    expect(during.body.items.map((i: { choice: string }) => i.choice)).toEqual(papers[3]);
    const closed = await officer.post(`/api/v1/meetings/${meeting.id}/close`);
    expect(closed.status).toBe(200);
    marks.push(await lsn());
    views.push(text(await snapshot()));

    // The attacker has the voters in casting order from the audit log.
    const audit = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, t), eq(auditLog.action, 'ballot.cast'), eq(auditLog.entityId, meeting.id)))
      .orderBy(asc(auditLog.seq));
    expect(audit.map((a) => a.actorUserId)).toEqual(order.map((u) => ids[u]));

    // The box after the tally, and whose each row really is (known to the test through the codes).
    const box = await d.db.select().from(ballots).where(eq(ballots.meetingId, meeting.id));
    expect(box).toHaveLength(VOTERS * NOMINEES.length);
    const owner = new Map(
      order.flatMap((_, k) => meeting.items.map((n) => [receiptHash(meeting.id, n, codes[k]!), k] as const)),
    );
    const truth = box.map((b) => owner.get(b.receiptHash)!);
    expect(truth.every((k) => k !== undefined)).toBe(true);
    const rows = box.map((b) => ({ values: [b.receiptHash, b.id] }));

    // Row versions after each cast: nothing of a ballot shows before the tally.
    const byRows = firstAppearance(views, rows);
    expect(byRows.every((s) => s === VOTERS)).toBe(true);
    expect(linkedVoters(byRows, truth, VOTERS)).toBe(0);

    // The WAL itself, cast by cast: the receipt hashes are written only by the tally.
    const whole = await wal(marks[0]!, marks[marks.length - 1]!);
    const chunks: Buffer[] = [];
    for (let k = 0; k + 1 < marks.length; k++)
      chunks.push(whole.subarray(Number(marks[k]! - marks[0]!), Number(marks[k + 1]! - marks[0]!)));
    const byWal = firstAppearance(
      chunks,
      box.map((b) => ({ values: [b.receiptHash] })),
    );
    expect(byWal.filter((s) => s >= 0 && s < VOTERS)).toEqual([]);
    // (A value split by a WAL page header is not found; nearly all are, in the tally's part.)
    expect(byWal.filter((s) => s === VOTERS).length).toBeGreaterThanOrEqual(Math.floor(box.length * 0.9));
    expect(linkedVoters(byWal, truth, VOTERS)).toBe(0);

    // The tally is the count of the papers, and every member finds his own with his code.
    const res = closed.body.items as { nomineeId: string; yes: number; no: number; abstain: number }[];
    for (const [i, n] of meeting.items.entries()) {
      const count = (c: Choice) => papers.filter((p) => p[i] === c).length;
      expect(res.find((r) => r.nomineeId === n)).toMatchObject({
        yes: count('yes'),
        no: count('no'),
        abstain: count('abstain'),
      });
    }
    for (const [k, u] of order.entries()) {
      const mine = await clients[u]!.post(`/api/v1/meetings/${meeting.id}/receipt`, { code: codes[k] });
      expect(mine.body.items.map((i: { choice: string }) => i.choice)).toEqual(papers[k]);
    }
  }, 180_000);

  it('the polling attack sees the same change after a cast whatever its choices', async () => {
    const order = secureShuffle(names);
    const runs: ReturnType<typeof diffShape>[][] = [];
    const papersOf: Choice[][][] = [];
    for (let run = 0; run < 2; run++) {
      const meeting = await openMeeting();
      // The second run changes every choice of every paper.
      const papers =
        run === 0
          ? order.map(() => randomPaper())
          : papersOf[0]!.map((p) => p.map((c) => CHOICES[(CHOICES.indexOf(c) + 1) % 3]!));
      papersOf.push(papers);
      const shapes: ReturnType<typeof diffShape>[] = [];
      let before = await snapshot();
      for (const [k, u] of order.entries()) {
        await cast(meeting, u, papers[k]!);
        const after = await snapshot();
        // Session bookkeeping (last seen, once a minute) is the members' browsing, not their paper.
        delete before.sessions;
        delete after.sessions;
        shapes.push(diffShape(before, after));
        before = after;
      }
      runs.push(shapes);
      expect((await officer.post(`/api/v1/meetings/${meeting.id}/close`)).status).toBe(200);
    }
    // Each cast changed the same rows in the same way in both runs, and only the expected tables.
    for (let k = 0; k < VOTERS; k++) expect(runs[1]![k]).toEqual(runs[0]![k]);
    expect(Object.keys(runs[0]![0]!).sort()).toEqual([
      'audit_heads',
      'audit_log',
      'ballot_boxes',
      'ballot_participation',
    ]);
    expect(runs[0]![0]!.ballot_boxes).toMatchObject({ removed: 1 });
  }, 120_000);

  it('survives a restart during the vote: the key is in a file outside the database, only the newest one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-ballot-keys-'));
    try {
      useBallotKeyStore(fileKeyStore(join(dir, 'keys', 'ballots')));
      const meeting = await openMeeting();
      const papers = names.map(() => randomPaper());
      const codes: string[] = [];
      for (const [k, u] of names.slice(0, 4).entries()) codes.push(await cast(meeting, u, papers[k]!));
      const keyDir = join(dir, 'keys', 'ballots');
      const [file] = readdirSync(keyDir);
      expect(file).toBe(`${t}.${meeting.id}.key`);
      expect(statSync(keyDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(keyDir, file!)).mode & 0o777).toBe(0o600);
      const key = readFileSync(join(keyDir, file!), 'utf8').split('\n')[2]!;
      expect(readFileSync(join(keyDir, file!), 'utf8').split('\n')[1]).toBe('4');
      // The key is nowhere in the database.
      expect(text(await snapshot())).not.toContain(key);
      expect(text(await snapshot())).not.toContain(Buffer.from(key, 'base64').toString('hex'));

      // A crash after a cast committed but before its key was written: the older key on disk
      // still derives the newer one.
      const older = readFileSync(join(keyDir, file!));
      codes.push(await cast(meeting, names[4]!, papers[4]!));
      writeFileSync(join(keyDir, file!), older);
      // Restart: a new process, nothing in memory.
      useBallotKeyStore(fileKeyStore(keyDir));
      for (const [k, u] of names.slice(5).entries()) codes.push(await cast(meeting, u, papers[k + 5]!));
      const mine = await clients[names[0]!]!.post(`/api/v1/meetings/${meeting.id}/receipt`, { code: codes[0] });
      expect(mine.body.items.map((i: { choice: string }) => i.choice)).toEqual(papers[0]);
      const closed = await officer.post(`/api/v1/meetings/${meeting.id}/close`);
      expect(closed.status).toBe(200);
      for (const [i, n] of meeting.items.entries()) {
        const count = (c: Choice) => papers.filter((p) => p[i] === c).length;
        expect(closed.body.items.find((r: { nomineeId: string }) => r.nomineeId === n)).toMatchObject({
          yes: count('yes'),
          no: count('no'),
          abstain: count('abstain'),
        });
      }
      // The key is dropped at the tally.
      expect(readdirSync(keyDir)).toEqual([]);
    } finally {
      useBallotKeyStore(memoryKeyStore());
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never loses cast papers silently when the key is gone: casts and the tally stop, the office may call a revote', async () => {
    const meeting = await openMeeting();
    await cast(meeting, names[0]!, randomPaper());
    await cast(meeting, names[1]!, randomPaper());
    useBallotKeyStore(memoryKeyStore()); // the key was in memory only, and the server restarted
    expect(ballotKeys().load(t, meeting.id)).toBeNull();
    const late = await clients[names[2]!]!.post(`/api/v1/meetings/${meeting.id}/ballot`, {
      choices: meeting.items.map((nomineeId) => ({ nomineeId, choice: 'yes' })),
      recusals: [],
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/Không mở được hòm phiếu niêm phong/);
    const close = await officer.post(`/api/v1/meetings/${meeting.id}/close`);
    expect(close.status).toBe(409);
    expect(close.body.error.message).toMatch(/Các phiếu đã bỏ vẫn còn nguyên/);
    const view = (await officer.get(`/api/v1/meetings/${meeting.id}`)).body;
    expect(view).toMatchObject({ status: 'voting', ballotsCast: 2, ballotBoxLost: true });
    // Only the office, and only while the box cannot be opened.
    expect((await clients[names[0]!]!.post(`/api/v1/meetings/${meeting.id}/revote`)).status).toBe(403);
    const again = await officer.post(`/api/v1/meetings/${meeting.id}/revote`);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body).toMatchObject({ status: 'voting', ballotsCast: 0, ballotBoxLost: false });
    expect((await officer.post(`/api/v1/meetings/${meeting.id}/revote`)).status).toBe(409);
    const [entry] = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, t), eq(auditLog.action, 'meeting.revote'), eq(auditLog.entityId, meeting.id)));
    expect(entry!.summary).toMatch(/2 phiếu đã bỏ bị hủy/);
    await cast(meeting, names[0]!, ['yes', 'yes', 'yes']);
    const closed = await officer.post(`/api/v1/meetings/${meeting.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.items.map((i: { yes: number }) => i.yes)).toEqual([1, 1, 1]);
  });
});

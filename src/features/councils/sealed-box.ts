// The sealed ballot box of an open meeting in the database (table ballot_boxes), opened and
// resealed with the key from the key store (ballot-keys.ts). Callers hold the meeting row lock
// (loadMeeting(..., true)), so a box is read and rewritten by one transaction at a time.
// See BALLOT.md for what this protects against and what it does not.
import { and, eq } from 'drizzle-orm';
import { ballotBoxes, ballots } from '../../db/schema.js';
import { refuse } from '../../server/errors.js';
import type { Q } from './access.js';
import {
  type BoxEntry,
  type BoxKey,
  boxKeyAt,
  newBoxKey,
  nextBoxKey,
  openBox,
  sealBox,
  secureShuffle,
} from './ballot-box.js';
import { ballotKeys } from './ballot-keys.js';

/** Why a box cannot be opened, for the office, the member and the operator. */
export function boxLost(): Error {
  const dir = ballotKeys().dir;
  return refuse(
    'BALLOT_BOX_UNREADABLE',
    'Không mở được hòm phiếu niêm phong của phiên họp này: máy chủ không còn giữ khóa niêm phong ' +
      (dir
        ? `(thư mục khóa ${dir} bị thiếu tệp hoặc đã được khôi phục từ bản sao lưu khác). `
        : '(khóa chỉ được giữ trong bộ nhớ và máy chủ đã khởi động lại). ') +
      'Các phiếu đã bỏ vẫn còn nguyên nhưng chưa thể kiểm. Quản trị hệ thống cần khôi phục tệp khóa; nếu không thể, cán bộ thường trực cho bỏ phiếu lại.',
  );
}

export interface OpenedBox {
  generation: number;
  key: BoxKey;
  entries: BoxEntry[];
}

/** Creates a meeting's empty box when voting opens; the key is kept before the row is written. */
export async function createBox(tx: Q, tenantId: string, meetingId: string) {
  const k = newBoxKey();
  const store = ballotKeys();
  store.drop(tenantId, meetingId);
  store.save(tenantId, meetingId, k);
  await tx.delete(ballotBoxes).where(and(eq(ballotBoxes.tenantId, tenantId), eq(ballotBoxes.meetingId, meetingId)));
  await tx
    .insert(ballotBoxes)
    .values({ tenantId, meetingId, generation: 0, sealed: sealBox(k, tenantId, meetingId, []) });
}

/** The box as stored: null when the meeting has none (a vote opened before sealed boxes). */
export async function boxRow(db: Q, tenantId: string, meetingId: string) {
  const [row] = await db
    .select()
    .from(ballotBoxes)
    .where(and(eq(ballotBoxes.tenantId, tenantId), eq(ballotBoxes.meetingId, meetingId)));
  return row ?? null;
}

/** Opens the box in memory: null when there is none; a 409 when its key is gone. */
export async function openStoredBox(db: Q, tenantId: string, meetingId: string): Promise<OpenedBox | null> {
  const row = await boxRow(db, tenantId, meetingId);
  if (!row) return null;
  const held = ballotKeys().load(tenantId, meetingId);
  const key = held && boxKeyAt(held, row.generation);
  if (!key) throw boxLost();
  try {
    return { generation: row.generation, key, entries: openBox(key, tenantId, meetingId, row.sealed) };
  } catch {
    throw boxLost();
  }
}

/**
 * Rewrites the whole box with `entries` (shuffled) under the next key, in the caller's
 * transaction. Returns the new key, to be kept by `keepKey` once the transaction has committed:
 * kept earlier, a rolled-back cast would leave a key newer than the box, which cannot go back.
 */
export async function resealBox(
  tx: Q,
  tenantId: string,
  meetingId: string,
  box: OpenedBox | null,
  entries: readonly BoxEntry[],
): Promise<BoxKey> {
  if (!box) {
    // A vote opened before sealed boxes: start one now (earlier papers stay where they are).
    const k = newBoxKey();
    ballotKeys().save(tenantId, meetingId, k);
    const next = nextBoxKey(k);
    await tx.insert(ballotBoxes).values({
      tenantId,
      meetingId,
      generation: next.generation,
      sealed: sealBox(next, tenantId, meetingId, entries),
    });
    return next;
  }
  const next = nextBoxKey(box.key);
  const updated = await tx
    .update(ballotBoxes)
    .set({ generation: next.generation, sealed: sealBox(next, tenantId, meetingId, entries) })
    .where(
      and(
        eq(ballotBoxes.tenantId, tenantId),
        eq(ballotBoxes.meetingId, meetingId),
        eq(ballotBoxes.generation, box.generation),
      ),
    )
    .returning({ g: ballotBoxes.generation });
  if (updated.length !== 1) throw refuse('BALLOT_BOX_CHANGED', 'Hòm phiếu vừa thay đổi. Vui lòng bỏ phiếu lại.');
  return next;
}

/** After the cast's transaction committed: the server keeps only the newest key. */
export function keepKey(tenantId: string, meetingId: string, k: BoxKey) {
  try {
    ballotKeys().save(tenantId, meetingId, k);
  } catch (e) {
    // The older key on disk still derives this one (the chain only goes forward): nothing is
    // lost, only that older key stays on disk until the next cast replaces it.
    console.error(`Không ghi được khóa hòm phiếu mới của phiên họp ${meetingId}:`, (e as Error).message);
  }
}

/**
 * At the tally: opens the box, writes its entries as plain ballots in a fresh random order with
 * random ids (all in this one transaction), and deletes the sealed box. The key is dropped by
 * `forgetKey` once the transaction has committed.
 */
export async function unsealIntoBallots(tx: Q, tenantId: string, meetingId: string) {
  const box = await openStoredBox(tx, tenantId, meetingId);
  if (!box) return 0;
  const rows = secureShuffle(box.entries).map((e) => ({ tenantId, id: crypto.randomUUID(), meetingId, ...e }));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(ballots).values(rows.slice(i, i + 1000));
  await tx.delete(ballotBoxes).where(and(eq(ballotBoxes.tenantId, tenantId), eq(ballotBoxes.meetingId, meetingId)));
  return rows.length;
}

export function forgetKey(tenantId: string, meetingId: string) {
  try {
    ballotKeys().drop(tenantId, meetingId);
  } catch (e) {
    console.error(`Không xóa được khóa hòm phiếu của phiên họp ${meetingId}:`, (e as Error).message);
  }
}

/** Discards a box whose key is gone (a revote): returns how many casts it had sealed. */
export async function discardBox(tx: Q, tenantId: string, meetingId: string) {
  const row = await boxRow(tx, tenantId, meetingId);
  await tx.delete(ballotBoxes).where(and(eq(ballotBoxes.tenantId, tenantId), eq(ballotBoxes.meetingId, meetingId)));
  return row?.generation ?? 0;
}

// The secret ballot's small pure pieces: receipt codes, their hashes, the crypto-random shuffle,
// and the sealed box (AES-256-GCM under a one-way chain of keys). No database, no time, no voter.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import type { BallotChoice } from '../../domain/rounds/vocab.js';

/** Letters and digits that cannot be mistaken for one another (no I, O, 0, 1). */
export const RECEIPT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const RECEIPT_LENGTH = 10;

/** A fresh receipt code: 10 symbols of 32 (50 bits), shown as "ABCDE-FGHJK". */
export function newReceiptCode(): string {
  let s = '';
  for (let i = 0; i < RECEIPT_LENGTH; i++) s += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** What a member typed back: case, spaces and dashes ignored; null when it cannot be a code. */
export function normaliseReceiptCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '');
  if (s.length !== RECEIPT_LENGTH || [...s].some((ch) => !RECEIPT_ALPHABET.includes(ch))) return null;
  return s;
}

/**
 * The hash stored on one ballot row: SHA-256 of meeting, item and code. Each row of a paper has
 * a different hash, so the box cannot be regrouped into papers (which a pattern of recusals or
 * choices could tie to a member); the member, who holds the code, recomputes every item's hash.
 */
export function receiptHash(meetingId: string, nomineeId: string, code: string): string {
  const norm = normaliseReceiptCode(code) ?? code;
  return createHash('sha256').update(`${meetingId}\n${nomineeId}\n${norm}`).digest('hex');
}

/** Fisher–Yates with a cryptographic random source: every order is equally likely. */
export function secureShuffle<T>(items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

// ─── The sealed box (see BALLOT.md) ───────────────────────────────────────────────────────────

/** One entry of the box: an item's choice and the receipt hash that lets its voter find it. */
export interface BoxEntry {
  nomineeId: string;
  choice: BallotChoice;
  receiptHash: string;
}

/** The key of a meeting's box at some generation (number of casts sealed so far). */
export interface BoxKey {
  generation: number;
  key: Buffer;
}

const FORMAT = 1;
const ENTRY_BYTES = 16 + 1 + 32;
const CHOICE_CODES: readonly BallotChoice[] = ['yes', 'no', 'abstain'];

/** A fresh random key for a box that holds no paper yet (generation 0). */
export const newBoxKey = (): BoxKey => ({ generation: 0, key: randomBytes(32) });

const hmac = (key: Buffer, label: string) => createHmac('sha256', key).update(label).digest();

/**
 * The key of the next generation: one-way, so a key taken from the server opens the box as it
 * is now, never an earlier version of it (whose difference with the next would be one paper).
 */
export const nextBoxKey = (k: BoxKey): BoxKey => ({
  generation: k.generation + 1,
  key: hmac(k.key, 'tdkt/ballot-box/next'),
});

/** The key for `generation`, derived forward from an older or equal one; null when it is newer. */
export function boxKeyAt(k: BoxKey, generation: number): BoxKey | null {
  if (k.generation > generation) return null;
  let cur = k;
  while (cur.generation < generation) cur = nextBoxKey(cur);
  return cur;
}

const aad = (tenantId: string, meetingId: string, generation: number) =>
  Buffer.from(`tdkt/ballot-box/v${FORMAT}/${tenantId}/${meetingId}/${generation}`);

function encodeEntries(entries: readonly BoxEntry[]): Buffer {
  const out = Buffer.alloc(entries.length * ENTRY_BYTES);
  entries.forEach((e, i) => {
    const at = i * ENTRY_BYTES;
    const id = Buffer.from(e.nomineeId.replace(/-/g, ''), 'hex');
    const hash = Buffer.from(e.receiptHash, 'hex');
    const code = CHOICE_CODES.indexOf(e.choice);
    if (id.length !== 16 || hash.length !== 32 || code < 0) throw new Error('ballot box: malformed entry');
    id.copy(out, at);
    out[at + 16] = code;
    hash.copy(out, at + 17);
  });
  return out;
}

function decodeEntries(buf: Buffer): BoxEntry[] {
  if (buf.length % ENTRY_BYTES !== 0) throw new Error('ballot box: malformed contents');
  const entries: BoxEntry[] = [];
  for (let at = 0; at < buf.length; at += ENTRY_BYTES) {
    const h = buf.subarray(at, at + 16).toString('hex');
    const choice = CHOICE_CODES[buf[at + 16]!];
    if (!choice) throw new Error('ballot box: malformed contents');
    entries.push({
      nomineeId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
      choice,
      receiptHash: buf.subarray(at + 17, at + ENTRY_BYTES).toString('hex'),
    });
  }
  return entries;
}

/**
 * Seals the entries, shuffled, under the key of their generation: AES-256-GCM with a fresh random
 * nonce, bound to the tenant, meeting and generation. Every entry takes the same number of bytes
 * whatever the choice, so the size says only how many entries the box holds.
 */
export function sealBox(k: BoxKey, tenantId: string, meetingId: string, entries: readonly BoxEntry[]): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', hmac(k.key, 'tdkt/ballot-box/seal'), nonce);
  cipher.setAAD(aad(tenantId, meetingId, k.generation));
  const body = Buffer.concat([cipher.update(encodeEntries(secureShuffle(entries))), cipher.final()]);
  return Buffer.concat([Buffer.from([FORMAT]), nonce, cipher.getAuthTag(), body]);
}

/** Opens a sealed box; throws when the key, meeting or generation does not match, or it was altered. */
export function openBox(k: BoxKey, tenantId: string, meetingId: string, sealed: Uint8Array): BoxEntry[] {
  const buf = Buffer.from(sealed);
  if (buf.length < 29 || buf[0] !== FORMAT) throw new Error('ballot box: unknown format');
  const decipher = createDecipheriv('aes-256-gcm', hmac(k.key, 'tdkt/ballot-box/seal'), buf.subarray(1, 13));
  decipher.setAAD(aad(tenantId, meetingId, k.generation));
  decipher.setAuthTag(buf.subarray(13, 29));
  return decodeEntries(Buffer.concat([decipher.update(buf.subarray(29)), decipher.final()]));
}

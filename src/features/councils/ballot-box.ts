// The secret ballot's small pure pieces: receipt codes, their hashes, and the crypto-random
// shuffle that reorders a meeting's ballot box on every cast. No database, no time, no voter.
import { createHash, randomInt } from 'node:crypto';

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

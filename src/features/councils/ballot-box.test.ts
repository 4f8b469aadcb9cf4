import { describe, expect, it } from 'vitest';
import { newReceiptCode, normaliseReceiptCode, RECEIPT_ALPHABET, receiptHash, secureShuffle } from './ballot-box.js';

describe('receipt codes', () => {
  it('are 10 unambiguous symbols shown in two groups, and read back loosely', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const c = newReceiptCode();
      expect(c).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      expect(c).not.toMatch(/[IO01]/);
      seen.add(c);
      expect(normaliseReceiptCode(` ${c.toLowerCase()} `)).toBe(c.replace('-', ''));
    }
    expect(seen.size).toBe(200);
    expect(RECEIPT_ALPHABET).toHaveLength(32);
    expect(normaliseReceiptCode('ABCDE-FGHJ')).toBeNull();
    expect(normaliseReceiptCode('ABCDE-FGHJ0')).toBeNull();
  });

  it('hash per meeting and item, the same for any spelling of the code', () => {
    const h = receiptHash('m1', 'n1', 'ABCDE-FGHJK');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(receiptHash('m1', 'n1', 'abcdefghjk')).toBe(h);
    expect(receiptHash('m1', 'n2', 'ABCDE-FGHJK')).not.toBe(h);
    expect(receiptHash('m2', 'n1', 'ABCDE-FGHJK')).not.toBe(h);
  });
});

describe('secureShuffle', () => {
  it('keeps the elements and moves them', () => {
    const xs = Array.from({ length: 50 }, (_, i) => i);
    const ys = secureShuffle(xs);
    expect([...ys].sort((a, b) => a - b)).toEqual(xs);
    expect(xs).toEqual(Array.from({ length: 50 }, (_, i) => i));
    // 50! orders: the identity comes back with probability ~1e-64.
    expect(ys).not.toEqual(xs);
  });

  it('puts each element first about equally often', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[secureShuffle([0, 1, 2, 3])[0]!]++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

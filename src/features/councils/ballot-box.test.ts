import { describe, expect, it } from 'vitest';
import {
  type BoxEntry,
  boxKeyAt,
  newBoxKey,
  newReceiptCode,
  nextBoxKey,
  normaliseReceiptCode,
  openBox,
  RECEIPT_ALPHABET,
  receiptHash,
  sealBox,
  secureShuffle,
} from './ballot-box.js';

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

describe('the sealed box', () => {
  const T = '00000000-0000-4000-8000-000000000002';
  const M = '00000000-0000-4000-8000-000000000001';
  const entries: BoxEntry[] = ['a', 'b', 'c', 'd'].map((x, i) => ({
    nomineeId: `00000000-0000-4000-8000-00000000000${x}`,
    choice: (['yes', 'no', 'abstain', 'yes'] as const)[i]!,
    receiptHash: receiptHash(M, x, 'ABCDE-FGHJK'),
  }));
  const sort = (es: BoxEntry[]) => [...es].sort((a, b) => (a.receiptHash < b.receiptHash ? -1 : 1));

  it('opens with its own key, meeting and generation only, and refuses any change', () => {
    const k = nextBoxKey(newBoxKey());
    const sealed = sealBox(k, T, M, entries);
    expect(sort(openBox(k, T, M, sealed))).toEqual(sort(entries));
    expect(() => openBox(nextBoxKey(k), T, M, sealed)).toThrow();
    expect(() => openBox({ ...k, generation: 2 }, T, M, sealed)).toThrow();
    expect(() => openBox(k, T, crypto.randomUUID(), sealed)).toThrow();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1]! ^= 1;
    expect(() => openBox(k, T, M, altered)).toThrow();
  });

  it('takes the same size whatever the choices, and never the same bytes twice', () => {
    const k = newBoxKey();
    const a = sealBox(k, T, M, entries);
    const b = sealBox(
      k,
      T,
      M,
      entries.map((e) => ({ ...e, choice: 'abstain' as const })),
    );
    expect(a.length).toBe(b.length);
    expect(sealBox(k, T, M, entries).equals(a)).toBe(false);
    expect(sealBox(k, T, M, [...entries, entries[0]!]).length - a.length).toBe(49);
    expect(a.toString('hex')).not.toContain(entries[0]!.receiptHash);
  });

  it('derives keys forward only: a later key does not open an earlier box', () => {
    const k0 = newBoxKey();
    const k1 = nextBoxKey(k0);
    const k3 = boxKeyAt(k1, 3)!;
    expect(k3.generation).toBe(3);
    expect(boxKeyAt(k0, 3)!.key.equals(k3.key)).toBe(true);
    expect(boxKeyAt(k3, 1)).toBeNull();
    const early = sealBox(k1, T, M, entries);
    expect(() => openBox({ generation: 1, key: k3.key }, T, M, early)).toThrow();
  });
});

// The attack replays must be able to fail: on a box that leaks the order (the design before the
// sealed box: plain rows, same receipt hashes from one cast to the next, rewritten shuffled), they
// link every voter; on a sealed box they link none.
import { describe, expect, it } from 'vitest';
import { type BoxEntry, newBoxKey, nextBoxKey, receiptHash, sealBox, secureShuffle } from './ballot-box.js';
import { diffShape, firstAppearance, linkedVoters } from './secrecy-attacks.js';

const MEETING = '00000000-0000-4000-8000-000000000001';
const TENANT = '00000000-0000-4000-8000-000000000002';
const ITEMS = [
  '00000000-0000-4000-8000-00000000000a',
  '00000000-0000-4000-8000-00000000000b',
  '00000000-0000-4000-8000-00000000000c',
];
const CHOICES = ['yes', 'no', 'abstain'] as const;

function papers(n: number) {
  return Array.from({ length: n }, (_, k) =>
    ITEMS.map((nomineeId, i) => ({
      nomineeId,
      choice: CHOICES[(k + i) % 3]!,
      receiptHash: receiptHash(MEETING, nomineeId, `VOTER${String(k).padStart(5, 'A')}`),
      voter: k,
    })),
  );
}

describe('the WAL-order attack', () => {
  const n = 20;
  const all = papers(n).flat();
  const truth = all.map((e) => e.voter);
  const rows = all.map((e) => ({ values: [e.receiptHash] }));

  it('links every voter when plain rows are rewritten shuffled on each cast (the old box)', () => {
    const observations = Array.from({ length: n }, (_, k) =>
      secureShuffle(all.filter((e) => e.voter <= k))
        .map((e) => `${crypto.randomUUID()}|${e.nomineeId}|${e.choice}|${e.receiptHash}`)
        .join('\n'),
    );
    expect(linkedVoters(firstAppearance(observations, rows), truth, n)).toBe(n);
  });

  it('links no voter when each cast rewrites a sealed box and plain rows appear only at the tally', () => {
    let k0 = newBoxKey();
    const observations: string[] = [];
    for (let k = 0; k < n; k++) {
      k0 = nextBoxKey(k0);
      observations.push(
        sealBox(
          k0,
          TENANT,
          MEETING,
          all.filter((e) => e.voter <= k),
        ).toString('hex'),
      );
    }
    observations.push(
      secureShuffle(all)
        .map((e) => `${e.nomineeId}|${e.choice}|${e.receiptHash}`)
        .join('\n'),
    );
    const assigned = firstAppearance(observations, rows);
    expect(assigned.every((a) => a === n)).toBe(true);
    expect(linkedVoters(assigned, truth, n)).toBe(0);
  });
});

describe('the polling attack', () => {
  it('sees a different diff for different choices in plain rows, the same in the sealed box', () => {
    const yes: BoxEntry[] = ITEMS.map((nomineeId) => ({
      nomineeId,
      choice: 'yes',
      receiptHash: receiptHash(MEETING, nomineeId, 'AAAAABBBBB'),
    }));
    const abstain: BoxEntry[] = yes.map((e) => ({ ...e, choice: 'abstain' }));
    const plain = (es: BoxEntry[]) => ({ ballots: es.map((e) => JSON.stringify(e)) });
    expect(diffShape({}, plain(yes))).not.toEqual(diffShape({}, plain(abstain)));
    const k = newBoxKey();
    const sealed = (es: BoxEntry[]) => ({
      ballot_boxes: [JSON.stringify({ generation: 1, sealed: sealBox(k, TENANT, MEETING, es).toString('hex') })],
    });
    expect(diffShape({}, sealed(yes))).toEqual(diffShape({}, sealed(abstain)));
  });
});

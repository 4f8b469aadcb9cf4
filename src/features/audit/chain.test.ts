// What is hashed must be what PostgreSQL stores: lone surrogates and NUL become U+FFFD, exactly as
// the drivers encode them (Buffer/TextEncoder write U+FFFD for a lone surrogate); pairs are kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditHashV1, auditHashV2, GENESIS_HASH, type HashedFields, storedJson, storedText } from './chain.js';

const fields: HashedFields = {
  tenantId: 't',
  seq: 1,
  at: '2026-12-07T00:00:00.000Z',
  actorUserId: null,
  actorName: 'A',
  action: 'x.y',
  entityType: 'x',
  entityId: null,
  orgId: null,
  summary: 's',
  before: null,
  after: { a: 1 },
  reason: null,
};

describe('audit chain hashing', () => {
  it('turns any string into the text the database gives back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is what the database refuses.
        const expected = new TextDecoder().decode(new TextEncoder().encode(s)).replace(/\u0000/g, '\uFFFD');
        return storedText(s) === expected && storedText(expected) === expected;
      }),
      { numRuns: 300 },
    );
    expect(storedText('Lò Văn \uD800An 😀\u0000')).toBe('Lò Văn \uFFFDAn 😀\uFFFD');
  }, 30_000);

  it('converts keys and values inside JSON the same way, and dates to strings', () => {
    expect(storedJson({ 'k\uDC00': ['\uD83D', { d: new Date('2026-12-07T00:00:00Z') }] })).toEqual({
      'k\uFFFD': ['\uFFFD', { d: '2026-12-07T00:00:00.000Z' }],
    });
    expect(storedJson(undefined)).toBeNull();
  });

  it('needs the key for version 2: a different key or the unkeyed hash does not match', () => {
    const a = auditHashV2(Buffer.from('k'.repeat(32)), GENESIS_HASH, fields);
    expect(auditHashV2(Buffer.from('k'.repeat(32)), GENESIS_HASH, fields)).toBe(a);
    expect(auditHashV2(Buffer.from('j'.repeat(32)), GENESIS_HASH, fields)).not.toBe(a);
    expect(auditHashV1(GENESIS_HASH, fields)).not.toBe(a);
    expect(auditHashV2(Buffer.from('k'.repeat(32)), GENESIS_HASH, { ...fields, summary: 't' })).not.toBe(a);
  });
});

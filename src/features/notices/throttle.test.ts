import { describe, expect, it } from 'vitest';
import { createThrottle } from './throttle.js';

describe('createThrottle', () => {
  it('allows `limit` hits per window and per key, then frees up as the window slides', () => {
    const t = createThrottle(3, 1000);
    expect([t.hit('a', 0), t.hit('a', 10), t.hit('a', 20), t.hit('a', 30)]).toEqual([true, true, true, false]);
    expect(t.hit('b', 30)).toBe(true);
    expect(t.hit('a', 1005)).toBe(true);
    expect(t.hit('a', 1006)).toBe(false);
  });

  it('keeps memory bounded', () => {
    const t = createThrottle(1, 1000, 10);
    for (let i = 0; i < 100; i++) t.hit(`k${i}`, 0);
    expect(t.hit('k0', 1)).toBe(true); // forgotten, so allowed again
  });
});

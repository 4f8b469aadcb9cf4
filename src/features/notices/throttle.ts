// A small in-memory sliding-window limiter for the public (unsigned) routes, per client address.
// One process serves a province, so memory is enough; a restart forgets the counts.
export interface Throttle {
  /** Counts one hit; false when the address has used up its allowance in the window. */
  hit(key: string, now?: number): boolean;
}

export function createThrottle(limit: number, windowMs: number, maxKeys = 50_000): Throttle {
  const hits = new Map<string, number[]>();
  return {
    hit(key, now = Date.now()) {
      const since = now - windowMs;
      const list = (hits.get(key) ?? []).filter((t) => t > since);
      if (list.length >= limit) {
        hits.set(key, list);
        return false;
      }
      list.push(now);
      hits.delete(key);
      hits.set(key, list);
      // Forget the oldest addresses when too many are tracked (Map keeps insertion order).
      while (hits.size > maxKeys) hits.delete(hits.keys().next().value!);
      return true;
    },
  };
}

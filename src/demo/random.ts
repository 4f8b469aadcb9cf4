// Seeded randomness and calendar helpers for the demo generator. Pure: no clock, no Math.random.

import type { Weighted } from './names.js';

/** mulberry32: small, fast, good enough for demo data; same seed → same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: Weighted<T>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** A date between two ISO dates, both inclusive. */
  dateBetween(from: string, to: string): string {
    const a = Date.parse(`${from}T00:00:00Z`);
    const b = Date.parse(`${to}T00:00:00Z`);
    const days = Math.round((b - a) / 86_400_000);
    return isoOf(a + this.int(0, days) * 86_400_000);
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The day before the same day `months` later: a discipline of 6 months from 2023-05-10 ends 2023-11-09. */
export function endAfterMonths(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number);
  const t = Date.UTC(y, m - 1 + months, d) - 86_400_000;
  return isoOf(t);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Calendar year '2024' → [2024-01-01, 2024-12-31]; school year '2024-2025' → [2024-09-01, 2025-05-31]. */
export function periodRange(period: string): [string, string] {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  if (!m) throw new Error(`bad period ${period}`);
  const y = Number(m[1]);
  return m[2] ? [iso(y, 9, 1), iso(y + 1, 5, 31)] : [iso(y, 1, 1), iso(y, 12, 31)];
}

export function overlaps(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Lower-case the first letter: 'Phường Na Lay' → 'phường Na Lay' (for 'Chủ tịch UBND phường Na Lay'). */
export function lcFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** ASCII, upper-case, no spaces: 'Nà Thí' → 'NATHI'. For codes only. */
export function asciiCode(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

// Pieces shared by the commendation documents: grouping and ordering of award lists, counts in
// words of the documents ('03 cá nhân, 01 tập thể'), percentages, the 'Kèm theo …' note.
import { compareNames, compareText, formatNumberVN, nfc } from '../../domain/vi-text/index.js';
import { numberLine, placeDateLine, type IsoDate, type Nd30Number, type PendingDate } from '../nd30/index.js';
import type { AwardEntry, SubjectKind } from './types.js';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A count as documents print it: leading zero below 10 ('03 cá nhân'). */
export function countText(n: number, noun: string): string {
  return `${pad2(n)} ${noun}`;
}

const NOUN: Record<SubjectKind, string> = { collective: 'tập thể', individual: 'cá nhân', household: 'hộ gia đình' };
const KIND_ORDER: SubjectKind[] = ['collective', 'household', 'individual'];

/** '02 tập thể, 05 cá nhân' (collectives, households, individuals; zero counts left out). */
export function subjectCounts(entries: readonly AwardEntry[]): string {
  return KIND_ORDER.map((k) => [k, entries.filter((e) => e.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => countText(n, NOUN[k]))
    .join(', ');
}

/** Entries of one award in print order: collectives and households by name, then individuals by compareNames. */
export function sortEntries(entries: readonly AwardEntry[]): AwardEntry[] {
  return [...entries].sort((a, b) => {
    const ka = KIND_ORDER.indexOf(a.kind);
    const kb = KIND_ORDER.indexOf(b.kind);
    if (ka !== kb) return ka - kb;
    return a.kind === 'individual' ? compareNames(a.name, b.name) : compareText(a.name, b.name);
  });
}

export interface AwardGroup {
  award: string;
  category: AwardEntry['category'];
  entries: AwardEntry[];
}

/** Entries grouped by award, groups in order of first appearance, entries sorted (`sortEntries`). */
export function groupByAward(entries: readonly AwardEntry[]): AwardGroup[] {
  const groups = new Map<string, AwardGroup>();
  for (const e of entries) {
    const key = nfc(e.award.trim());
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { award: key, category: e.category, entries: [] }));
    g.entries.push(e);
  }
  return [...groups.values()].map((g) => ({ ...g, entries: sortEntries(g.entries) }));
}

/** 'danh hiệu "Chiến sĩ thi đua cơ sở"' or 'Giấy khen' (a form is named as it is). */
export function awardPhrase(g: { award: string; category: AwardEntry['category'] }): string {
  return g.category === 'title' ? `danh hiệu "${g.award}"` : g.award;
}

/** A share 0..1 as a Vietnamese percentage with one decimal where needed: '88,9%', '80%'. */
export function percentText(share: number): string {
  const v = Math.round(share * 1000) / 10;
  return `${formatNumberVN(v, Number.isInteger(v) ? 0 : 1)}%`;
}

/** Sum of the amounts of entries (absent amounts count 0); rejects negative or fractional ones. */
export function totalAmount(entries: readonly { amount?: number }[]): number {
  let total = 0;
  for (const e of entries) {
    const a = e.amount ?? 0;
    if (!Number.isInteger(a) || a < 0) throw new RangeError(`Amounts are whole đồng, not negative: ${a}`);
    total += a;
  }
  return total;
}

/** '(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch UBND phường …)'. */
export function attachedNote(kind: string, number: Nd30Number, date: IsoDate | PendingDate, of?: string): string {
  const num = numberLine(number).replace(/^Số:/u, 'số');
  return `(Kèm theo ${kind} ${num} ${placeDateLine('', date)}${of ? ` của ${of}` : ''})`;
}

/** The position-and-unit cell, or '' . */
export const positionOf = (e: AwardEntry): string => e.position ?? '';

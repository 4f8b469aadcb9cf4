// "Copy to next year": the plan of year Y as the draft of year Y+1, for the officer to edit. Pure
// rules: dates move by one year (29/02 becomes 28/02 when the next year is not a leap year), and
// the plan's own years in its text move with them ("năm 2026" → "năm 2027", "15/02/2026" →
// "15/02/2027"; last year's "năm 2025", which the plan reads as "the year before", → "năm 2026").
// Bases (laws and decrees with their own dates) are never rewritten; the caller keeps them as they are.

/** A plan section as stored: heading, paragraphs, numbered parts. */
export interface NextYearSection {
  heading: string;
  paragraphs: string[];
  subsections: { heading: string; paragraphs: string[] }[];
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** An ISO date one year later; 29 February becomes 28 February of a common year. */
export function shiftDateOneYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  const y = Number(m[1]) + 1;
  const day = m[2] === '02' && m[3] === '29' && !isLeap(y) ? '28' : m[3];
  return `${y}-${m[2]}-${day}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A plan text of `year` as the plan of `year + 1` says it: "năm Y" and "năm Y−1" one year on, and
 * dates d/m/Y one year on (29/02 handled). Other years (a law's "năm 2022") stay.
 */
export function nextYearText(text: string, year: number): string {
  return text
    .replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gu, (all, d: string, mo: string, y: string) => {
      if (Number(y) !== year) return all;
      const day = Number(d) === 29 && Number(mo) === 2 && !isLeap(year + 1) ? 28 : Number(d);
      return `${d.length === 2 ? pad(day) : day}/${mo}/${year + 1}`;
    })
    .replace(/(năm|NĂM|Năm)(\s+)(\d{4})\b/gu, (all, word: string, space: string, y: string) =>
      Number(y) === year || Number(y) === year - 1 ? `${word}${space}${Number(y) + 1}` : all,
    );
}

/** The plan's sections with their headings and paragraphs carried to `year + 1`. */
export function nextYearSections(sections: readonly NextYearSection[], year: number): NextYearSection[] {
  const part = (s: { heading: string; paragraphs: string[] }) => ({
    heading: nextYearText(s.heading, year),
    paragraphs: s.paragraphs.map((p) => nextYearText(p, year)),
  });
  return sections.map((s) => ({ ...part(s), subsections: s.subsections.map(part) }));
}

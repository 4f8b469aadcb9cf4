// Tasks of a plan written as prose (seeds 002, 004): each duty under "Tổ chức thực hiện" becomes a task
// led by the unit named in its numbered heading ("1. Phòng Tổ chức - Hành chính - Quản trị", or the text
// before ": " on the heading line, "3. Trung tâm dịch vụ sự nghiệp công: Đẩy mạnh …"). A duty is
// year-round (quarter `regular`) unless it names a cadence: "hàng quý"/"hằng quý" gives one task per
// quarter, "hằng tháng" one per month (due the month's last day), "6 tháng" one per half year; a named
// date ("trước ngày 15/02/2026") is its due date. Closing formulas are not duties. Every task made here
// is marked `fromProse` for the officer to review before saving.
import { cleanText, searchKey } from '../vi-text/index.js';
import type { PlanSectionParts } from './document.js';
import type { PlanTask } from './schema.js';
import { deadlineInTitle } from './tasks.js';
import { parseTiming, quarterOfMonth, type TaskQuarter } from './timing.js';

/** The section that assigns duties to units ("IV. TỔ CHỨC THỰC HIỆN"). */
export function implementationSection(sections: readonly PlanSectionParts[]): PlanSectionParts | null {
  return sections.find((s) => /^to chuc thuc hien\b/u.test(searchKey(s.heading)) && s.heading.length <= 80) ?? null;
}

/** The lead unit named by a heading: requests and assignments ("Đề nghị …", "Giao …") and the standing-body note dropped. */
export function leadOfHeading(heading: string): string {
  return cleanText(
    heading
      .replace(/^(?:đề nghị|giao cho|giao)\s+/iu, '')
      .replace(/\s+[-–(]\s*(?:là\s+)?cơ quan thường trực.*$/iu, '')
      .replace(/[\s:;,.]+$/u, ''),
  );
}

const BULLET = /^(?:[-+•–]\s*)?(?:[a-zđ][.)]\s+)?/u;

/** A closing formula rather than a duty ("Trên đây là Kế hoạch …", "Yêu cầu các cơ quan … ./."). */
export function isClosingFormula(text: string): boolean {
  const key = searchKey(text);
  return (
    /\/\.$/u.test(text.trim()) || /^tren day la\b/u.test(key) || /^(yeu cau|de nghi) cac\b.*\bke hoach nay\b/u.test(key)
  );
}

export interface Period {
  quarter: TaskQuarter;
  due: string | null;
}

/** The periods a duty recurs in, from its cadence words; one year-round period when it names none. */
export function dutyPeriods(duty: string, year: number | null): Period[] {
  const key = searchKey(duty);
  const dated = deadlineInTitle(duty, year);
  // "quý" without diacritics is also the start of "quy định", "quy chế", "quy trình": those are not quarters.
  if (/\b(?:hang|moi|tung|dinh ky(?: hang)?) quy\b(?! (?:dinh|che|trinh|mo|hoach|tac|uoc|pham|chuan|cach))/u.test(key))
    return (['I', 'II', 'III', 'IV'] as const).map((quarter) => ({ quarter, due: null }));
  if (/\b(?:hang|moi|tung) thang\b|\bdinh ky (?:hang )?thang\b/u.test(key))
    return Array.from({ length: 12 }, (_, i) => ({
      quarter: quarterOfMonth(i + 1),
      due: year === null ? null : parseTiming(`tháng ${i + 1}/${year}`, year).due,
    }));
  if (/\b(?:6|06|sau) thang\b/u.test(key)) {
    const first = /\b(?:6|06|sau) thang dau nam\b/u.test(key);
    const last = /\b(?:6|06|sau) thang cuoi nam\b/u.test(key);
    if (first) return [{ quarter: 'II', due: dated }];
    if (last) return [{ quarter: 'IV', due: dated }];
    return [
      { quarter: 'II', due: null },
      { quarter: 'IV', due: null },
    ];
  }
  return [{ quarter: 'regular', due: dated }];
}

/** The tasks of the "Tổ chức thực hiện" section, one or more per duty. */
export function proseTasks(sections: readonly PlanSectionParts[], year: number | null): PlanTask[] {
  const section = implementationSection(sections);
  if (!section) return [];
  const tasks: PlanTask[] = [];
  for (const sub of section.subsections) {
    const lead = leadOfHeading(sub.heading);
    if (!lead) continue;
    for (const p of sub.paragraphs) {
      const title = cleanText(p.replace(BULLET, ''));
      if (!title || isClosingFormula(title) || title.length < 8) continue;
      for (const period of dutyPeriods(title, year))
        tasks.push({ quarter: period.quarter, title, lead, partners: [], due: period.due, fromProse: true });
    }
  }
  return tasks;
}

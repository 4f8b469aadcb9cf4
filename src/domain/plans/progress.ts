// Following a plan through the year: task statuses, the deadline a task is held to, overdue
// tasks, counts per quarter, and matching a lead unit's wording to an organisation. Pure code.
import { searchKey } from '../vi-text/index.js';
import type { TaskQuarter } from './timing.js';

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  cancelled: 'Hủy bỏ',
};

export const QUARTER_LABELS: Record<TaskQuarter, string> = {
  I: 'Quý I',
  II: 'Quý II',
  III: 'Quý III',
  IV: 'Quý IV',
  regular: 'Thường xuyên',
};

const QUARTER_END: Record<Exclude<TaskQuarter, 'regular'>, string> = {
  I: '03-31',
  II: '06-30',
  III: '09-30',
  IV: '12-31',
};

/** Last day of a quarter of `year` (ISO); null for year-round work. */
export function quarterEnd(year: number, quarter: TaskQuarter): string | null {
  return quarter === 'regular' ? null : `${year}-${QUARTER_END[quarter]}`;
}

/**
 * The deadline a task is held to: its own due date, else the last day of its quarter (a task
 * "in quarter I" is late on 1 April). Year-round tasks without a date have none.
 */
export function taskDeadline(task: { quarter: TaskQuarter; due: string | null }, year: number): string | null {
  return task.due ?? quarterEnd(year, task.quarter);
}

/** Whether the task is late on `today` (ISO): its deadline has passed and it is not done or cancelled. */
export function isOverdue(
  task: { quarter: TaskQuarter; due: string | null; status: TaskStatus },
  year: number,
  today: string,
): boolean {
  if (task.status === 'done' || task.status === 'cancelled') return false;
  const d = taskDeadline(task, year);
  return d !== null && d < today;
}

/** How many tasks fall in each quarter and in year-round work. */
export function countByQuarter(tasks: readonly { quarter: TaskQuarter }[]): Record<TaskQuarter, number> {
  const out: Record<TaskQuarter, number> = { I: 0, II: 0, III: 0, IV: 0, regular: 0 };
  for (const t of tasks) out[t.quarter] += 1;
  return out;
}

const UNIT_WORDS = new Set(['phuong', 'xa', 'thi tran', 'dac khu']);

/**
 * The organisation a lead unit's wording names, diacritics and case ignored, or null.
 * Plans name their own bodies without the place ('Phòng Văn hóa - Xã hội phường'), so the wording
 * also matches when completed with the plan owner's name: the trailing 'phường'/'xã' is replaced
 * by 'phường Mường Lay', or the whole name is appended ('Văn phòng HĐND và UBND' + ' phường
 * Mường Lay'). 'UBND xã' (the People's Committee) names the commune itself. Several matches (two
 * units with the same name) give null, the text kept, unless one is the plan's own organisation.
 */
export function matchOrganisation(
  lead: string,
  orgs: readonly { id: string; name: string }[],
  home?: { id?: string; name: string } | null,
): string | null {
  const key = searchKey(lead)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!key) return null;
  const norm = (s: string) =>
    searchKey(s)
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const wanted = new Set([key]);
  // 'UBND xã' / 'Ủy ban nhân dân phường Mường Lay' is the commune or ward itself (its People's Committee).
  const committee = /^(ubnd|uy ban nhan dan) (.+)$/.exec(key)?.[2];
  if (committee) wanted.add(committee);
  if (home) {
    const homeKey = norm(home.name);
    wanted.add(`${key} ${homeKey}`);
    for (const w of UNIT_WORDS) {
      if (key.endsWith(` ${w}`) && homeKey.startsWith(`${w} `)) wanted.add(`${key.slice(0, -w.length)}${homeKey}`);
      if (committee === w && homeKey.startsWith(`${w} `)) wanted.add(homeKey);
    }
  }
  const hits = orgs.filter((o) => wanted.has(norm(o.name)));
  const ids = [...new Set(hits.map((h) => h.id))];
  // The plan's own organisation wins over a same-named one (a merged commune's predecessor).
  if (ids.length > 1 && home?.id && ids.includes(home.id)) return home.id;
  return ids.length === 1 ? ids[0] : null;
}

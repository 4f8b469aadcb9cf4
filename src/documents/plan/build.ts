// The DOCX of a yearly TĐKT plan ("Kế hoạch công tác thi đua, khen thưởng") in the official
// layout of the seed plans: NĐ 30 header, 'Số: …/KH-UBND', place-date line, 'KẾ HOẠCH' and the
// subject, the legal bases, the numbered sections, the task table grouped by quarter, 'Nơi nhận'
// and the signature block. Built on the generic NĐ 30 builder.
import type { PlanTask as ImportedTask } from '../../domain/plans/index.js';

import { formatDateVN, searchKey } from '../../domain/vi-text/index.js';
import {
  buildNd30Docx,
  buildNd30Pdf,
  numberLine,
  placeDateLine,
  toRoman,
  type IsoDate,
  type Nd30Attachment,
  type Nd30Block,
  type Nd30Document,
  type Nd30Issuer,
  type Nd30Signature,
  type Nd30Table,
  type Nd30TableRow,
  type PendingDate,
} from '../nd30/index.js';

/** A task as the document prints it (where it was read from does not matter here). */
export type PlanTask = Omit<ImportedTask, 'fromProse'>;

/** A numbered part of the plan ('1. Mục đích') under a section. */
export interface PlanSubsection {
  heading: string;
  paragraphs: readonly string[];
}

/** A section of the plan ('I. MỤC ĐÍCH, YÊU CẦU'): its own paragraphs, then its numbered parts. */
export interface PlanSection {
  heading: string;
  paragraphs?: readonly string[];
  subsections?: readonly PlanSubsection[];
}

/** Where and how the task table is printed. */
export interface PlanTaskTableOptions {
  /** Heading of the section holding the table (default 'NHIỆM VỤ CỤ THỂ, ĐƠN VỊ THỰC HIỆN'). */
  heading?: string;
  /**
   * Index in `sections` before which the table's section goes. Default: before the first section
   * whose heading names the organisation of implementation ('Tổ chức thực hiện'), else last.
   */
  position?: number;
  /**
   * 'body' (default, as seed 000) prints the table as a numbered section of the plan; 'appendix'
   * prints it after the signature as 'Phụ lục' on its own pages (as seed 001), the section then
   * holding a single line pointing to it.
   */
  placement?: 'body' | 'appendix';
}

export interface PlanDocumentInput {
  issuer: Nd30Issuer;
  /** The registered number; absent or null leaves 'Số:      /KH-UBND' blank. */
  number?: number | string | null;
  /** Symbol after the number (default 'KH-UBND'). */
  symbol?: string;
  place: string;
  /** Date of signature; absent or null prints 'ngày      tháng      năm {year}' to fill in by hand. */
  date?: IsoDate | PendingDate | null;
  /** The year the plan covers. */
  year: number;
  /** Subject line under 'KẾ HOẠCH': 'Công tác thi đua, khen thưởng năm 2026'. */
  title: string;
  bases: readonly string[];
  /** Paragraph after the bases ('UBND phường … xây dựng Kế hoạch … với những nội dung sau:'). */
  intro?: string;
  /** Purpose and requirements, organisation of implementation, funding… in order. */
  sections: readonly PlanSection[];
  tasks: readonly PlanTask[];
  taskTable?: PlanTaskTableOptions;
  /** Closing paragraph ('Trên đây là Kế hoạch …./.'). */
  closing?: string;
  recipients: readonly string[];
  /** Archive line holders (default ['VT']). */
  archive?: readonly string[];
  signer: Nd30Signature;
  fontSize?: 13 | 14;
}

export const TASK_COLUMNS = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'] as const;
export const DEFAULT_TASK_HEADING = 'NHIỆM VỤ CỤ THỂ, ĐƠN VỊ THỰC HIỆN';

const QUARTER_ORDER = ['I', 'II', 'III', 'IV', 'regular'] as const;

/** The group heading of a quarter ('NHIỆM VỤ THỰC HIỆN TRONG QUÝ I') or of year-round work. */
export function groupHeading(quarter: PlanTask['quarter'], year: number): string {
  return quarter === 'regular'
    ? `NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM ${year}`
    : `NHIỆM VỤ THỰC HIỆN TRONG QUÝ ${quarter}`;
}

/** The 'Thời gian' cell: the deadline (dd/mm/yyyy), else 'Quý I'…, else 'Thường xuyên'. */
export function taskTime(task: PlanTask): string {
  if (task.due) return formatDateVN(task.due);
  return task.quarter === 'regular' ? 'Thường xuyên' : `Quý ${task.quarter}`;
}

/**
 * The rows of the task table: a group row per quarter that has tasks (Roman-numbered in order:
 * quarters I–IV, then year-round work), each followed by its tasks numbered from 1, in the order
 * given. Partners are joined with '; '.
 */
export function planTaskRows(tasks: readonly PlanTask[], year: number): Nd30TableRow[] {
  const rows: Nd30TableRow[] = [];
  let group = 0;
  for (const quarter of QUARTER_ORDER) {
    const inGroup = tasks.filter((t) => t.quarter === quarter);
    if (inGroup.length === 0) continue;
    group += 1;
    rows.push({ number: toRoman(group), group: groupHeading(quarter, year) });
    inGroup.forEach((t, i) =>
      rows.push({ cells: [String(i + 1), t.title, t.lead, t.partners.join('; '), taskTime(t)] }),
    );
  }
  return rows;
}

/** The task table: TT / Nhiệm vụ / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian. */
export function planTaskTable(tasks: readonly PlanTask[], year: number): Nd30Table {
  // Thời gian is wide enough for 'dd/mm/yyyy' on one line at 13 pt.
  const widths = [6, 38, 19, 21, 16];
  const aligns = ['center', 'justify', 'left', 'left', 'center'] as const;
  return {
    kind: 'table',
    columns: TASK_COLUMNS.map((header, i) => ({ header, width: widths[i], align: aligns[i] })),
    rows: planTaskRows(tasks, year),
  };
}

function sectionBlocks(s: PlanSection): Nd30Block[] {
  const out: Nd30Block[] = [{ kind: 'heading', level: 1, text: s.heading }];
  for (const p of s.paragraphs ?? []) out.push({ kind: 'paragraph', text: p });
  for (const sub of s.subsections ?? []) {
    out.push({ kind: 'heading', level: 2, text: sub.heading });
    for (const p of sub.paragraphs) out.push({ kind: 'paragraph', text: p });
  }
  return out;
}

/** Index in `sections` before which the task section goes. */
export function taskSectionIndex(sections: readonly PlanSection[], position?: number): number {
  if (position !== undefined) {
    if (!Number.isInteger(position) || position < 0 || position > sections.length) {
      throw new RangeError(`Task table position must be 0..${sections.length}: ${position}`);
    }
    return position;
  }
  const i = sections.findIndex((s) => searchKey(s.heading).includes('to chuc thuc hien'));
  return i === -1 ? sections.length : i;
}

/** The NĐ 30 document of a plan (for callers that adjust it before building). */
export function planDocument(plan: PlanDocumentInput): Nd30Document {
  const date: IsoDate | PendingDate = plan.date ?? { year: plan.year };
  const number = { value: plan.number ?? null, symbol: plan.symbol ?? 'KH-UBND' };
  const table = planTaskTable(plan.tasks, plan.year);
  const placement = plan.taskTable?.placement ?? 'body';
  const heading = plan.taskTable?.heading ?? DEFAULT_TASK_HEADING;
  const at = taskSectionIndex(plan.sections, plan.taskTable?.position);

  const taskSection: Nd30Block[] = [{ kind: 'heading', level: 1, text: heading }];
  if (placement === 'body') taskSection.push(table);
  else taskSection.push({ kind: 'paragraph', text: '(Có Phụ lục nhiệm vụ kèm theo)', italic: true });

  const body: Nd30Block[] = [];
  if (plan.intro) body.push({ kind: 'paragraph', text: plan.intro });
  plan.sections.forEach((s, i) => {
    if (i === at && plan.tasks.length) body.push(...taskSection);
    body.push(...sectionBlocks(s));
  });
  if (at === plan.sections.length && plan.tasks.length) body.push(...taskSection);
  if (plan.closing) body.push({ kind: 'paragraph', text: plan.closing });

  const attachments: Nd30Attachment[] = [];
  if (placement === 'appendix' && plan.tasks.length) {
    attachments.push({
      label: 'Phụ lục',
      title: `NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${plan.year}`,
      note: `(Kèm theo Kế hoạch ${numberLine(number).replace(/^Số:/u, 'số')} ${placeDateLine('', date)})`,
      blocks: [table],
      orientation: 'landscape',
    });
  }

  return {
    issuer: plan.issuer,
    number,
    place: plan.place,
    date,
    type: 'KẾ HOẠCH',
    subject: plan.title,
    bases: plan.bases,
    body,
    recipients: plan.recipients,
    archive: plan.archive,
    signature: plan.signer,
    attachments,
    fontSize: plan.fontSize,
  };
}

/** The DOCX of a plan. */
export async function buildPlanDocx(plan: PlanDocumentInput): Promise<Buffer> {
  return buildNd30Docx(planDocument(plan));
}

/** The PDF of a plan (same model and layout as the DOCX). */
export async function buildPlanPdf(plan: PlanDocumentInput): Promise<Uint8Array> {
  return buildNd30Pdf(planDocument(plan));
}

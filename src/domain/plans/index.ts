// Importing an existing TĐKT plan ("Kế hoạch công tác thi đua, khen thưởng"): the whole plan, not only
// its task table. Pure code: the file is read (format recognised, DOCX unzipped) in
// src/documents/plan/import.ts, which hands the tables and paragraphs here.
//
// - The task table, when the plan has one: a table whose header names a task column ("Nhiệm vụ",
//   "Nội dung"…) and a lead column ("Đơn vị chủ trì", "Cơ quan thực hiện"…).
// - Otherwise the prose duties of "Tổ chức thực hiện" (seeds 002 and 004), marked `fromProse` for the
//   officer to review (prose.ts).
// - The header, bases, sections, closing and signature (document.ts), kept as the plan's text.
import { readPlanDocument, textBlocks, type PlanBlock, type PlanDocumentParts } from './document.js';
import { proseTasks } from './prose.js';
import { PlanImportSchema, type PlanTask } from './schema.js';
import { readTextTables, type Table } from './table.js';
import { inferPlanYear, tablesToTasks } from './tasks.js';

export {
  PlanTaskSchema,
  PlanImportSchema,
  PlanSectionTextSchema,
  TASK_QUARTERS,
  type PlanTask,
  type PlanImport,
} from './schema.js';
export { splitUnits } from './units.js';
export { parseTiming, type Timing, type TaskQuarter, type Quarter } from './timing.js';
export { readTextTables, type Table, type TableRow } from './table.js';
export { tablesToTasks, detectHeader, headerRole, inferPlanYear, deadlineInTitle, type ColumnMap } from './tasks.js';
export {
  readPlanDocument,
  textBlocks,
  yearOfTitle,
  numberedHeading,
  storedPlanParts,
  type StoredPlanParts,
  type StoredPlanSection,
  type PlanBlock,
  type PlanDocumentParts,
  type PlanSectionParts,
  type PlanSubsectionParts,
} from './document.js';
export { proseTasks, dutyPeriods, leadOfHeading, isClosingFormula, implementationSection } from './prose.js';

/** What a reader took out of a plan file. */
export interface PlanSource {
  tables: Table[];
  blocks: PlanBlock[];
  /** The whole text (tables included), for context such as the year when the title names none. */
  text: string;
}

/**
 * `year` is the plan's own year, read from its title ("… NĂM 2026"), else the year its text names most;
 * `sections` each section's title (no numeral) and text; `document` every part of the plan for storing.
 */
export type PlanImportResult =
  | {
      ok: true;
      year: number | null;
      sections: { heading: string; text: string }[];
      tasks: PlanTask[];
      /** True when the tasks come from the plan's prose ("Tổ chức thực hiện"), not from a task table. */
      fromProse: boolean;
      document: PlanDocumentParts;
    }
  | { ok: false; message: string };

export const noTableMessage = (fileName: string): string =>
  `Không tìm thấy nhiệm vụ trong tệp "${fileName}": không có bảng nhiệm vụ (các cột Nhiệm vụ/Nội dung và Đơn vị chủ trì) cũng không có mục "Tổ chức thực hiện" giao việc cho từng đơn vị.`;

/** The plan read from its tables and paragraphs. Never throws for bad input: returns a Vietnamese message naming the file. */
export function parsePlan(source: PlanSource, fileName: string): PlanImportResult {
  const document = readPlanDocument(source.blocks);
  const year = document.titleYear ?? inferPlanYear(source.text);
  const table = tablesToTasks(source.tables, year);
  let tasks = table.tasks;
  let fromProse = false;
  if (!table.found) {
    tasks = proseTasks(document.sections, year);
    fromProse = true;
    if (tasks.length === 0) return { ok: false, message: noTableMessage(fileName) };
  } else if (tasks.length === 0) {
    return { ok: false, message: `Bảng nhiệm vụ trong tệp "${fileName}" không có nhiệm vụ nào.` };
  }
  const sections = document.sections.map((s) => ({ heading: s.heading, text: s.text }));
  // The output contract, checked on the way out: a failure here is a bug, not bad input.
  const out = PlanImportSchema.parse({ year, sections, tasks });
  return { ok: true, year: out.year, sections: out.sections, tasks: out.tasks, fromProse, document };
}

/** A plan given as plain text (tab-separated or Markdown pipe tables). */
export function parsePlanText(text: string, fileName: string): PlanImportResult {
  return parsePlan({ tables: readTextTables(text), blocks: textBlocks(text), text }, fileName);
}

export {
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  QUARTER_LABELS,
  quarterEnd,
  taskDeadline,
  isOverdue,
  countByQuarter,
  matchOrganisation,
  type TaskStatus,
} from './progress.js';
export {
  PLAN_LINK_KINDS,
  PLAN_LINK_KIND_LABELS,
  LINKABLE_KINDS,
  workProgress,
  statusFromLinks,
  type PlanLinkKind,
  type LinkableKind,
  type WorkFacts,
} from './links.js';
export { nextYearSections, nextYearText, shiftDateOneYear, type NextYearSection } from './next-year.js';

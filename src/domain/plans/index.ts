// Importing the task table of an existing TĐKT plan ("Kế hoạch công tác thi đua, khen thưởng")
// from plain text (tab-separated or Markdown pipe tables) or DOCX (Word tables).
//
// Only a real task table is imported: a table whose header names a task column ("Nhiệm vụ",
// "Nội dung"…) and a lead column ("Đơn vị chủ trì", "Cơ quan thực hiện"…). Plans written as prose
// (seeds 002 and 004: numbered paragraphs by subject and a "Tổ chức thực hiện" section by unit,
// with no quarter or deadline per task and no lead/partner split) are refused with a message
// rather than guessed at: inventing quarters and leads from prose would put wrong data into a
// plan that people then follow.
import { readDocx, DocxError } from './docx.js';
import { ZipLimitError } from '../../documents/safe-zip.js';
import { PlanImportSchema, type PlanTask } from './schema.js';
import { readTextTables, type Table } from './table.js';
import { inferPlanYear, tablesToTasks } from './tasks.js';

export { PlanTaskSchema, PlanImportSchema, TASK_QUARTERS, type PlanTask, type PlanImport } from './schema.js';
export { splitUnits } from './units.js';
export { parseTiming, type Timing, type TaskQuarter, type Quarter } from './timing.js';
export { readTextTables, type Table, type TableRow } from './table.js';
export { readDocx } from './docx.js';
export { tablesToTasks, detectHeader, headerRole, inferPlanYear, deadlineInTitle, type ColumnMap } from './tasks.js';

/** `year` is the plan's own year, read from its text (its title "… NĂM 2026"); null when it names none. */
export type PlanImportResult = { ok: true; year: number | null; tasks: PlanTask[] } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export const noTableMessage = (fileName: string): string =>
  `Không tìm thấy bảng nhiệm vụ trong tệp "${fileName}". Bảng cần có các cột Nhiệm vụ/Nội dung và Đơn vị chủ trì.`;

/**
 * The tasks of the plan in `bytes` (the format is recognised from the content: a zip is DOCX,
 * anything else must be UTF-8 or UTF-16 text). Never throws for bad input: returns a Vietnamese
 * message naming the file instead.
 */
export async function importPlan(bytes: Uint8Array, fileName: string): Promise<PlanImportResult> {
  let tables: Table[];
  let text: string;
  if (startsWith(bytes, ZIP_MAGIC)) {
    try {
      ({ tables, text } = await readDocx(bytes));
    } catch (e) {
      if (e instanceof DocxError)
        return { ok: false, message: `Tệp "${fileName}" không phải tệp DOCX hợp lệ: ${e.message}.` };
      if (e instanceof ZipLimitError) return { ok: false, message: `Tệp "${fileName}" bị từ chối. ${e.message}` };
      throw e;
    }
  } else if (startsWith(bytes, OLE_MAGIC)) {
    return {
      ok: false,
      message: `Tệp "${fileName}" là tệp Word 97-2003 (.doc), chưa được hỗ trợ. Hãy mở bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx.`,
    };
  } else {
    const decoded = decodeText(bytes);
    if (decoded === null) {
      return { ok: false, message: `Tệp "${fileName}" không phải văn bản UTF-8 hay tệp DOCX, không đọc được.` };
    }
    text = decoded;
    tables = readTextTables(text);
  }

  const year = inferPlanYear(text);
  const { found, tasks } = tablesToTasks(tables, year);
  if (!found) return { ok: false, message: noTableMessage(fileName) };
  if (tasks.length === 0) return { ok: false, message: `Bảng nhiệm vụ trong tệp "${fileName}" không có nhiệm vụ nào.` };
  // The output contract, checked on the way out: a failure here is a bug, not bad input.
  return { ok: true, year, tasks: PlanImportSchema.parse({ tasks }).tasks };
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

// `plan import FILE`: reads an existing TĐKT plan (plain text or DOCX) and prints
// {"year":2026,"sections":[{"heading","text"}],"tasks":[{"title","lead","partners","quarter","due","fromProse"}]}
// as pretty JSON on standard output, exit 0. Tasks come from the task table, or, in a plan written as prose,
// from the duties of its "Tổ chức thực hiện" section (fromProse: true). Exit 2 with a Vietnamese message on
// standard error when the file cannot be read or is not a plan with tasks; usage errors exit 2 too.
import { readFileSync, statSync } from 'node:fs';
import { MAX_UPLOAD_BYTES } from '../documents/safe-zip.js';
import { importPlan } from '../documents/plan/import.js';

export const PLAN_USAGE =
  'Cách dùng: npm run -s cli -- plan import TỆP   (TỆP là kế hoạch dạng văn bản .txt hoặc .docx: bảng nhiệm vụ, hoặc mục "Tổ chức thực hiện" giao việc cho từng đơn vị)';

/** One line for the main help text. */
export const PLAN_HELP_LINE =
  '  plan import TỆP             nhập kế hoạch TĐKT (.txt hoặc .docx): các mục và nhiệm vụ, in JSON';

export interface PlanIO {
  readFile(path: string): Uint8Array;
  out(s: string): void;
  err(s: string): void;
}

/** The real process's I/O, for src/cli/index.ts. */
export function processPlanIO(): PlanIO {
  return {
    readFile: (path) => {
      // Checked before reading, so a huge file is refused instead of read whole into memory.
      if (statSync(path).size > MAX_UPLOAD_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
      return readFileSync(path);
    },
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
  };
}

export async function runPlan(args: string[], io: PlanIO): Promise<number> {
  const [sub, file, ...extra] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(`${PLAN_USAGE}\n`);
    return 0;
  }
  if (sub !== 'import' || !file || extra.length > 0) {
    io.err(`${sub && sub !== 'import' ? `Không có lệnh con "plan ${sub}".\n` : ''}${PLAN_USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? ' (không có tệp này)'
        : code === 'EISDIR'
          ? ' (đây là thư mục)'
          : code === 'EACCES'
            ? ' (không có quyền đọc)'
            : code === 'EFBIG'
              ? ` (tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`
              : '';
    io.err(`Không đọc được tệp "${file}"${why}.\n`);
    return 2;
  }
  const result = await importPlan(bytes, file);
  if (!result.ok) {
    io.err(`${result.message}\n`);
    return 2;
  }
  const tasks = result.tasks.map((t) => ({
    title: t.title,
    lead: t.lead,
    partners: t.partners,
    quarter: t.quarter,
    due: t.due,
    fromProse: t.fromProse,
  }));
  io.out(`${JSON.stringify({ year: result.year, sections: result.sections, tasks }, null, 2)}\n`);
  return 0;
}

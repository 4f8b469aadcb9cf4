// `plan import FILE`: reads the task table of an existing TĐKT plan (plain text or DOCX) and
// prints {"year":2026,"tasks":[…]} as pretty JSON on standard output, exit 0. Exit 2 with a Vietnamese message
// on standard error when the file cannot be read or holds no task table; usage errors exit 2 too.
import { readFileSync, statSync } from 'node:fs';
import { MAX_UPLOAD_BYTES } from '../documents/safe-zip.js';
import { importPlan } from '../domain/plans/index.js';

export const PLAN_USAGE =
  'Cách dùng: npm run -s cli -- plan import TỆP   (TỆP là kế hoạch dạng văn bản .txt có bảng phân cách bằng Tab, hoặc .docx có bảng Word)';

/** One line for the main help text. */
export const PLAN_HELP_LINE =
  '  plan import TỆP             nhập bảng nhiệm vụ của kế hoạch TĐKT (.txt hoặc .docx), in JSON';

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
  io.out(`${JSON.stringify({ year: result.year, tasks: result.tasks }, null, 2)}\n`);
  return 0;
}

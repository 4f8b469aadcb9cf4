// `eligibility evaluate FILE|-`: the contract's command-line door. Prints the verdict JSON on
// standard output and exits 0 whenever a verdict was produced; exits 2 with a Vietnamese message
// on standard error for input it cannot read.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateRequest } from '../domain/eligibility/index.js';

export const USAGE =
  'Cách dùng: npm run -s cli -- eligibility evaluate TỆP [--province MÃ_TỈNH]   (TỆP là "-" để đọc từ đầu vào chuẩn)';

export interface CliIO {
  readStdin(): string;
  out(s: string): void;
  err(s: string): void;
}

export function runEligibility(args: string[], io: CliIO): number {
  let parsed: { positionals: string[]; values: { province?: string } };
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { province: { type: 'string' } } });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [sub, file] = parsed.positionals;
  if (sub !== 'evaluate' || !file) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  } catch {
    io.err(`Không đọc được tệp "${file}".\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    io.err(`Tệp "${file === '-' ? 'đầu vào chuẩn' : file}" không phải JSON hợp lệ: ${(e as Error).message}\n`);
    return 2;
  }
  const r = evaluateRequest(json, { province: parsed.values.province });
  if (!r.ok) {
    io.err(`Dữ liệu đầu vào không hợp lệ:\n${r.errors.map((e) => `- ${e.message}`).join('\n')}\n`);
    return 2;
  }
  io.out(`${JSON.stringify(r.output, null, 2)}\n`);
  return 0;
}

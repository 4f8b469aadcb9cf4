// `documents sample KIND --out FILE`: builds one document of a commendation round from the demo
// data (src/demo, in memory, no database) and writes it as DOCX, or as PDF when FILE ends
// in .pdf. KIND: proposal | minutes | decision | certificate | payment-list. Exit 0 on success,
// 2 with a Vietnamese message for a wrong command line, 1 when the file cannot be written.
import { writeFileSync } from 'node:fs';
import {
  buildCertificatesDocx,
  buildCertificatesPdf,
  buildDecisionDocx,
  buildDecisionPdf,
  buildMinutesDocx,
  buildMinutesPdf,
  buildPaymentListDocx,
  buildPaymentListPdf,
  buildProposalDocx,
  buildProposalPdf,
} from '../documents/commendation/index.js';
import { sampleRound, type SampleRound } from './document-sample.js';

export const DOCUMENT_KINDS = ['proposal', 'minutes', 'decision', 'certificate', 'payment-list'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENTS_USAGE = `Cách dùng: npm run -s cli -- documents sample LOẠI --out TỆP
  LOẠI: proposal (tờ trình) | minutes (biên bản họp Hội đồng) | decision (quyết định và danh sách) | certificate (giấy khen, giấy chứng nhận) | payment-list (danh sách chi tiền thưởng)
  TỆP: .docx (Word), hoặc .pdf`;

/** One line for the main help text. */
export const DOCUMENTS_HELP_LINE =
  '  documents sample LOẠI --out TỆP  tạo văn bản mẫu của đợt khen thưởng từ dữ liệu trình diễn (.docx hoặc .pdf)';

export interface DocumentsIO {
  writeFile(path: string, bytes: Uint8Array): void;
  out(s: string): void;
  err(s: string): void;
}

export function processDocumentsIO(): DocumentsIO {
  return {
    writeFile: (path, bytes) => writeFileSync(path, bytes),
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
  };
}

const BUILDERS: Record<
  DocumentKind,
  { docx: (r: SampleRound) => Promise<Uint8Array>; pdf: (r: SampleRound) => Promise<Uint8Array>; label: string }
> = {
  proposal: {
    docx: (r) => buildProposalDocx(r.proposal),
    pdf: (r) => buildProposalPdf(r.proposal),
    label: 'Tờ trình đề nghị khen thưởng',
  },
  minutes: {
    docx: (r) => buildMinutesDocx(r.minutes),
    pdf: (r) => buildMinutesPdf(r.minutes),
    label: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
  },
  decision: {
    docx: (r) => buildDecisionDocx(r.decision),
    pdf: (r) => buildDecisionPdf(r.decision),
    label: 'Quyết định khen thưởng và Danh sách kèm theo',
  },
  certificate: {
    docx: (r) => buildCertificatesDocx(r.certificates),
    pdf: (r) => buildCertificatesPdf(r.certificates),
    label: 'Giấy khen, giấy chứng nhận danh hiệu',
  },
  'payment-list': {
    docx: (r) => buildPaymentListDocx(r.payment),
    pdf: (r) => buildPaymentListPdf(r.payment),
    label: 'Danh sách chi tiền thưởng',
  },
};

/** Parses `sample KIND --out FILE` (the options in any order after the sub-command). */
export function parseDocumentsArgs(
  args: readonly string[],
): { ok: true; kind: DocumentKind; out: string } | { ok: false; message: string } {
  const [sub, ...rest] = args;
  if (sub !== 'sample')
    return { ok: false, message: sub ? `Không có lệnh con "documents ${sub}".` : 'Thiếu lệnh con "sample".' };
  let out: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--out' || a === '-o') {
      out = rest[i + 1];
      if (out === undefined || out.startsWith('--')) return { ok: false, message: 'Thiếu tên tệp sau --out.' };
      i += 1;
    } else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else if (a.startsWith('-')) return { ok: false, message: `Không có tùy chọn "${a}".` };
    else positional.push(a);
  }
  const kind = positional[0];
  if (!kind) return { ok: false, message: 'Thiếu loại văn bản.' };
  if (positional.length > 1) return { ok: false, message: `Thừa tham số "${positional[1]}".` };
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    return { ok: false, message: `Không có loại văn bản "${kind}". Các loại: ${DOCUMENT_KINDS.join(', ')}.` };
  }
  if (!out) return { ok: false, message: 'Thiếu --out TỆP (tệp .docx hoặc .pdf cần ghi).' };
  return { ok: true, kind: kind as DocumentKind, out };
}

export async function runDocuments(
  args: string[],
  io: DocumentsIO,
  round: () => SampleRound = () => sampleRound(),
): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    io.out(`${DOCUMENTS_USAGE}\n`);
    return 0;
  }
  const parsed = parseDocumentsArgs(args);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n${DOCUMENTS_USAGE}\n`);
    return 2;
  }
  const pdf = /\.pdf$/iu.test(parsed.out);
  const builder = BUILDERS[parsed.kind];
  const bytes = await (pdf ? builder.pdf : builder.docx)(round());
  try {
    io.writeFile(parsed.out, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? ' (thư mục không tồn tại)'
        : code === 'EISDIR'
          ? ' (đây là thư mục)'
          : code === 'EACCES'
            ? ' (không có quyền ghi)'
            : '';
    io.err(`Không ghi được tệp "${parsed.out}"${why}.\n`);
    return 1;
  }
  io.out(
    `Đã ghi ${builder.label} (${pdf ? 'PDF' : 'DOCX'}, ${bytes.length.toLocaleString('vi-VN')} byte) vào ${parsed.out}\n`,
  );
  return 0;
}

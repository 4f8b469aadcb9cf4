// Reading a plan file: the format is recognised from the content (a zip is DOCX, an OLE file is the old
// .doc, anything else must be UTF-8 or UTF-16 text), then the pure reader in src/domain/plans takes the
// tables and paragraphs. Never throws for bad input: answers a Vietnamese message naming the file.
import {
  parsePlan,
  readTextTables,
  textBlocks,
  type PlanImportResult,
  type PlanSource,
} from '../../domain/plans/index.js';
import { ZipLimitError } from '../safe-zip.js';
import { DocxError, readDocx } from './read-docx.js';

export type { PlanImportResult } from '../../domain/plans/index.js';

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

/** The plan in `bytes` (text or DOCX): its year, sections, tasks and document parts, or why it cannot be read. */
export async function importPlan(bytes: Uint8Array, fileName: string): Promise<PlanImportResult> {
  let source: PlanSource;
  if (startsWith(bytes, ZIP_MAGIC)) {
    try {
      source = await readDocx(bytes);
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
    const text = decodeText(bytes);
    if (text === null) {
      return { ok: false, message: `Tệp "${fileName}" không phải văn bản UTF-8 hay tệp DOCX, không đọc được.` };
    }
    source = { tables: readTextTables(text), blocks: textBlocks(text), text };
  }
  return parsePlan(source, fileName);
}

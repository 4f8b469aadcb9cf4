// Building zip packages for tests, including zip bombs: a part that inflates to more than a
// gigabyte from about a megabyte of deflate data, with honest or lying declared sizes.
import { constants, deflateRawSync } from 'node:zlib';
import { listZipEntries, type ZipEntry } from '../safe-zip.js';

export interface PartSpec {
  name: string;
  /** Raw deflate data (method 8) or the stored bytes (method 0). */
  data: Uint8Array;
  method?: 0 | 8;
  crc32?: number;
  /** Uncompressed size written in the central directory. */
  declaredSize: number;
  /** Uncompressed size written in the local header (defaults to declaredSize). */
  localDeclaredSize?: number;
}

export const MiB = 1024 * 1024;

/**
 * Deflate data that inflates to `chunk` repeated `times` times. Each repetition is one
 * self-contained deflate segment (a full flush resets the window), so the segments can be
 * concatenated: a 1 MiB chunk of one repeated byte costs about a kilobyte per mebibyte.
 */
export function repeatedDeflate(chunk: Uint8Array, times: number): Buffer {
  const segment = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  const out = Buffer.alloc(segment.length * times + last.length);
  for (let i = 0; i < times; i++) segment.copy(out, i * segment.length);
  last.copy(out, segment.length * times);
  return out;
}

/** 1 MiB of sheet-like XML: the same cell over and over. */
const CELLS = Buffer.alloc(MiB, '<c r="A1"><v>1</v></c>');

/**
 * A part inflating to `mib` MiB of repeated XML cells (or of one space, `filler: 'spaces'`: a
 * single text node), declaring the sizes given.
 */
export function bombPart(
  name: string,
  mib: number,
  declaredSize: number,
  localDeclaredSize = declaredSize,
  filler: 'cells' | 'spaces' = 'cells',
): PartSpec {
  return {
    name,
    data: repeatedDeflate(filler === 'cells' ? CELLS : Buffer.alloc(MiB, 0x20), mib),
    method: 8,
    declaredSize,
    localDeclaredSize,
  };
}

/** A deflated part holding `text` with honest sizes. */
export function textPart(name: string, text: string): PartSpec {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw), method: 8, declaredSize: raw.length };
}

/**
 * A zip of `parts`. `hidden` parts are written first as local entries that the central
 * directory does not list: invisible to a reader of the directory, read by a streaming one.
 */
export function writeZip(parts: PartSpec[], hidden: PartSpec[] = []): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of [...hidden, ...parts]) {
    const listed = !hidden.includes(p);
    const name = Buffer.from(p.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6);
    h.writeUInt16LE(p.method ?? 8, 8);
    h.writeUInt32LE(p.crc32 ?? 0, 14);
    h.writeUInt32LE(p.data.length, 18);
    h.writeUInt32LE(p.localDeclaredSize ?? p.declaredSize, 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(p.method ?? 8, 10);
    c.writeUInt32LE(p.crc32 ?? 0, 16);
    c.writeUInt32LE(p.data.length, 20);
    c.writeUInt32LE(p.declaredSize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    if (listed) central.push(c, name);
    chunks.push(h, name, Buffer.from(p.data));
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

const GENEROUS = { maxParts: 1e6, maxPartBytes: 2 ** 32, maxTotalBytes: 2 ** 53, maxRatio: 1e9, ratioFloorBytes: 0 };

/** The parts of a real package (e.g. an .xlsx written by exceljs), to rebuild it with some replaced. */
export function partsOf(bytes: Uint8Array): PartSpec[] {
  return listZipEntries(bytes, GENEROUS).map((e: ZipEntry) => ({
    name: e.name,
    data: bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
    method: e.method as 0 | 8,
    crc32: e.crc32,
    declaredSize: e.uncompressedSize,
  }));
}

/** `bytes` with the part `name` replaced by `part`. */
export function replacePart(bytes: Uint8Array, name: string, part: PartSpec): Buffer {
  const parts = partsOf(bytes);
  const i = parts.findIndex((p) => p.name === name);
  if (i < 0) throw new Error(`no part ${name}`);
  parts[i] = part;
  return writeZip(parts);
}

/** A minimal Word package whose word/document.xml is `document`. */
export function docxWith(document: PartSpec): Buffer {
  return writeZip([
    textPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    textPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    ),
    document,
  ]);
}

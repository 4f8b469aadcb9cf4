// Reading uploaded zip packages (.xlsx, .docx) without letting them take the server down.
// A zip states each part's sizes in two places (the central directory and the part's local
// header) and neither has to be true: a 3 MB file can inflate to gigabytes. So every part is
// checked three times — its declared size and compression ratio before anything is inflated, its
// local header against the central directory, and its actual inflated bytes while inflating
// (stopped past the limit). Only parts listed in the central directory, and only their checked
// bytes, are ever handed on to a parser (see `verifiedZipStream`). Threat model:
// src/server/UPLOADS.md.
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

const MiB = 1024 * 1024;

/** The largest file accepted at all: the HTTP body limit (app.ts) and the CLI's file limit. */
export const MAX_UPLOAD_BYTES = 25 * MiB;

export interface ZipLimits {
  /** Parts (files and folders) in the package. */
  maxParts: number;
  /** Inflated bytes of any one part. */
  maxPartBytes: number;
  /** Inflated bytes of all parts together. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed size above which a part larger than `ratioFloorBytes` is refused. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Lower limits for named parts that a parser keeps whole in memory. */
  partBytes?: Readonly<Record<string, number>>;
}

const partLimit = (limits: ZipLimits, name: string) =>
  Math.min(limits.maxPartBytes, limits.partBytes?.[name] ?? Infinity);

/**
 * Limits for an Excel import. A 150,000-row, 10-column people sheet written by Excel or exceljs
 * is about 61 MB of sheet XML and 21 MB of shared strings at a ratio of about 11:1, so the part
 * limit leaves more than 2× headroom for wide or verbose sheets while keeping what one job can
 * make the server inflate bounded (each part is inflated once to count it and once to read it,
 * streaming, so memory does not grow with it). Real spreadsheets compress 5–30:1; a ratio over
 * 200:1 on a part over 8 MiB is a bomb, not data. An .xlsx has about 10–20 parts.
 * The shared strings are the one part the streaming reader keeps whole (every distinct text of
 * the sheet, as JavaScript strings): 48 MiB of the smallest possible entries costs about 150 MB
 * of heap, so with MAX_UPLOADS_TOTAL files at once (src/server/upload-gate.ts) the process stays
 * well under 1 GB; the 150,000-row sheet above needs 21 MB.
 */
export const XLSX_LIMITS: ZipLimits = {
  maxParts: 1000,
  maxPartBytes: 160 * MiB,
  maxTotalBytes: 256 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 8 * MiB,
  partBytes: { 'xl/sharedStrings.xml': 48 * MiB },
};

/**
 * Limits for a Word plan (.docx) read for its task table. Only word/document.xml is inflated and
 * it is parsed whole into a tree (about 10× its size in memory), so it gets a much lower limit: a
 * 100-page plan full of tables is 2–5 MB of XML. Pictures and fonts are never inflated; their
 * declared sizes still count against the package limits.
 */
export const DOCX_LIMITS: ZipLimits = {
  maxParts: 2000,
  maxPartBytes: 16 * MiB,
  maxTotalBytes: 256 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 4 * MiB,
};

/** A package refused for its sizes; `message` is Vietnamese and shown to the user as is. */
export class ZipLimitError extends Error {
  override name = 'ZipLimitError';
}

/** Not a zip package at all, or a damaged one; `message` is Vietnamese. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** As declared in the central directory. */
  uncompressedSize: number;
  /** Offset of the compressed bytes in the package. */
  dataOffset: number;
  dir: boolean;
}

const mb = (n: number) => `${Math.round(n / MiB).toLocaleString('vi-VN')} MB`;
const tooBig = (what: string) =>
  new ZipLimitError(
    `Tệp nén có ${what}, vượt giới hạn an toàn nên không được xử lý. Hãy kiểm tra lại tệp (lưu lại bằng Excel hoặc Word) hoặc chia nhỏ tệp.`,
  );

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

/**
 * The parts of a zip package from its central directory, after the checks that need no
 * inflating: part count, declared sizes and ratios, supported methods, no encryption, and each
 * local header agreeing with the central directory.
 */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (o: number) => view.getUint32(o, true);
  const u16 = (o: number) => view.getUint16(o, true);
  const damaged = () => new ZipFormatError('tệp nén bị hỏng hoặc không phải tệp nén');
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw new ZipFormatError('tệp nén định dạng ZIP64 không được hỗ trợ');
  if (count > limits.maxParts)
    throw tooBig(`${count.toLocaleString('vi-VN')} phần (tối đa ${limits.maxParts.toLocaleString('vi-VN')})`);
  if (cdOffset + cdSize > eocd) throw damaged();
  const entries: ZipEntry[] = [];
  let declaredTotal = 0;
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(p) !== CEN_SIG) throw damaged();
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const crc32 = u32(p + 16);
    const compressedSize = u32(p + 20);
    const uncompressedSize = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    const localOffset = u32(p + 42);
    if (p + 46 + nameLen > eocd) throw damaged();
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw new ZipFormatError('tệp nén định dạng ZIP64 không được hỗ trợ');
    }
    if (flags & 0x1) throw new ZipFormatError(`phần "${name}" được mã hóa (đặt mật khẩu); hãy bỏ mật khẩu rồi lưu lại`);
    if (method !== 0 && method !== 8) throw new ZipFormatError(`phần "${name}" dùng kiểu nén không được hỗ trợ`);
    const limit = partLimit(limits, name);
    if (uncompressedSize > limit)
      throw tooBig(`phần "${name}" khi giải nén là ${mb(uncompressedSize)} (tối đa ${mb(limit)} cho phần này)`);
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxTotalBytes)
      throw tooBig(`tổng dung lượng khi giải nén trên ${mb(limits.maxTotalBytes)}`);
    if (uncompressedSize > limits.ratioFloorBytes && uncompressedSize > compressedSize * limits.maxRatio) {
      throw tooBig(
        `phần "${name}" nén với tỉ lệ ${Math.round(uncompressedSize / Math.max(1, compressedSize))}:1 (tối đa ${limits.maxRatio}:1)`,
      );
    }
    if (method === 0 && compressedSize !== uncompressedSize) throw damaged();
    // The local header: same name and method, and (without a data descriptor) the same sizes.
    if (localOffset + 30 > cdOffset || u32(localOffset) !== LOC_SIG) throw damaged();
    const lFlags = u16(localOffset + 6);
    const lMethod = u16(localOffset + 8);
    const lCompressed = u32(localOffset + 18);
    const lUncompressed = u32(localOffset + 22);
    const lNameLen = u16(localOffset + 26);
    const lExtraLen = u16(localOffset + 28);
    const lName = new TextDecoder().decode(bytes.subarray(localOffset + 30, localOffset + 30 + lNameLen));
    if (lName !== name || lMethod !== method || (lFlags & 0x1) !== 0) throw damaged();
    if (!(lFlags & 0x8) && (lCompressed !== compressedSize || lUncompressed !== uncompressedSize)) {
      throw new ZipFormatError(`kích thước khai báo của phần "${name}" không khớp nhau`);
    }
    const dataOffset = localOffset + 30 + lNameLen + lExtraLen;
    if (dataOffset + compressedSize > cdOffset) throw damaged();
    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, dataOffset, dir: name.endsWith('/') });
  }
  return entries;
}

const entryData = (bytes: Uint8Array, e: ZipEntry) => bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);

/**
 * The longest stretch of an XML part without a "<": bounds every text node and tag the parser
 * must hold as one string. Excel caps a cell at 32,767 characters (under 200 KB even escaped),
 * so 4 MiB is generous; without it, one 160 MiB text node would be one 160 MiB string.
 */
export const MAX_XML_TOKEN_BYTES = 4 * MiB;

const isXmlPart = (name: string) => /\.(xml|rels|vml)$/iu.test(name);

/**
 * Watches an XML part go by, chunk after chunk: refuses a token longer than MAX_XML_TOKEN_BYTES,
 * and any "<!" (DOCTYPE with its entities, comments, CDATA): Office never writes them in these
 * parts, and each is a way to make a parser build one huge string or expand entities.
 */
class XmlWatch {
  private gap = 0;
  private afterLt = false;
  constructor(private readonly name: string) {}
  feed(chunk: Uint8Array): void {
    if (this.afterLt && chunk.length > 0 && chunk[0] === 0x21) throw this.markup();
    let from = 0;
    for (;;) {
      const i = chunk.indexOf(0x3c, from);
      if (i < 0) break;
      if (this.gap + (i - from) > MAX_XML_TOKEN_BYTES) throw this.token();
      if (i + 1 < chunk.length && chunk[i + 1] === 0x21) throw this.markup();
      this.gap = 0;
      from = i + 1;
    }
    this.gap += chunk.length - from;
    if (this.gap > MAX_XML_TOKEN_BYTES) throw this.token();
    this.afterLt = chunk.length > 0 && chunk[chunk.length - 1] === 0x3c;
  }
  private token() {
    return new ZipLimitError(
      `Tệp nén có phần "${this.name}" chứa một đoạn dài hơn ${mb(MAX_XML_TOKEN_BYTES)} liền một mạch, không phải dữ liệu thật nên không được xử lý.`,
    );
  }
  private markup() {
    return new ZipFormatError(`phần "${this.name}" có khai báo DOCTYPE, chú thích hoặc CDATA, không được hỗ trợ`);
  }
}

/**
 * Inflates a part only to count its bytes (nothing is kept); stops as soon as it passes `cap`.
 * XML parts are watched on the way (XmlWatch).
 */
function inflatedLength(data: Uint8Array, cap: number, watch: XmlWatch | null): Promise<number> {
  return new Promise((resolve, reject) => {
    // Large output chunks: the default 16 KiB makes counting a bomb ten times slower.
    const z = createInflateRaw({ chunkSize: 256 * 1024 });
    let n = 0;
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    z.on('data', (chunk: Buffer) => {
      if (settled) return;
      n += chunk.length;
      try {
        watch?.feed(chunk);
      } catch (e) {
        settle(() => reject(e));
        z.destroy();
        return;
      }
      if (n > cap) {
        settle(() => resolve(n));
        z.destroy();
      }
    });
    z.on('end', () => settle(() => resolve(n)));
    z.on('error', () => settle(() => reject(new ZipFormatError('dữ liệu nén bị hỏng'))));
    z.end(data);
  });
}

/**
 * Checks a package before any parser sees it: the declared checks of `listZipEntries`, then the
 * actual inflated size of every part (counted while inflating, stopped past the limit) and the
 * shape of its XML (XmlWatch). Throws ZipLimitError or ZipFormatError. Memory stays flat:
 * inflated bytes are counted, not kept.
 */
export async function verifyZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipEntry[]> {
  const entries = listZipEntries(bytes, limits);
  let total = 0;
  let lying: string | null = null;
  for (const e of entries) {
    const watch = isXmlPart(e.name) ? new XmlWatch(e.name) : null;
    if (e.dir) continue;
    if (e.method === 0) {
      watch?.feed(entryData(bytes, e));
      if (e.uncompressedSize !== e.compressedSize) lying ??= e.name;
      total += e.compressedSize;
    } else {
      const limit = partLimit(limits, e.name);
      const n = await inflatedLength(entryData(bytes, e), Math.min(limit, limits.maxTotalBytes - total), watch);
      if (n > limit) throw tooBig(`phần "${e.name}" khi giải nén vượt quá ${mb(limit)} (kích thước khai báo sai)`);
      // Within the limits n is the exact size, which must be the one declared (verifiedZipStream
      // relies on it); the limits are checked first, so a lying bomb is refused as one.
      if (n !== e.uncompressedSize && total + n <= limits.maxTotalBytes) lying ??= e.name;
      total += n;
    }
    if (total > limits.maxTotalBytes) throw tooBig(`tổng dung lượng khi giải nén trên ${mb(limits.maxTotalBytes)}`);
  }
  if (lying !== null) throw new ZipFormatError(`kích thước khai báo của phần "${lying}" không đúng`);
  return entries;
}

/**
 * One part inflated into memory, refused past its part limit (zlib stops at the limit
 * itself, so a lying size costs no more than the limit). For small parts read whole, such as a
 * Word document's word/document.xml.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, limits: ZipLimits): Buffer {
  const data = entryData(bytes, e);
  if (e.method === 0) {
    if (isXmlPart(e.name)) new XmlWatch(e.name).feed(data);
    return Buffer.from(data);
  }
  const limit = partLimit(limits, e.name);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: limit });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooBig(`phần "${e.name}" khi giải nén vượt quá ${mb(limit)} (kích thước khai báo sai)`);
    }
    throw new ZipFormatError(`phần "${e.name}" bị hỏng`);
  }
  if (isXmlPart(e.name)) new XmlWatch(e.name).feed(out);
  return out;
}

/**
 * Where to cut a piece of UTF-8 text so that no character is split: the length of the longest
 * prefix that ends on a character boundary (the rest waits for the next piece).
 */
export function utf8Boundary(chunk: Uint8Array): number {
  const n = chunk.length;
  // Look back at most 3 bytes for the lead byte of the last character.
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = chunk[i]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return n - i >= need ? n : i;
  }
  return n;
}

/** A part's bytes as they are (stored) or inflated, piece by piece, each piece ending on a character boundary. */
async function* partPieces(bytes: Uint8Array, e: ZipEntry): AsyncGenerator<Uint8Array> {
  const data = entryData(bytes, e);
  if (e.method === 0) {
    yield data;
    return;
  }
  // zlib's default 16 KiB pieces: exceljs gathers the parse events of a whole piece at once.
  const z = createInflateRaw();
  z.end(data);
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of z as AsyncIterable<Buffer>) {
    const piece = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = utf8Boundary(piece);
    if (cut > 0) yield piece.subarray(0, cut);
    carry = piece.subarray(cut);
  }
  if (carry.length) yield carry;
}

/**
 * The verified parts re-packed as a clean zip stream for a streaming parser (exceljs): a fresh
 * local header per part from the central directory, then the part's bytes, then a central
 * directory. Whatever else the upload held (entries hidden outside the central directory, lying
 * local headers, data descriptors) never reaches the parser.
 *
 * Parts are inflated here and handed on stored, in pieces that end on a UTF-8 character
 * boundary: exceljs's streaming reader decodes each chunk it receives on its own
 * (lib/utils/parse-sax.js), so a Vietnamese letter split across two of zlib's chunks came out as
 * two replacement characters ("Ngư��i"). `verifyZip` must have run first: it checked that every
 * part inflates to exactly its declared size, which the stored headers carry.
 */
export function verifiedZipStream(bytes: Uint8Array, entries: ZipEntry[]): Readable {
  const enc = new TextEncoder();
  const central: Buffer[] = [];
  let offset = 0;
  async function* parts(): AsyncGenerator<Uint8Array> {
    for (const e of entries) {
      const name = enc.encode(e.name);
      const size = e.method === 0 ? e.compressedSize : e.uncompressedSize;
      const h = Buffer.alloc(30);
      h.writeUInt32LE(LOC_SIG, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(e.flags & 0x0800, 6); // keep only the UTF-8 name flag: sizes are known
      h.writeUInt16LE(0, 8); // stored
      h.writeUInt32LE(e.crc32, 14);
      h.writeUInt32LE(size, 18);
      h.writeUInt32LE(size, 22);
      h.writeUInt16LE(name.length, 26);
      const c = Buffer.alloc(46);
      c.writeUInt32LE(CEN_SIG, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      h.copy(c, 8, 6, 26);
      c.writeUInt16LE(name.length, 28);
      c.writeUInt32LE(offset, 42);
      central.push(c, Buffer.from(name));
      yield h;
      yield name;
      let written = 0;
      for await (const piece of partPieces(bytes, e)) {
        written += piece.length;
        if (written > size) throw new ZipFormatError(`phần "${e.name}" dài hơn kích thước khai báo`);
        yield piece;
      }
      if (written !== size) throw new ZipFormatError(`phần "${e.name}" ngắn hơn kích thước khai báo`);
      offset += 30 + name.length + size;
    }
    const cd = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD_SIG, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    yield cd;
    yield end;
  }
  return Readable.from(parts(), { objectMode: false });
}

// Strips metadata from public photos: a JPEG loses its APP1..APP15 segments (Exif with GPS, XMP,
// IPTC) and comments; a PNG loses its text, time and eXIf chunks. Pixels are untouched. Anything
// that is not a well-formed JPEG or PNG is refused (null), so nothing unchecked reaches the portal.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_DROP = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

export type ImageKind = 'image/jpeg' | 'image/png';

export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length > 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

function stripJpeg(b: Uint8Array): Uint8Array | null {
  const out: Uint8Array[] = [b.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    // Start of scan: the rest is entropy-coded image data up to EOI; keep it whole.
    if (marker === 0xda) {
      out.push(b.subarray(i));
      return concat(out);
    }
    if (marker === 0xd9) break;
    const len = (b[i + 2] << 8) | b[i + 3];
    if (len < 2 || i + 2 + len > b.length) return null;
    const isAppN = marker >= 0xe1 && marker <= 0xef; // APP0 (JFIF) stays
    const isComment = marker === 0xfe;
    if (!isAppN && !isComment) out.push(b.subarray(i, i + 2 + len));
    i += 2 + len;
  }
  return null;
}

function stripPng(b: Uint8Array): Uint8Array | null {
  const out: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  while (i + 12 <= b.length) {
    const len = view.getUint32(i);
    const type = String.fromCharCode(b[i + 4], b[i + 5], b[i + 6], b[i + 7]);
    const end = i + 12 + len;
    if (end > b.length) return null;
    if (!PNG_DROP.has(type)) out.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') return concat(out);
  }
  return null;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const r = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    r.set(p, o);
    o += p.length;
  }
  return r;
}

/** The photo without its metadata, or null when it is not a well-formed JPEG or PNG. */
export function stripImageMetadata(bytes: Uint8Array): { kind: ImageKind; bytes: Uint8Array } | null {
  const kind = imageKind(bytes);
  if (!kind) return null;
  const stripped = kind === 'image/jpeg' ? stripJpeg(bytes) : stripPng(bytes);
  return stripped ? { kind, bytes: stripped } : null;
}

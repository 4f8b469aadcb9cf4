// Rules of a unit's dossier that do not need a database: the proposal's status as it follows
// from its nominees after the office acts on them, and which evidence files are accepted.
import type { NomineeStatus, ProposalStatus } from './vocab.js';

/**
 * A submitted dossier is 'returned' while any nominee waits on the unit, 'submitted' while any
 * waits on the office, and 'appraised' once the office decided every nominee.
 */
export function proposalStatusFrom(nominees: readonly NomineeStatus[], current: ProposalStatus): ProposalStatus {
  if (current === 'draft') return 'draft';
  if (nominees.some((s) => s === 'returned')) return 'returned';
  if (nominees.some((s) => s === 'submitted' || s === 'draft')) return 'submitted';
  return nominees.length ? 'appraised' : current;
}

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export interface EvidenceKind {
  mime: string;
  extensions: readonly string[];
  label: string;
}

const KINDS: readonly (EvidenceKind & { magic: (b: Uint8Array) => boolean })[] = [
  { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF', magic: (b) => ascii(b, 0, 5) === '%PDF-' },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word (DOCX)',
    magic: (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  },
  {
    mime: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    label: 'ảnh JPEG',
    magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  { mime: 'image/png', extensions: ['png'], label: 'ảnh PNG', magic: (b) => b[0] === 0x89 && ascii(b, 1, 4) === 'PNG' },
];

function ascii(b: Uint8Array, from: number, to: number) {
  return String.fromCharCode(...b.subarray(from, to));
}

export const EVIDENCE_TYPES_TEXT = KINDS.map((k) => k.label).join(', ');
/** The media types an evidence file may have (what a download of one answers). */
export const EVIDENCE_MIME_TYPES = KINDS.map((k) => k.mime);

/**
 * The evidence kind of a file from its name and first bytes (both must agree), or a Vietnamese
 * reason it is refused.
 */
export function checkEvidence(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; kind: EvidenceKind } | { ok: false; message: string } {
  if (bytes.length === 0) return { ok: false, message: `Tệp "${fileName}" rỗng.` };
  if (bytes.length > EVIDENCE_MAX_BYTES)
    return { ok: false, message: `Tệp "${fileName}" lớn hơn ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB.` };
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const kind = KINDS.find((k) => k.extensions.includes(ext));
  if (!kind) return { ok: false, message: `Tệp "${fileName}" không thuộc loại được nhận (${EVIDENCE_TYPES_TEXT}).` };
  if (!kind.magic(bytes))
    return { ok: false, message: `Nội dung tệp "${fileName}" không phải ${kind.label} như phần mở rộng của tên tệp.` };
  const { magic: _m, ...rest } = kind;
  return { ok: true, kind: rest };
}

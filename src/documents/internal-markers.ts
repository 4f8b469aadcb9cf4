// Text that belongs to the administrator's view of the rules and must never reach a document or
// a screen a non-administrator sees: the reference's marks ([U], [R], [V…]), doubts ("chưa xác
// minh", "cần đối chiếu", "theo trí nhớ"), examples borrowed from another province, and the
// replaced NĐ 98/2023 as a basis. Tests of every document kind scan their text with this list.

export const INTERNAL_MARKERS: readonly { label: string; re: RegExp }[] = [
  { label: 'dấu [U]/[R]/[V] của tài liệu tham chiếu', re: /\[(?:U|R|V(?::S?\d+)?)\]/u },
  { label: '"chưa xác minh"', re: /chưa\s+(?:được\s+)?xác\s+minh/iu },
  { label: '"chưa kiểm chứng"', re: /chưa\s+(?:được\s+)?kiểm\s+chứng/iu },
  { label: '"cần đối chiếu"', re: /cần\s+đối\s+chiếu/iu },
  { label: '"theo trí nhớ"', re: /theo\s+trí\s+nhớ/iu },
  { label: 'ví dụ của tỉnh khác', re: /ví\s+dụ\s+(?:QĐ|Quyết\s+định)/iu },
  { label: 'Bắc Ninh (quy định của tỉnh khác)', re: /Bắc\s+Ninh/iu },
  { label: 'Nghị định 98/2023 (đã bị thay thế)', re: /98\/2023\/NĐ-CP/u },
  { label: 'chữ viết tắt nội bộ UNVERIFIED', re: /UNVERIFIED|unverified/u },
];

/** The markers found in a text ([] when it is clean), each with a few words around it. */
export function findInternalMarkers(text: string): string[] {
  const flat = text.replace(/\s+/gu, ' ');
  const out: string[] = [];
  for (const m of INTERNAL_MARKERS) {
    const hit = m.re.exec(flat);
    if (hit) out.push(`${m.label}: "…${flat.slice(Math.max(0, hit.index - 40), hit.index + hit[0].length + 40)}…"`);
  }
  return out;
}

/**
 * A rule's citation as the office's screens and documents show it: the administrator's notes of
 * doubt removed ('… (quy định chưa được kiểm chứng đầy đủ, cần đối chiếu văn bản gốc)', '[U]').
 */
export function withoutInternalNotes(text: string): string {
  return text
    .replace(/\s*\((?:quy định\s+)?chưa\s+(?:được\s+)?(?:kiểm\s+chứng|xác\s+minh)[^)]*\)/giu, '')
    .replace(/\s*\[(?:U|R|V(?::S?\d+)?)\]/gu, '')
    .trim();
}

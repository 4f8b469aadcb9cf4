// Characters that text input must not carry: refused (NUL, other C0 controls, broken UTF-16) or,
// in names, silently removed (invisible formatting characters that would let two names look
// the same, or reorder what a public notice shows).

export type BadCharKind = 'nul' | 'control' | 'surrogate';

export interface BadChar {
  kind: BadCharKind;
  /** UTF-16 index of the offending character. */
  index: number;
  /** The character's code point as U+XXXX. */
  codePoint: string;
}

// C0 controls except TAB, LF and CR, and DEL. Built from code points so the source stays plain text.
const CONTROL = new RegExp(`[${String.fromCharCode(0)}-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]`);
// A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag:
// with it, the engine would see whole code points and never a half).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character that no text field may hold: NUL, another C0 control character (TAB, LF and
 * CR are allowed), DEL, or half of a UTF-16 surrogate pair (which PostgreSQL cannot store). Null
 * when the text is clean.
 */
export function findBadChar(s: string): BadChar | null {
  const c = CONTROL.exec(s);
  const u = LONE_SURROGATE.exec(s);
  if (!c && !u) return null;
  if (c && (!u || c.index < u.index)) {
    const code = c[0].charCodeAt(0);
    return { kind: code === 0 ? 'nul' : 'control', index: c.index, codePoint: hex(code) };
  }
  return { kind: 'surrogate', index: u!.index, codePoint: hex(u![0].charCodeAt(0)) };
}

/** The Vietnamese message for a refused character (the field's label is put before it). */
export function badCharMessage(bad: BadChar): string {
  switch (bad.kind) {
    case 'nul':
      return 'Chứa ký tự rỗng (NUL, U+0000), không được phép.';
    case 'control':
      return `Chứa ký tự điều khiển không in được (${bad.codePoint}), không được phép.`;
    case 'surrogate':
      return `Chứa ký tự Unicode hỏng (${bad.codePoint} đứng lẻ, không thành cặp), không được phép.`;
  }
}

// Invisible formatting characters: soft hyphen, Arabic letter mark, Mongolian vowel separator,
// zero-width space/non-joiner/joiner, LRM/RLM, the bidirectional embeddings and overrides
// (U+202A–U+202E), word joiner and invisible operators (U+2060–U+2064), the bidirectional isolates
// (U+2066–U+2069), and the byte-order mark / zero-width no-break space.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Removes zero-width and bidirectional control characters (they have no place in a name). */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/**
 * A name as stored and printed (people, organisations, households, council members…): invisible
 * and bidirectional controls removed, NFC, trimmed, inner whitespace collapsed.
 */
export function cleanName(s: string): string {
  return stripInvisible(s).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

// One boundary check for every request's text, before any route sees it: a NUL byte, another C0
// control character (TAB, LF and CR aside), DEL, or half of a UTF-16 surrogate pair anywhere in
// the path, the query, a JSON body (values and keys, at any depth) or a multipart form's text
// fields and file names is refused with a 400 naming the field in Vietnamese.
//
// Why here and not per route: PostgreSQL refuses NUL in text and jsonb, and a lone surrogate in
// jsonb, with an error that surfaced as a 500 on every route that stored or searched such text
// (issue 10, point 3). Checking the parsed input once covers every route, present and future.
import type { Context, MiddlewareHandler } from 'hono';
import { badCharMessage, findBadChar } from '../domain/vi-text/index.js';
import { type FieldError, invalid } from './errors.js';
import { BODY_LABEL, validationLabel } from './zod-errors.js';

/** Deeper JSON is refused: no form nests this far, and Zod's recursive parsing must not overflow. */
const MAX_DEPTH = 64;
/** Errors reported per request (an attacker's body may hold thousands). */
const MAX_ERRORS = 20;

class Collector {
  readonly errors: FieldError[] = [];
  check(value: string, field: string, label: string, what = '') {
    if (this.errors.length >= MAX_ERRORS) return;
    const bad = findBadChar(value);
    if (bad) this.errors.push({ field, label, message: what + badCharMessage(bad), code: 'BAD_CHARACTER' });
  }
}

const label = (field: string) => (field ? validationLabel(field) : BODY_LABEL);

function checkPath(c: Context, out: Collector) {
  const pathname = new URL(c.req.url).pathname;
  for (const segment of pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // Undecodable percent-escapes reach the router as they are (Hono leaves them encoded).
      continue;
    }
    out.check(decoded, 'path', 'Đường dẫn');
  }
}

function checkQuery(c: Context, out: Collector) {
  const search = new URL(c.req.url).searchParams;
  for (const [key, value] of search) {
    out.check(key, key, 'Tham số truy vấn', 'Tên tham số: ');
    out.check(value, key, label(key));
  }
}

/** Walks a parsed JSON value without recursion (a hostile body may nest deeply). */
function checkJson(root: unknown, out: Collector) {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length && out.errors.length < MAX_ERRORS) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      out.check(value, path, label(path));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      out.errors.push({
        field: path,
        label: label(path),
        message: `Dữ liệu lồng nhau quá sâu (tối đa ${MAX_DEPTH} cấp).`,
        code: 'TOO_DEEP',
      });
      break;
    }
    const join = (k: string) => (path ? `${path}.${k}` : k);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: join(String(i)), depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, v] = entries[i]!;
      out.check(k, path, label(path), 'Tên trường: ');
      stack.push({ value: v, path: join(k), depth: depth + 1 });
    }
  }
}

/**
 * True when the JSON text nests arrays or objects deeper than `max`, found by one linear scan
 * before parsing: JSON.parse takes tens of seconds on a few megabytes of "[[[[…".
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === 0x5c) escaped = true;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

const hasBody = (c: Context) => !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);

function refuse(out: Collector) {
  if (out.errors.length) throw invalid(out.errors);
}

/**
 * The path, the query and a JSON body. Mounted before the session gate: it only reads what the
 * body limit already admitted, and a JSON body is parsed once (the route's validator reuses it).
 */
export const refuseBadText: MiddlewareHandler = async (c, next) => {
  const out = new Collector();
  checkPath(c, out);
  checkQuery(c, out);
  refuse(out);
  const type = c.req.header('content-type') ?? '';
  if (hasBody(c) && /json/i.test(type)) {
    const text = await c.req.text();
    // The raw stream is spent: give the request a fresh one for any later reader (a route's own
    // body limit reads the stream; the validators read the cached text).
    c.req.raw = new Request(c.req.raw, { body: text });
    if (text.trim() !== '') {
      if (nestsDeeperThan(text, MAX_DEPTH)) {
        throw invalid([
          {
            field: '',
            label: BODY_LABEL,
            message: `Dữ liệu lồng nhau quá sâu (tối đa ${MAX_DEPTH} cấp).`,
            code: 'TOO_DEEP',
          },
        ]);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw invalid([
          { field: '', label: BODY_LABEL, message: 'Không phải dữ liệu JSON hợp lệ.', code: 'INVALID_JSON' },
        ]);
      }
      checkJson(parsed, out);
      refuse(out);
    }
  }
  await next();
};

/**
 * A form's (multipart or URL-encoded) text fields and file names. Mounted after the session gate, so that nobody
 * without a session makes the server parse a form (the routes that take one parse it anyway, and
 * Hono keeps the parsed form for them).
 */
export const refuseBadFormText: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (hasBody(c) && /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
    let form: Record<string, unknown> | null = null;
    try {
      form = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
    } catch {
      form = null; // a malformed form is the route's to refuse
    }
    const out = new Collector();
    for (const [key, raw] of Object.entries(form ?? {})) {
      out.check(key, key, 'Trường của biểu mẫu', 'Tên trường: ');
      for (const value of Array.isArray(raw) ? raw : [raw]) {
        if (typeof value === 'string') out.check(value, key, label(key));
        else if (value instanceof File) out.check(value.name, key, label(key), 'Tên tệp: ');
      }
    }
    refuse(out);
  }
  await next();
};

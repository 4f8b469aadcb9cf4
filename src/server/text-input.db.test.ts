// Bad text on every route of the OpenAPI document, on each engine: a NUL byte or half a surrogate
// pair in any string field of a request body, any query parameter or any path parameter answers
// a 400 naming the field in Vietnamese, never a 500 (issue 10, point 3). And no validation
// message of any route names a field by its raw key ("midReviewBy", "nomineeIds").
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../db/testing/engines.js';
import { fixtureApp } from '../db/testing/frame.js';
import type { TestClient } from '../db/testing/http.js';
import { now } from './clock.js';
import { validationLabel } from './zod-errors.js';

type Schema = Record<string, any>;
interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}
interface Operation {
  method: string;
  path: string;
  params: Param[];
  json?: Schema;
  multipart?: Schema;
}

const NUL = String.fromCharCode(0);
const BAD = [
  { name: 'NUL', text: `a${NUL}b` },
  { name: 'lone surrogate', text: 'a\uD800b' },
];
/** A raw key where a Vietnamese label belongs ("midReviewBy", "q", "nominee_id"); labels are capitalised. */
const isRawKey = (label: string | undefined, field = '') =>
  !label || /^[a-z_]/.test(label) || /[a-z][A-Z]/.test(label) || field.split('.').includes(label);
/** Zod's programmer-facing defaults, which must not reach a user. */
const ZOD_DEFAULT = /Đầu vào không hợp lệ|mong đợi|nhận được|instanceof/;

function operations(doc: any): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = op.requestBody?.content ?? {};
      ops.push({
        method: method.toUpperCase(),
        path: path.startsWith('/api/') ? path : `/api/v1${path}`,
        params: op.parameters ?? [],
        json: content['application/json']?.schema,
        multipart: content['multipart/form-data']?.schema,
      });
    }
  }
  return ops;
}

describe.each(ENGINES)('bad text on every route (%s)', (engine) => {
  const f = fixtureApp(engine);
  let doc: any;
  let ops: Operation[];
  let admin: TestClient;

  beforeAll(async () => {
    const res = await f.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    doc = await res.json();
    ops = operations(doc);
    admin = await f.as('admin');
  });

  const resolve = (s: Schema | undefined): Schema => {
    if (!s) return {};
    if (s.$ref) return resolve(doc.components.schemas[String(s.$ref).split('/').pop()!]);
    return s;
  };
  /** The non-null alternative of a nullable or union schema. */
  const pick = (s: Schema): Schema => {
    const r = resolve(s);
    const alts = r.anyOf ?? r.oneOf;
    if (alts) return pick(alts.find((a: Schema) => resolve(a).type !== 'null') ?? alts[0]);
    if (r.allOf) return Object.assign({}, ...r.allOf.map(pick));
    return r;
  };
  const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type);

  /** A value of the schema's shape (not necessarily valid), and the paths of its string leaves. */
  function sample(s: Schema, path: string, strings: string[], depth = 0): unknown {
    const r = pick(s);
    const join = (k: string) => (path ? `${path}.${k}` : k);
    if (r.enum) {
      if (typeof r.enum[0] === 'string') strings.push(path);
      return r.enum[0];
    }
    if (r.const !== undefined) return r.const;
    switch (typeOf(r)) {
      case 'string':
        strings.push(path);
        if (r.format === 'uuid') return randomUUID();
        if (r.format === 'binary') return 'x';
        return 'Văn bản';
      case 'integer':
      case 'number':
        return r.minimum ?? 1;
      case 'boolean':
        return false;
      case 'array':
        return depth > 6 ? [] : [sample(r.items ?? {}, join('0'), strings, depth + 1)];
      default: {
        if (depth > 6) return {};
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries<Schema>(r.properties ?? {}))
          out[k] = sample(v, join(k), strings, depth + 1);
        if (
          r.additionalProperties &&
          typeof r.additionalProperties === 'object' &&
          Object.keys(r.additionalProperties).length
        ) {
          out.A1 = sample(r.additionalProperties, join('A1'), strings, depth + 1);
        }
        return out;
      }
    }
  }

  /** A body in which every leaf has the wrong type, so validation fails on each. */
  function wrongTypes(s: Schema, depth = 0): unknown {
    const r = pick(s);
    if (r.enum) return 'khong-co-gia-tri-nay';
    switch (typeOf(r)) {
      case 'string':
        return 12345;
      case 'integer':
      case 'number':
      case 'boolean':
      case 'array':
        return 'sai kiểu';
      default: {
        if (depth > 6 || !r.properties) return 'sai kiểu';
        return Object.fromEntries(Object.entries<Schema>(r.properties).map(([k, v]) => [k, wrongTypes(v, depth + 1)]));
      }
    }
  }

  const setAt = (root: unknown, path: string, value: unknown) => {
    const parts = path.split('.');
    let cur = root as Record<string, unknown>;
    for (const p of parts.slice(0, -1)) cur = cur[p] as Record<string, unknown>;
    cur[parts[parts.length - 1]!] = value;
  };

  const pathValue = (p: Param) => {
    const s = pick(p.schema ?? {});
    if (s.enum) return String(s.enum[0]);
    if (typeOf(s) === 'integer' || typeOf(s) === 'number') return String(now().getFullYear());
    if (s.format === 'uuid') return randomUUID();
    return 'khong-co';
  };
  const fillPath = (op: Operation, override?: [string, string]) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (override && override[0] === name) return override[1];
      const p = op.params.find((x) => x.in === 'path' && x.name === name);
      return encodeURIComponent(p ? pathValue(p) : randomUUID());
    });

  /** Every camelCase key of a schema: none may appear in a message. */
  function camelKeys(s: Schema | undefined, out = new Set<string>(), depth = 0): Set<string> {
    if (!s || depth > 8) return out;
    const r = resolve(s);
    for (const [k, v] of Object.entries<Schema>(r.properties ?? {})) {
      if (/[a-z][A-Z]/.test(k)) out.add(k);
      camelKeys(v, out, depth + 1);
    }
    for (const key of ['items', 'additionalProperties'])
      if (r[key] && typeof r[key] === 'object') camelKeys(r[key], out, depth + 1);
    for (const key of ['anyOf', 'oneOf', 'allOf']) for (const x of r[key] ?? []) camelKeys(x, out, depth + 1);
    return out;
  }

  type Reply = Awaited<ReturnType<TestClient['request']>>;
  /** What is wrong with a 400's wording, if anything. */
  function wordingProblems(res: Reply, keys: Set<string>): string[] {
    const problems: string[] = [];
    const error = res.body?.error;
    if (!error) return [`no error body: ${JSON.stringify(res.body).slice(0, 200)}`];
    const texts = [error.message as string];
    for (const field of error.fields ?? []) {
      if (isRawKey(field.label, field.field)) problems.push(`label "${field.label}" for field "${field.field}"`);
      texts.push(field.message, field.label);
    }
    for (const t of texts) {
      if (ZOD_DEFAULT.test(t)) problems.push(`Zod default wording: "${t}"`);
      for (const k of keys) if (t.includes(k)) problems.push(`raw key ${k} in "${t}"`);
    }
    return problems;
  }

  it('reads the whole API from its OpenAPI document', () => {
    expect(ops.length).toBeGreaterThan(150);
    expect(ops.filter((o) => o.json).length).toBeGreaterThan(60);
  });

  it('has a Vietnamese label for every field and parameter the API names', () => {
    const keys = new Set<string>();
    const walk = (s: Schema | undefined, depth = 0) => {
      if (!s || depth > 10) return;
      const r = resolve(s);
      for (const [k, v] of Object.entries<Schema>(r.properties ?? {})) {
        keys.add(k);
        walk(v, depth + 1);
      }
      for (const key of ['items', 'additionalProperties'])
        if (r[key] && typeof r[key] === 'object') walk(r[key], depth + 1);
      for (const key of ['anyOf', 'oneOf', 'allOf']) for (const x of r[key] ?? []) walk(x, depth + 1);
    };
    for (const op of ops) {
      walk(op.json);
      walk(op.multipart);
      for (const p of op.params) if (p.in === 'path' || p.in === 'query') keys.add(p.name);
    }
    expect(keys.size).toBeGreaterThan(150);
    expect([...keys].filter((k) => isRawKey(validationLabel(k), k))).toEqual([]);
  });

  it('refuses NUL and a lone surrogate in every string field of every JSON body: a 400 naming the field, never a 500', async () => {
    const failures: string[] = [];
    let probes = 0;
    for (const op of ops.filter((o) => o.json)) {
      const strings: string[] = [];
      const base = sample(op.json!, '', strings);
      // An untyped body still reaches the service: probe it with a field of its own.
      const targets = strings.length ? strings : ['note'];
      for (const target of targets) {
        for (const bad of BAD) {
          const body = structuredClone(base ?? {});
          if (target === '') continue; // the body itself is a string: nothing to name
          setAt(body, target, bad.text);
          const res = await admin.request(op.method, fillPath(op), body);
          probes++;
          const where = `${op.method} ${op.path} ${target} (${bad.name})`;
          if (res.status !== 400) {
            failures.push(`${where}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
            continue;
          }
          const named = (res.body.error.fields ?? []).find((x: { field: string }) => x.field === target);
          if (!named)
            failures.push(`${where}: the 400 does not name the field: ${JSON.stringify(res.body.error).slice(0, 300)}`);
          else if (isRawKey(named.label, target)) failures.push(`${where}: label "${named.label}" is a raw key`);
          else if (!res.body.error.message.startsWith(`${named.label}: Chứa ký tự`))
            failures.push(`${where}: message "${res.body.error.message}"`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(probes).toBeGreaterThan(400);
  });

  it('refuses NUL in every query and path parameter, and never answers 500 to a broken escape', async () => {
    const failures: string[] = [];
    for (const op of ops) {
      for (const p of op.params.filter((x) => x.in === 'query')) {
        const nul = await admin.request(
          op.method,
          `${fillPath(op)}?${encodeURIComponent(p.name)}=a%00b`,
          op.json ? {} : undefined,
        );
        const named = nul.body?.error?.fields?.find((x: { field: string }) => x.field === p.name);
        if (nul.status !== 400 || !named || isRawKey(named.label, p.name)) {
          failures.push(
            `${op.method} ${op.path} ?${p.name} NUL: ${nul.status} ${JSON.stringify(nul.body).slice(0, 200)}`,
          );
        }
        // Half a surrogate cannot be written in UTF-8; its would-be bytes must not crash anything.
        const broken = await admin.request(
          'GET' === op.method ? 'GET' : op.method,
          `${fillPath(op)}?${encodeURIComponent(p.name)}=a%ED%A0%80b%E0`,
          op.json ? {} : undefined,
        );
        if (broken.status >= 500) failures.push(`${op.method} ${op.path} ?${p.name} broken escape: ${broken.status}`);
      }
      for (const p of op.params.filter((x) => x.in === 'path')) {
        const res = await admin.request(op.method, fillPath(op, [p.name, 'a%00b']), op.json ? {} : undefined);
        if (res.status !== 400 || res.body?.error?.fields?.[0]?.label !== 'Đường dẫn') {
          failures.push(
            `${op.method} ${op.path} {${p.name}} NUL: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses NUL in the text fields and file names of multipart forms', async () => {
    const failures: string[] = [];
    const forms = ops.filter((o) => o.multipart);
    expect(forms.length).toBeGreaterThan(0);
    for (const op of forms) {
      const props = Object.entries<Schema>(resolve(op.multipart).properties ?? {});
      for (const [name, s] of props) {
        const form = new FormData();
        for (const [other, os] of props) {
          if (pick(os).format === 'binary')
            form.append(other, new Blob(['x']), other === name ? `tep${NUL}.xlsx` : 'tep.xlsx');
          else form.append(other, other === name ? `a${NUL}b` : randomUUID());
        }
        const res = await admin.request(op.method, fillPath(op), form);
        const named = res.body?.error?.fields?.find((x: { field: string }) => x.field === name);
        if (res.status !== 400 || !named || isRawKey(named.label, name)) {
          failures.push(
            `${op.method} ${op.path} ${name} (${pick(s).format ?? 'text'}): ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses bad text on the public routes too (feedback form and sign-in), without a session', async () => {
    const res = await f.app.request('/api/v1/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `admin${NUL}`, password: 'x' }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({
      code: 'VALIDATION',
      message: 'Tên đăng nhập: Chứa ký tự rỗng (NUL, U+0000), không được phép.',
    });
    expect(body.error.fields[0]).toMatchObject({ field: 'username', label: 'Tên đăng nhập', code: 'BAD_CHARACTER' });
    const feedback = await f.app.request('/api/v1/public/notices/khong-co/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'gop_y', senderName: 'Lò Văn A', content: 'x\uDC00' }),
    });
    expect(feedback.status).toBe(400);
    expect((await feedback.json()).error.fields[0]).toMatchObject({ field: 'content', label: 'Nội dung' });
  });

  it('names every field of every refused body in Vietnamese, never by its key nor in Zod’s own words', async () => {
    const failures: string[] = [];
    let refused = 0;
    for (const op of ops) {
      const keys = camelKeys(op.json);
      for (const p of op.params) if (/[a-z][A-Z]/.test(p.name)) keys.add(p.name);
      const bodies: unknown[] = op.json ? [wrongTypes(op.json), []] : [undefined];
      const queries = op.params
        .filter((p) => p.in === 'query')
        .map((p) => `${encodeURIComponent(p.name)}=sai%20ki%E1%BB%83u`);
      for (const body of bodies) {
        if (!op.json && !queries.length) continue;
        const url = queries.length ? `${fillPath(op)}?${queries.join('&')}` : fillPath(op);
        const res = await admin.request(op.method, url, body);
        if (res.status >= 500) failures.push(`${op.method} ${op.path}: ${res.status}`);
        if (res.status !== 400) continue;
        refused++;
        for (const problem of wordingProblems(res, keys)) failures.push(`${op.method} ${op.path}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(80);
  });
});

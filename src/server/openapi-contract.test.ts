// One typed contract (issue 15): every route's success response in /api/openapi.json carries a
// schema that says what the body holds. A 2xx other than 204 with no schema, an empty schema ({}),
// or an object that names no property (z.looseObject({}), z.object({})) anywhere inside it fails.
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { createApp } from './app.js';

type Schema = Record<string, unknown>;
type Doc = {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components?: { schemas?: Record<string, Schema> };
};

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

const ANNOTATIONS = new Set([
  'description',
  'example',
  'examples',
  'title',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'format',
]);
const annotationOnly = (schema: Schema) => Object.keys(schema).every((k) => ANNOTATIONS.has(k));

/** Where inside `schema` nothing is said about the value (JSON pointer-ish), or [] when typed. */
function untypedSpots(schema: Schema | undefined, doc: Doc, at = '', seen = new Set<string>()): string[] {
  if (!schema) return [at || '(no schema)'];
  const ref = schema.$ref as string | undefined;
  if (ref) {
    if (seen.has(ref)) return [];
    const name = ref.replace('#/components/schemas/', '');
    return untypedSpots(doc.components?.schemas?.[name], doc, at, new Set([...seen, ref]));
  }
  if (annotationOnly(schema)) return [at || '(empty schema)'];
  const out: string[] = [];
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[k] as Schema[] | undefined;
    // In allOf, a member that only annotates (a description beside a $ref) constrains nothing.
    list?.forEach((s, i) =>
      k === 'allOf' && annotationOnly(s) ? undefined : out.push(...untypedSpots(s, doc, `${at}/${k}/${i}`, seen)),
    );
  }
  if (schema.type === 'array' || schema.items) {
    if (!schema.items && !schema.prefixItems) out.push(`${at}[] (items untyped)`);
    if (schema.items) out.push(...untypedSpots(schema.items as Schema, doc, `${at}[]`, seen));
    for (const [i, s] of ((schema.prefixItems as Schema[] | undefined) ?? []).entries())
      out.push(...untypedSpots(s, doc, `${at}[${i}]`, seen));
  }
  const isObject =
    schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object')) || schema.properties;
  if (isObject) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const extra = schema.additionalProperties as Schema | boolean | undefined;
    const typedExtra = typeof extra === 'object' && Object.keys(extra).length > 0;
    if (Object.keys(props).length === 0 && !typedExtra) out.push(`${at || '/'} (object without properties)`);
    else if (Object.keys(props).length > 0 && typeof extra === 'object' && !typedExtra)
      out.push(`${at || '/'} (loose object: undeclared properties allowed)`);
    for (const [name, s] of Object.entries(props)) out.push(...untypedSpots(s, doc, `${at}/${name}`, seen));
    if (typedExtra) out.push(...untypedSpots(extra as Schema, doc, `${at}/*`, seen));
  }
  return out;
}

function untypedRoutes(doc: Doc) {
  const found: Record<string, string[]> = {};
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!METHODS.has(method)) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length === 0) found[route] = ['(no success response declared)'];
      for (const [status, res] of success) {
        if (status === '204') continue;
        const contents = Object.entries(res.content ?? {});
        if (contents.length === 0) (found[route] ??= []).push(`${status}: no content declared`);
        for (const [type, c] of contents) {
          const spots = untypedSpots(c.schema, doc);
          if (spots.length) (found[route] ??= []).push(...spots.map((s) => `${status} ${type}: ${s}`));
        }
      }
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  const app = createApp({ db: {}, kind: 'pglite' } as unknown as Database /* routes are only listed, never run */, {
    secureCookies: false,
    webRoot: null,
    sessionHours: 1,
  });

  it('types the success response of every route', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
    expect(Object.keys(doc.paths).length).toBeGreaterThan(100);
    expect(doc.paths['/api/health']?.get, 'the health check is documented too').toBeDefined();
    expect(untypedRoutes(doc)).toEqual({});
  });

  it('finds the untyped shapes it is meant to refuse', () => {
    const doc: Doc = {
      paths: {},
      components: { schemas: { Loose: { type: 'object', properties: {}, additionalProperties: {} } } },
    };
    expect(untypedSpots({ type: 'object', properties: {}, additionalProperties: {} }, doc)).toHaveLength(1);
    expect(
      untypedSpots(
        { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Loose' } } } },
        doc,
      ),
    ).toEqual(['/items[] (object without properties)']);
    expect(untypedSpots({ type: 'object', properties: { data: {} } }, doc)).toEqual(['/data']);
    expect(untypedSpots({}, doc)).toEqual(['(empty schema)']);
    expect(untypedSpots(undefined, doc)).toEqual(['(no schema)']);
    expect(
      untypedSpots({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: {} }, doc),
    ).toHaveLength(1);
    expect(untypedSpots({ type: 'object', additionalProperties: { type: 'number' } }, doc)).toEqual([]);
    expect(untypedSpots({ allOf: [{ $ref: '#/components/schemas/Loose' }, { description: 'x' }] }, doc)).toEqual([
      '/allOf/0 (object without properties)',
    ]);
    expect(untypedSpots({ anyOf: [{ type: 'string' }, { description: 'anything' }] }, doc)).toEqual(['/anyOf/1']);
    expect(
      untypedSpots(
        {
          type: 'object',
          properties: {
            id: { type: 'string' },
            tags: { type: 'array', items: { type: 'string' } },
            at: { anyOf: [{ type: 'string' }, { type: 'null' }] },
          },
          required: ['id'],
        },
        doc,
      ),
    ).toEqual([]);
  });
});

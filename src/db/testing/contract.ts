// Checks an HTTP response against the response schema its route declares (issue 15: responses are
// checked in tests against their schema). The routes come from the app's OpenAPI registry, the same
// Zod schemas that build /api/openapi.json, so the document cannot drift from what the server sends.
import type { z } from '@hono/zod-openapi';
import type { createApp } from '../../server/app.js';

type App = ReturnType<typeof createApp>;
type Responses = Record<string, { content?: Record<string, { schema?: unknown }> }>;
interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  params: number;
  responses: Responses;
}

const routesOf = new WeakMap<App, Route[]>();

function routes(app: App): Route[] {
  let list = routesOf.get(app);
  if (!list) {
    list = [];
    for (const def of app.openAPIRegistry.definitions) {
      if (def.type !== 'route') continue;
      const { method, path, responses } = def.route;
      const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      list.push({
        method: method.toUpperCase(),
        path,
        pattern: new RegExp(`^${source}$`),
        params: (path.match(/\{/g) ?? []).length,
        responses: responses as Responses,
      });
    }
    routesOf.set(app, list);
  }
  return list;
}

/** The route a request reaches: a literal segment wins over a parameter, as in the router. */
export function routeOf(app: App, method: string, url: string): Route | undefined {
  const path = url.split('?')[0]!;
  return routes(app)
    .filter((r) => r.method === method.toUpperCase() && r.pattern.test(path))
    .sort((a, b) => a.params - b.params)[0];
}

/** Paths in `input` that `parsed` (the schema's output) dropped: fields the schema does not declare. */
function undeclared(input: unknown, parsed: unknown, at: string, out: string[]) {
  if (out.length > 20) return;
  if (Array.isArray(input) && Array.isArray(parsed))
    input.forEach((v, i) => undeclared(v, parsed[i], `${at}[${i}]`, out));
  else if (input && typeof input === 'object' && parsed && typeof parsed === 'object' && !Array.isArray(input)) {
    for (const [k, v] of Object.entries(input)) {
      if (!(k in parsed)) out.push(`${at}.${k}`);
      else undeclared(v, (parsed as Record<string, unknown>)[k], `${at}.${k}`, out);
    }
  }
}

/**
 * Throws when a 2xx JSON body does not match its route's declared schema: a wrong type, a missing
 * field, or a field the schema does not declare (which would be invisible to typed clients).
 */
export function checkResponse(
  app: App,
  method: string,
  url: string,
  status: number,
  contentType: string,
  body: unknown,
) {
  if (status < 200 || status > 299 || !url.startsWith('/api/') || url.startsWith('/api/openapi.json')) return;
  const route = routeOf(app, method, url);
  const where = `${method} ${url} → ${status}`;
  if (!route) throw new Error(`${where}: no route in the OpenAPI registry answers this request`);
  const declared = route.responses[String(status)];
  if (!declared)
    throw new Error(
      `${where}: ${route.method} ${route.path} does not declare status ${status} (declares ${Object.keys(route.responses).join(', ')})`,
    );
  if (!contentType.includes('json')) return;
  const schema = declared.content?.['application/json']?.schema as z.ZodType | undefined;
  if (!schema)
    throw new Error(`${where}: ${route.method} ${route.path} answered JSON but declares no JSON body for ${status}`);
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(body)'}: ${i.message}`);
    throw new Error(
      `${where}: the body does not match the response schema of ${route.method} ${route.path}\n${issues.join('\n')}\nbody: ${JSON.stringify(body).slice(0, 2000)}`,
    );
  }
  const extra: string[] = [];
  undeclared(body, result.data, '', extra);
  if (extra.length)
    throw new Error(
      `${where}: the body holds fields the response schema of ${route.method} ${route.path} does not declare: ${extra.join(', ')}`,
    );
}

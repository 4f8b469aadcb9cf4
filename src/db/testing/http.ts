// A cookie- and CSRF-aware client over app.request, for HTTP-level database tests. Every 2xx
// answer is checked against the response schema its route declares (./contract.ts): a mismatch
// throws, so a test that reaches a route also tests that route's contract.
import type { createApp } from '../../server/app.js';
import { checkResponse } from './contract.js';

type App = ReturnType<typeof createApp>;

export class TestClient {
  private cookie = '';
  private csrf = '';
  constructor(private app: App) {}

  async signIn(username: string, password: string) {
    const res = await this.request('POST', '/api/v1/auth/sign-in', { username, password });
    if (res.status !== 204) throw new Error(`sign-in ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    const me = await this.request('GET', '/api/v1/auth/me');
    this.csrf = (me.body as { csrfToken: string }).csrfToken;
    return me.body as { userId: string; grants: { orgId: string }[] };
  }

  async request(method: string, path: string, body?: unknown, opts: { csrf?: boolean } = {}) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (opts.csrf !== false && this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await this.app.request(path, { method, headers, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /tdkt_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `tdkt_session=${m[1]}` : '';
    }
    const type = res.headers.get('content-type') ?? '';
    const out = type.includes('json')
      ? await res.json()
      : type.includes('sheet')
        ? Buffer.from(await res.arrayBuffer())
        : await res.text();
    checkResponse(this.app, method, path, res.status, type, out);
    return { status: res.status, body: out as any, headers: res.headers };
  }

  get = (p: string) => this.request('GET', p);
  post = (p: string, b?: unknown) => this.request('POST', p, b ?? {});
  patch = (p: string, b: unknown) => this.request('PATCH', p, b);
}

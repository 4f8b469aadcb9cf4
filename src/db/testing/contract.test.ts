// The response check that every HTTP database test runs (./contract.ts) refuses what it should.
import { describe, expect, it } from 'vitest';
import type { Database } from '../client.js';
import { createApp } from '../../server/app.js';
import { checkResponse, routeOf } from './contract.js';

const app = createApp(
  { db: {}, kind: 'pglite', migrate: async () => undefined, close: async () => undefined } as unknown as Database,
  { secureCookies: false, webRoot: null, sessionHours: 1 },
);
const JSON_TYPE = 'application/json';
const item = {
  id: 'n1',
  kind: 'x',
  title: 'T',
  body: 'B',
  link: null,
  createdAt: '2026-12-07T00:00:00.000Z',
  read: false,
};

describe('checkResponse', () => {
  it('accepts a body that matches the route’s declared schema', () => {
    expect(() =>
      checkResponse(app, 'GET', '/api/v1/notifications?x=1', 200, JSON_TYPE, { unread: 0, items: [item] }),
    ).not.toThrow();
  });

  it('refuses a wrong type, a missing field and an undeclared field, naming the place', () => {
    expect(() =>
      checkResponse(app, 'GET', '/api/v1/notifications', 200, JSON_TYPE, { unread: '0', items: [] }),
    ).toThrow(/unread/);
    expect(() =>
      checkResponse(app, 'GET', '/api/v1/notifications', 200, JSON_TYPE, {
        unread: 0,
        items: [{ ...item, read: undefined }],
      }),
    ).toThrow(/items\.0\.read/);
    expect(() =>
      checkResponse(app, 'GET', '/api/v1/notifications', 200, JSON_TYPE, {
        unread: 0,
        items: [{ ...item, secret: 1 }],
      }),
    ).toThrow(/\[0\]\.secret/);
  });

  it('checks the health answer outside /api/v1 too', () => {
    expect(() =>
      checkResponse(app, 'GET', '/api/health', 200, JSON_TYPE, { status: 'ok', database: 'pglite' }),
    ).not.toThrow();
    expect(() => checkResponse(app, 'GET', '/api/health', 200, JSON_TYPE, { status: 'ok' })).toThrow(/database/);
  });

  it('refuses a success status the route does not declare, and a request no route answers', () => {
    expect(() => checkResponse(app, 'GET', '/api/v1/notifications', 201, JSON_TYPE, { unread: 0, items: [] })).toThrow(
      /does not declare status 201/,
    );
    expect(() => checkResponse(app, 'GET', '/api/v1/no-such-thing', 200, JSON_TYPE, {})).toThrow(/no route/);
  });

  it('leaves errors, files and paths outside the API alone', () => {
    expect(() => checkResponse(app, 'GET', '/api/v1/notifications', 400, JSON_TYPE, { anything: true })).not.toThrow();
    expect(() => checkResponse(app, 'GET', '/api/openapi.json', 200, JSON_TYPE, { openapi: '3.1.0' })).not.toThrow();
    expect(() => checkResponse(app, 'GET', '/index.html', 200, 'text/html', '<html>')).not.toThrow();
    expect(() =>
      checkResponse(
        app,
        'GET',
        '/api/v1/people/export',
        200,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        Buffer.from('x'),
      ),
    ).not.toThrow();
  });

  it('routes a literal segment before a parameter, as the router does', () => {
    expect(routeOf(app, 'GET', '/api/v1/people/export')?.path).toBe('/api/v1/people/export');
    expect(routeOf(app, 'GET', '/api/v1/people/1f0e4c8e-0000-4000-8000-000000000000')?.path).toBe(
      '/api/v1/people/{id}',
    );
  });
});

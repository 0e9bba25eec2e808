/**
 * The same handler as a Cloudflare Worker, run locally in workerd through Miniflare, configured
 * from wrangler.json (the deploy configuration): a representative set of codes, what the Worker
 * refuses and why, and the platform's rate-limiting binding.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server.mjs';

interface WranglerConfig {
  compatibility_date: string;
  vars: Record<string, string>;
  ratelimits: { name: string; simple: { limit: number; period: number } }[];
}
const wrangler = JSON.parse(readFileSync('wrangler.json', 'utf8')) as WranglerConfig;
const outDir = mkdtempSync(join(tmpdir(), 'worker-build-'));

/** A Miniflare instance from wrangler.json, on a loopback port of the tests' range; `limit` overrides the binding's. */
function workerd(port: number, vars: Record<string, string>, limit?: number) {
  return new Miniflare({
    modules: true,
    script: readFileSync(join(outDir, 'worker.mjs'), 'utf8'),
    compatibilityDate: wrangler.compatibility_date,
    host: '127.0.0.1',
    port,
    bindings: { ...wrangler.vars, ...vars },
    ratelimits: Object.fromEntries(wrangler.ratelimits.map((r) => [r.name, { simple: { ...r.simple, ...(limit ? { limit } : {}) } }])),
  });
}

let mf: Miniflare;
beforeAll(async () => {
  await buildServer(outDir);
  mf = workerd(5220, { STATUS_RATE_LIMIT: 'off' });
  await mf.ready;
}, 60_000);
afterAll(() => mf?.dispose());

// Redirects are the answer under test, never followed.
const get = (path: string, init?: RequestInit) => mf.dispatchFetch(`http://status.test${path}`, { redirect: 'manual', ...init } as never);

describe('the Worker under workerd', () => {
  it.each([
    [200, 'OK', {}],
    [301, 'Moved Permanently', { location: '/status/200' }],
    [401, 'Unauthorized', { 'www-authenticate': /^Bearer realm=/ }],
    [405, 'Method Not Allowed', { allow: /GET/ }],
    [416, 'Range Not Satisfiable', { 'content-range': /^bytes \*\// }],
    [429, 'Too Many Requests', { 'retry-after': '30' }],
    [440, 'Login Time-out', {}],
    [503, 'Service Unavailable', { 'retry-after': '30' }],
    [524, 'A Timeout Occurred', {}],
  ] as const)('answers %i %s with its fields and a Problem Details body', async (code, phrase, fields) => {
    const response = await get(`/status/${code}`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(code);
    expect(response.statusText).toBe(phrase);
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === 'string') expect(response.headers.get(name)).toBe(value);
      else expect(response.headers.get(name)).toMatch(value);
    }
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toMatchObject({ title: phrase, status: code });
  });

  it('says in the body that workerd drops the Upgrade field of a 426', async () => {
    const response = await get('/status/426', { headers: { Accept: 'text/plain' } });
    expect(response.status).toBe(426);
    expect(response.headers.get('upgrade')).toBeNull();
    expect(await response.text()).toContain('Workers removes the Upgrade field');
  });

  it('sends no body with 204 and 304', async () => {
    for (const code of [204, 304]) {
      const response = await get(`/status/${code}`);
      expect(response.status).toBe(code);
      expect(await response.text()).toBe('');
    }
  });

  it('honours sleep, header and location', async () => {
    const started = Date.now();
    const response = await get('/status/302?sleep=200&header=X-Test:yes&location=/codes/302/');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/codes/302/');
    expect(response.headers.get('x-test')).toBe('yes');
  });

  it('refuses CRLF in a header value', async () => {
    const response = await get('/status/200?header=X-Test:a%0D%0AInjected:1');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { parameter: string }).parameter).toBe('header');
  });

  it.each([
    ['/status/103', 'code', /interim/],
    ['/status/783', 'code', /200 to 599/],
    ['/status/200?abort=1', 'abort', /always answers with a Response/],
  ])('refuses %s with 501 and the reason', async (path, parameter, reason) => {
    const response = await get(path);
    expect(response.status).toBe(501);
    const body = (await response.json()) as { parameter: string; detail: string };
    expect(body.parameter).toBe(parameter);
    expect(body.detail).toMatch(reason);
  });

  it('answers 413 past 64 KB of content', async () => {
    const response = await get('/status/200', { method: 'POST', body: 'a'.repeat(64 * 1024 + 1) });
    expect(response.status).toBe(413);
  });

  it('switches the URL checker off with 501 and says why, connecting nowhere', async () => {
    const response = await get('/api/check?url=https%3A%2F%2Fexample.com%2F');
    expect(response.status).toBe(501);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toMatch(/switched off on Cloudflare Workers.*npm run serve/);
  });

  it('limits each client through the rate-limiting binding, with Retry-After and RateLimit fields', async () => {
    const limited = workerd(5221, { STATUS_RATE_LIMIT: 'on' }, 3);
    try {
      const as = (ip: string) => limited.dispatchFetch('http://status.test/status/200', { headers: { 'CF-Connecting-IP': ip } });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await as('192.0.2.1')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await as('192.0.2.1');
      expect(refused.headers.get('retry-after')).toBe(wrangler.vars.STATUS_RATE_LIMIT_PERIOD);
      expect(refused.headers.get('ratelimit-policy')).toBe(`"default";q=${wrangler.vars.STATUS_RATE_LIMIT_QUOTA};w=${wrangler.vars.STATUS_RATE_LIMIT_PERIOD}`);
      expect(refused.headers.get('ratelimit')).toBe(`"default";r=0;t=${wrangler.vars.STATUS_RATE_LIMIT_PERIOD}`);
      expect((await as('192.0.2.2')).status).toBe(200);
    } finally {
      await limited.dispose();
    }
    // A second workerd instance starts inside this test: a time limit, not a timing assertion.
  }, 60_000);
});

/** The Node server's guard: bad input, CRLF, body size, rate limit, sleep caps, abort, CORS, static files. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, startNode } from './support';

let server: Awaited<ReturnType<typeof startNode>>;
beforeAll(async () => {
  server = await startNode(5211);
});
afterAll(() => server.close());

describe('bad input gets 400 Problem Details naming the parameter', () => {
  it.each([
    ['/status/abc', 'code'],
    ['/status/99', 'code'],
    ['/status/1000', 'code'],
    ['/status/', 'code'],
    ['/status/random', 'random'],
    ['/status/404?sleep=-1', 'sleep'],
    ['/status/404?sleep=10001', 'sleep'],
    ['/status/404?sleep=1.5', 'sleep'],
    ['/status/404?sleep=1&sleep=2', 'sleep'],
    ['/status/404?random=abc', 'random'],
    ['/status/404?random=504-500', 'random'],
    ['/status/404?random=200:0', 'random'],
    ['/status/404?random=99', 'random'],
    ['/status/404?random=100-999,100-999', 'random'],
    ['/status/404?header=Set-Cookie:a=b', 'header'],
    ['/status/404?header=Content-Length:5', 'header'],
    ['/status/404?header=Transfer-Encoding:chunked', 'header'],
    ['/status/404?header=Connection:close', 'header'],
    ['/status/404?header=Keep-Alive:timeout=1', 'header'],
    ['/status/404?header=Access-Control-Allow-Origin:https://a.example', 'header'],
    ['/status/404?header=RateLimit:x', 'header'],
    ['/status/302?header=Location:https://evil.example/', 'header'],
    ['/status/200?header=Refresh:0;url=https://evil.example/', 'header'],
    ['/status/404?header=X-Test%0D%0AInjected:1', 'header'],
    ['/status/404?header=X-Test:a%0D%0AInjected:%201', 'header'],
    ['/status/404?header=X-Test:a%0Ab', 'header'],
    ['/status/404?header=X-Test:a%00b', 'header'],
    ['/status/404?header=Bad%20Name:x', 'header'],
    ['/status/404?header=NoColon', 'header'],
    ['/status/302?location=https://evil.example/', 'location'],
    ['/status/302?location=//evil.example/', 'location'],
    ['/status/302?location=/%5Cevil.example', 'location'],
    ['/status/302?location=relative/path', 'location'],
    ['/status/302?location=javascript:alert(1)', 'location'],
    ['/status/503?retry_after=-5', 'retry_after'],
    ['/status/503?retry_after=soon', 'retry_after'],
    ['/status/503?retry_after=86401', 'retry_after'],
    ['/status/200?abort=yes', 'abort'],
    ['/status/200?colour=blue', 'colour'],
  ])('%s names %s', async (path, parameter) => {
    const result = await exchange(server.base + path);
    expect(result.status).toBe(400);
    expect(result.headers['content-type']).toBe('application/problem+json');
    const body = JSON.parse(result.body);
    expect(body).toMatchObject({ status: 400, title: 'Bad Request', parameter });
    expect(body.detail.length).toBeGreaterThan(5);
    expect(body.allowed.length).toBeGreaterThan(5);
    expect(result.headers.injected).toBeUndefined();
  });

  it('refuses a method outside the list with 405 and Allow', async () => {
    const result = await exchange(`${server.base}/status/200`, { method: 'TRACE' });
    expect(result.status).toBe(405);
    expect(result.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  });
});

describe('the query parameters', () => {
  it('header= adds a field, and a repeated one adds several', async () => {
    const result = await exchange(`${server.base}/status/200?header=X-One:1&header=X-Two:two%20words`);
    expect(result.headers['x-one']).toBe('1');
    expect(result.headers['x-two']).toBe('two words');
    expect(result.headers['access-control-expose-headers']).toContain('X-Two');
  });

  it('location= sets a relative target and retry_after= overrides the default', async () => {
    const result = await exchange(`${server.base}/status/307?location=/codes/307/&retry_after=7`);
    expect(result.headers.location).toBe('/codes/307/');
    expect(result.headers['retry-after']).toBe('7');
    expect((await exchange(`${server.base}/status/429`)).headers['retry-after']).toBe('30');
  });

  it('random= picks only among the listed codes, following the weights', async () => {
    const seen = new Set<number>();
    for (let i = 0; i < 40; i++) seen.add((await exchange(`${server.base}/status/random?random=201,500-502:3`)).status);
    for (const status of seen) expect([201, 500, 501, 502]).toContain(status);
    expect(seen.size).toBeGreaterThan(1);
  });

  it('sleep= waits before answering', async () => {
    const started = Date.now();
    const result = await exchange(`${server.base}/status/200?sleep=300`, { headers: { Accept: 'text/plain' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(result.body).toContain('waiting 300 ms');
  });

  it('abort=1 closes the connection without a response', async () => {
    await expect(exchange(`${server.base}/status/200?abort=1`)).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('answers a CORS preflight with the methods and the asked-for headers', async () => {
    const result = await exchange(`${server.base}/status/200`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type, x-trace' },
    });
    expect(result.status).toBe(204);
    expect(result.headers['access-control-allow-origin']).toBe('*');
    expect(result.headers['access-control-allow-methods']).toContain('PUT');
    expect(result.headers['access-control-allow-headers']).toBe('content-type, x-trace');
  });
});

describe('request content', () => {
  const big = Buffer.alloc(64 * 1024 + 1, 97);
  it('is read up to 64 KB and never echoed', async () => {
    const result = await exchange(`${server.base}/status/200`, { method: 'POST', body: big.subarray(1) });
    expect(result.status).toBe(200);
    expect(result.body).not.toContain('aaaa');
  });
  it('over 64 KB gets 413, with or without Content-Length', async () => {
    expect((await exchange(`${server.base}/status/200`, { method: 'POST', body: big })).status).toBe(413);
    const chunked = await exchange(`${server.base}/status/200`, { method: 'POST', body: big, headers: { 'Transfer-Encoding': 'chunked' } });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).title).toBe('Content Too Large');
  });
});

describe('the rate limit', () => {
  it('allows the steady rate plus the burst per client, then answers 429 with Retry-After and RateLimit fields', async () => {
    const limited = await startNode(5212, { STATUS_RATE_LIMIT: 'on', STATUS_RATE: '1', STATUS_BURST: '3', STATUS_BURST_WINDOW: '60', STATUS_TRUST_PROXY: 'on' });
    try {
      const as = (client: string) => exchange(`${limited.base}/status/200`, { headers: { 'X-Forwarded-For': client } });
      const first = [];
      for (let i = 0; i < 4; i++) first.push((await as('192.0.2.1')).status);
      expect(first).toEqual([200, 200, 200, 200]);
      const later = [];
      for (let i = 0; i < 4; i++) later.push(await as('192.0.2.1'));
      const refused = later.find((r) => r.status === 429);
      expect(refused).toBeDefined();
      expect(Number(refused!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused!.headers['ratelimit-policy']).toBe('"steady";q=1;w=1, "burst";q=3;w=60');
      expect(refused!.headers.ratelimit).toMatch(/^"steady";r=0;t=1, "burst";r=0;t=\d+$/);
      expect(JSON.parse(refused!.body)).toMatchObject({ status: 429, title: 'Too Many Requests' });
      // Another client has its own allowance.
      expect((await as('192.0.2.2')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('the sleep caps', () => {
  it('answer 503 with Retry-After past the per-client and the total cap', async () => {
    const capped = await startNode(5213, { STATUS_SLEEP_PER_CLIENT: '1', STATUS_SLEEP_TOTAL: '2', STATUS_TRUST_PROXY: 'on' });
    try {
      const sleep = (client: string) => exchange(`${capped.base}/status/200?sleep=800`, { headers: { 'X-Forwarded-For': client } });
      const first = sleep('192.0.2.1');
      await new Promise((r) => setTimeout(r, 150));
      const sameClient = await sleep('192.0.2.1');
      expect(sameClient.status).toBe(503);
      expect(sameClient.headers['retry-after']).toBe('10');
      expect(JSON.parse(sameClient.body).parameter).toBe('sleep');
      const second = sleep('192.0.2.2');
      await new Promise((r) => setTimeout(r, 150));
      expect((await sleep('192.0.2.3')).status).toBe(503);
      expect((await first).status).toBe(200);
      expect((await second).status).toBe(200);
      // The slots are free again.
      expect((await exchange(`${capped.base}/status/200?sleep=1`, { headers: { 'X-Forwarded-For': '192.0.2.1' } })).status).toBe(200);
    } finally {
      await capped.close();
    }
  });
});

describe('the static site from the same server', () => {
  it('serves the /api/ dataset with Access-Control-Allow-Origin: *', async () => {
    const result = await exchange(`${server.base}/api/codes.json`);
    expect(result.status).toBe(200);
    expect(result.headers['access-control-allow-origin']).toBe('*');
    expect(result.headers['content-type']).toBe('application/json');
  });
  it('applies _headers to pages, redirects to the trailing slash and serves the 404 page', async () => {
    const page = await exchange(`${server.base}/codes/404/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const redirect = await exchange(`${server.base}/codes/404`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/codes/404/');
    const missing = await exchange(`${server.base}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('not found');
    expect((await exchange(`${server.base}/../etc/passwd`)).status).toBe(404);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNode } from './support';

/** /api/check through the Node server: the same handler as the unit tests, behind the server's routing and rate limit. */
describe('/api/check on the Node server', () => {
  let target: Server;
  let targetPort: number;
  let connections = 0;
  beforeAll(async () => {
    target = createServer((req, res) => (req.url === '/old' ? res.writeHead(301, { location: '/new' }).end() : res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')));
    target.on('connection', () => connections++);
    await new Promise<void>((done) => target.listen(0, '127.0.0.1', done));
    targetPort = (target.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => target.close(() => done())));

  it('follows an allowed local chain and links each hop to its page', async () => {
    const server = await startNode(5290, { URL_CHECKER_ALLOW: `127.0.0.1:${targetPort}` });
    try {
      const response = await fetch(`${server.base}/api/check?url=${encodeURIComponent(`http://127.0.0.1:${targetPort}/old`)}`);
      expect(response.status).toBe(200);
      const { results } = (await response.json()) as { results: { hops: { status: number; code: { url: string } | null }[]; verdict: { level: string } }[] };
      expect(results[0]!.hops.map((hop) => hop.status)).toEqual([301, 200]);
      expect(results[0]!.hops[0]!.code?.url).toBe('https://siteerror.com/codes/301/');
      const post = await fetch(`${server.base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"urls": "x"}' });
      expect(post.status).toBe(400);
      expect(((await post.json()) as { parameter: string }).parameter).toBe('urls');
    } finally {
      await server.close();
    }
  });

  it('refuses the same target when it is not on the allow-list, without connecting', async () => {
    const before = connections;
    const server = await startNode(5291, { URL_CHECKER_PORTS: String(targetPort) });
    try {
      const response = await fetch(`${server.base}/api/check?url=${encodeURIComponent(`http://127.0.0.1:${targetPort}/old`)}`);
      const { results } = (await response.json()) as { results: { hops: unknown[]; error: string }[] };
      expect(results[0]!.hops).toEqual([]);
      expect(results[0]!.error).toMatch(/loopback/);
      expect(connections).toBe(before);
    } finally {
      await server.close();
    }
  });

  it('has a rate limit, answered with 429, Retry-After and RateLimit fields', async () => {
    const server = await startNode(5292, { STATUS_RATE_LIMIT: 'on', STATUS_RATE: '1', STATUS_BURST: '1', STATUS_BURST_WINDOW: '60' });
    try {
      const ask = () => fetch(`${server.base}/api/check?url=ftp%3A%2F%2Fexample.com%2F`);
      const statuses = [(await ask()).status, (await ask()).status];
      const refused = await ask();
      expect(statuses).toEqual([400, 400]);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(refused.headers.get('ratelimit-policy')).toBeTruthy();
    } finally {
      await server.close();
    }
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAddress, refusalFor } from '../../src/server/check/address';
import { createCheckHandler, type CheckHandlerDeps } from '../../src/server/check/api';
import { fetchHop } from '../../src/server/check/fetch-hop';
import { checkUrl, type CheckerDeps } from '../../src/server/check/follow';
import { guard, type Resolver } from '../../src/server/check/guard';
import { readCheckerSettings, type CheckerSettings } from '../../src/server/check/settings';
import { verdictFor, type Hop } from '../../src/server/check/verdict';

/*
 * Every server here listens on 127.0.0.1 only, on a port the system picks, and is closed by
 * the test. Addresses outside loopback are tested with a fake resolver and the pure address
 * check: no traffic ever leaves this machine.
 */

const catalogue = [
  { slug: '200', code: 200, name: 'OK', category: 'success' },
  { slug: '301', code: 301, name: 'Moved Permanently', category: 'redirection' },
  { slug: '302', code: 302, name: 'Found', category: 'redirection' },
  { slug: '308', code: 308, name: 'Permanent Redirect', category: 'redirection' },
  { slug: '404', code: 404, name: 'Not Found', category: 'client-error' },
  { slug: '520', code: 520, name: 'Web Server Returns an Unknown Error', category: 'cloudflare' },
  { slug: '499', code: 499, name: 'Client Closed Request', category: 'nginx' },
  { slug: '499-esri', code: 499, name: 'Token Required', category: 'other-vendors' },
];

const noResolver: Resolver = async (host) => {
  throw new Error(`no DNS in tests (${host})`);
};

function depsFor(settings: CheckerSettings, resolve: Resolver = noResolver): CheckHandlerDeps {
  return { settings, resolve, catalogue, pageUrl: (slug) => `https://siteerror.com/codes/${slug}/`, fetchHop };
}

/** A loopback server that counts connections and answers with `handler`. */
async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number; connections: () => number; origin: string }> {
  let count = 0;
  const server = createServer(handler);
  server.on('connection', () => count++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, connections: () => count, origin: `http://127.0.0.1:${port}` };
}
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('the address check', () => {
  it.each([
    ['0.0.0.0', /unspecified/],
    ['127.0.0.1', /loopback/],
    ['127.255.255.254', /loopback/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['192.168.1.1', /private/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['169.254.169.254', /link-local/],
    ['224.0.0.1', /multicast/],
    ['255.255.255.255', /broadcast/],
    ['192.0.2.10', /reserved or documentation/],
    ['198.51.100.7', /reserved or documentation/],
    ['203.0.113.9', /reserved or documentation/],
    ['240.0.0.1', /reserved/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1', /link-local/],
    ['fc00::1', /unique-local/],
    ['fd00:ec2::254', /unique-local/],
    ['ff02::1', /multicast/],
    ['2001:db8::1', /reserved or documentation/],
    ['::ffff:127.0.0.1', /IPv4-mapped IPv6 address that carries 127\.0\.0\.1, a loopback/],
    ['::ffff:7f00:1', /IPv4-mapped IPv6 address that carries 127\.0\.0\.1/],
    ['::ffff:169.254.169.254', /carries 169\.254\.169\.254, a link-local/],
    ['::7f00:1', /IPv4-compatible IPv6 address that carries 127\.0\.0\.1/],
    ['::127.0.0.1', /IPv6 address that carries 127\.0\.0\.1/],
    ['64:ff9b::a9fe:a9fe', /NAT64 IPv6 address that carries 169\.254\.169\.254/],
    ['64:ff9b:1::1', /local-use NAT64/],
    ['2002:7f00:1::', /6to4 IPv6 address that carries 127\.0\.0\.1/],
    ['2002:a00:1::', /6to4 IPv6 address that carries 10\.0\.0\.1/],
    // Teredo: server 65.54.227.120, client 127.0.0.1 stored inverted (80ff:fffe).
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', /Teredo IPv6 address that carries 127\.0\.0\.1/],
    ['4000::1', /outside global unicast/],
  ])('refuses %s', (text, reason) => {
    const address = parseAddress(text);
    expect(address, text).toBeDefined();
    expect(refusalFor(address!)).toMatch(reason);
  });

  it.each(['93.184.215.14', '1.1.1.1', '2606:4700:4700::1111', '::ffff:93.184.215.14', '2002:5db8:d70e::1'])('lets the public address %s through', (text) => {
    expect(refusalFor(parseAddress(text)!)).toBeUndefined();
  });
});

describe('the guard', () => {
  const settings = readCheckerSettings({});

  it.each([
    ['file:///etc/passwd', /scheme file: is refused/],
    ['ftp://example.com/', /scheme ftp: is refused/],
    ['gopher://example.com/', /scheme gopher: is refused/],
    ['data:text/plain,hi', /scheme data: is refused/],
    ['javascript:alert(1)', /scheme javascript: is refused/],
    ['https://user:pass@example.com/', /user name or password/],
    ['https://example.com:8443/', /port 8443 is refused: only 80 and 443/],
    ['http://example.com:22/', /port 22 is refused/],
    ['not a url', /not an absolute URL/],
    [`https://example.com/${'a'.repeat(2050)}`, /at most 2048 are allowed/],
  ])('refuses %s before any DNS look-up', async (url, reason) => {
    let lookups = 0;
    const result = await guard(url, settings, async () => {
      lookups++;
      return [{ address: '93.184.215.14', family: 4 }];
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
    expect(lookups).toBe(0);
  });

  it('refuses a name when any one of its addresses is private', async () => {
    const result = await guard('https://mixed.example/', settings, async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ]);
    expect(!result.ok && result.reason).toMatch(/resolves to 10\.0\.0\.5, which is a private address/);
  });

  it('resolves once and pins the checked address, so a rebinding resolver cannot swap it', async () => {
    const answers = [[{ address: '93.184.215.14', family: 4 as const }], [{ address: '127.0.0.1', family: 4 as const }]];
    let calls = 0;
    const rebinding: Resolver = async () => answers[calls++]!;
    const result = await guard('https://rebind.example/', settings, rebinding);
    expect(result.ok && result.target.address).toBe('93.184.215.14');
    expect(calls).toBe(1);
    // A second guard call (the next hop) asks again and gets the private answer: refused.
    const again = await guard('https://rebind.example/', settings, rebinding);
    expect(!again.ok && again.reason).toMatch(/loopback/);
  });

  it('refuses cloud metadata by name and by address', async () => {
    const byName = await guard('http://metadata.internal/latest/', settings, async () => [{ address: '169.254.169.254', family: 4 }]);
    expect(!byName.ok && byName.reason).toMatch(/link-local/);
    const byAddress = await guard('http://169.254.169.254/latest/meta-data/', settings, noResolver);
    expect(!byAddress.ok && byAddress.reason).toMatch(/link-local/);
  });

  it('follows the WHATWG parser for IDN host names, resolving the punycode form', async () => {
    const asked: string[] = [];
    await guard('https://bücher.example/', settings, async (host) => {
      asked.push(host);
      return [{ address: '93.184.215.14', family: 4 }];
    });
    expect(asked).toEqual(['xn--bcher-kva.example']);
  });
});

describe('refusals on loopback never connect', () => {
  let target: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    target = await listen((_req, res) => res.end('should never be reached'));
  });
  afterAll(() => close(target.server));

  // The port is allowed by the settings, so only the address check stands between the URL and the listener.
  const forms = (port: number) => [
    `http://127.0.0.1:${port}/`,
    `http://2130706433:${port}/`,
    `http://0x7f000001:${port}/`,
    `http://0x7f.1:${port}/`,
    `http://0177.0.0.1:${port}/`,
    `http://127.1:${port}/`,
    `http://[::ffff:127.0.0.1]:${port}/`,
    `http://[::ffff:7f00:1]:${port}/`,
    `http://[::127.0.0.1]:${port}/`,
    `http://localhost:${port}/`,
  ];

  it('refuses every spelling of a loopback address, and the listener sees no connection', async () => {
    const settings = readCheckerSettings({ URL_CHECKER_PORTS: String(target.port) });
    const resolveLocalhost: Resolver = async () => [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }];
    const deps = depsFor(settings, resolveLocalhost);
    for (const url of forms(target.port)) {
      const result = await checkUrl(url, deps);
      expect(result.hops, url).toEqual([]);
      expect(result.error, url).toMatch(/refused: .*loopback/);
    }
    expect(target.connections()).toBe(0);
  });

  it('refuses another port on an allowed host, and a redirect from an allowed server to it', async () => {
    const redirector = await listen((_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${target.port}/secret` }).end());
    try {
      const settings = readCheckerSettings({ URL_CHECKER_ALLOW: `127.0.0.1:${redirector.port}` });
      const deps = depsFor(settings);
      const direct = await checkUrl(`http://127.0.0.1:${target.port}/`, deps);
      expect(direct.error).toMatch(new RegExp(`port ${target.port} is refused`));
      const viaRedirect = await checkUrl(`${redirector.origin}/start`, deps);
      expect(viaRedirect.hops.map((hop) => hop.status)).toEqual([302]);
      expect(viaRedirect.error).toMatch(new RegExp(`refused the redirect to http://127.0.0.1:${target.port}/secret: port ${target.port} is refused`));
      expect(redirector.connections()).toBe(1);
      expect(target.connections()).toBe(0);
    } finally {
      await close(redirector.server);
    }
  });
});

describe('following a chain', () => {
  let site: Awaited<ReturnType<typeof listen>>;
  let deps: CheckHandlerDeps;
  beforeAll(async () => {
    site = await listen((req, res) => {
      const url = new URL(req.url!, 'http://x');
      const n = Number(url.searchParams.get('n') ?? 0);
      switch (url.pathname) {
        case '/a': return res.writeHead(301, { location: '/b' }).end();
        case '/b': return res.writeHead(302, { location: `${site.origin}/c` }).end();
        case '/c': return res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'max-age=60', 'x-secret': 'not reported' }).end('<p>ok</p>');
        case '/perm': return res.writeHead(308, { location: '/c' }).end();
        case '/loop1': return res.writeHead(302, { location: '/loop2' }).end();
        case '/loop2': return res.writeHead(302, { location: '/loop1' }).end();
        case '/many': return res.writeHead(301, { location: `/many?n=${n + 1}` }).end();
        case '/nowhere': return res.writeHead(301).end();
        case '/slow': return setTimeout(() => res.end('late'), 3_000);
        case '/huge': {
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          const chunk = Buffer.alloc(64 * 1024, 120);
          let sent = 0;
          const write = () => { while (sent < 400 && res.write(chunk)) sent++; if (sent < 400) res.once('drain', write); else res.end(); };
          res.on('close', () => (sent = 400));
          return write();
        }
        case '/cf': return res.writeHead(520, { server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f6789-AMS', 'content-type': 'text/html' }).end('error');
        case '/plain520': return res.writeHead(520, 'Unknown').end();
        case '/esri': return res.writeHead(499).end();
        default: return res.writeHead(404).end();
      }
    });
    deps = depsFor(readCheckerSettings({ URL_CHECKER_ALLOW: `127.0.0.1:${site.port}` }));
  });
  afterAll(() => close(site.server));

  it('follows 301 (relative Location) then 302 to a 200, recording each hop', async () => {
    const result = await checkUrl(`${site.origin}/a`, deps);
    expect(result.error).toBeUndefined();
    expect(result.hops.map((hop) => [new URL(hop.url).pathname, hop.status, hop.statusText])).toEqual([
      ['/a', 301, 'Moved Permanently'],
      ['/b', 302, 'Found'],
      ['/c', 200, 'OK'],
    ]);
    expect(result.hops[0]!.headers).toEqual({ location: '/b' });
    expect(result.hops[2]!.headers).toEqual({ 'content-type': 'text/html', 'cache-control': 'max-age=60' });
    expect(result.hops[2]!.code).toEqual({ slug: '200', name: 'OK', url: 'https://siteerror.com/codes/200/' });
    expect(result.hops.every((hop) => hop.method === 'GET' && hop.ms >= 0)).toBe(true);
    expect(result.verdict.findings.map((f) => f.message).join(' ')).toMatch(/relative/);
    expect(result.verdict.level).toBe('note');
  });

  it('follows a 308', async () => {
    const result = await checkUrl(`${site.origin}/perm`, deps);
    expect(result.hops.map((hop) => hop.status)).toEqual([308, 200]);
  });

  it('stops a loop and says so', async () => {
    const result = await checkUrl(`${site.origin}/loop1`, deps);
    expect(result.hops.length).toBe(10);
    expect(result.verdict.level).toBe('problem');
    expect(result.verdict.findings.some((f) => /Redirect loop/.test(f.message))).toBe(true);
  });

  it('stops after 10 responses in a chain of 11 redirects', async () => {
    const result = await checkUrl(`${site.origin}/many`, deps);
    expect(result.hops.length).toBe(10);
    expect(result.error).toMatch(/more than 10 responses in a row were redirects/);
    expect(result.verdict.findings.some((f) => /10 redirects before the final answer/.test(f.message))).toBe(true);
  });

  it('reports a redirect with no Location', async () => {
    const result = await checkUrl(`${site.origin}/nowhere`, deps);
    expect(result.hops.map((hop) => hop.status)).toEqual([301]);
    expect(result.verdict.findings.some((f) => f.level === 'problem' && /no Location header/.test(f.message))).toBe(true);
  });

  it('gives up on a slow server when the headers time runs out', async () => {
    const quick = { ...deps, settings: { ...deps.settings, timeouts: { ...deps.settings.timeouts, headersMs: 300 } } };
    const started = Date.now();
    const result = await checkUrl(`${site.origin}/slow`, quick);
    expect(result.error).toMatch(/no response headers within 0\.3 s/);
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('does not read a huge body', async () => {
    const result = await checkUrl(`${site.origin}/huge`, deps);
    expect(result.hops.map((hop) => hop.status)).toEqual([200]);
  });

  it("links Cloudflare's 520 when the response shows Cloudflare, and says when a meaning is ambiguous", async () => {
    const cf = await checkUrl(`${site.origin}/cf`, deps);
    expect(cf.hops[0]!.code?.slug).toBe('520');
    expect(cf.hops[0]!.headers.server).toBe('cloudflare');
    expect(cf.verdict.findings.at(-1)!.message).toMatch(/final answer is 520 Web Server Returns an Unknown Error/);
    const esri = await checkUrl(`${site.origin}/esri`, deps);
    // 499 has two vendor meanings and the response shows neither vendor: no guess.
    expect(esri.hops[0]!.code).toBeNull();
  });

  it('answers the endpoint with one result per URL, in order, a bad URL among them getting its own error', async () => {
    const handle = createCheckHandler(deps);
    const response = await handle(new Request('http://checker.test/api/check', {
      method: 'POST',
      body: JSON.stringify({ urls: [`${site.origin}/c`, 'ftp://example.com/', `${site.origin}/missing`] }),
    }));
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { url: string; error?: string; hops: Hop[] }[] };
    expect(results.map((r) => r.url)).toEqual([`${site.origin}/c`, 'ftp://example.com/', `${site.origin}/missing`]);
    expect(results[0]!.hops[0]!.status).toBe(200);
    expect(results[1]!.error).toMatch(/scheme ftp: is refused/);
    expect(results[2]!.hops[0]!.status).toBe(404);
    const get = await handle(new Request(`http://checker.test/api/check?url=${encodeURIComponent(`${site.origin}/a`)}`));
    expect(((await get.json()) as { results: { hops: Hop[] }[] }).results[0]!.hops).toHaveLength(3);
  });
});

describe('bad requests to the endpoint', () => {
  const handle = createCheckHandler(depsFor(readCheckerSettings({})));
  const post = (body: string) => handle(new Request('http://checker.test/api/check', { method: 'POST', body }));

  it.each([
    ['not JSON', () => post('urls=https://example.com'), 400, 'body', /not JSON/],
    ['no urls', () => post('{"url":"https://example.com"}'), 400, 'urls', /no "urls" field/],
    ['urls not a list', () => post('{"urls":"https://example.com"}'), 400, 'urls', /must be an array/],
    ['an empty list', () => post('{"urls":[]}'), 400, 'urls', /empty/],
    ['more than 20 URLs', () => post(JSON.stringify({ urls: Array.from({ length: 21 }, (_, i) => `https://example.com/${i}`) })), 400, 'urls', /has 21 URLs; at most 20/],
    ['a number for a URL', () => post('{"urls":["https://example.com/", 5]}'), 400, 'urls[1]', /must be a string/],
    ['a lone string that is not a URL', () => post('{"urls":["example"]}'), 400, 'urls[0]', /not an absolute URL/],
    ['a lone URL over 2,048 characters', () => post(JSON.stringify({ urls: [`https://example.com/${'a'.repeat(2048)}`] })), 400, 'urls[0]', /at most 2048/],
    ['a refused scheme in ?url=', () => handle(new Request('http://checker.test/api/check?url=file%3A%2F%2F%2Fetc%2Fpasswd')), 400, 'url', /scheme file: is refused/],
    ['a refused port in ?url=', () => handle(new Request('http://checker.test/api/check?url=http%3A%2F%2Fexample.com%3A6379%2F')), 400, 'url', /port 6379 is refused/],
    ['no ?url=', () => handle(new Request('http://checker.test/api/check')), 400, 'url', /Give the URL/],
    ['a body over 64 KB', () => post(JSON.stringify({ urls: ['https://example.com/'], pad: 'x'.repeat(70_000) })), 413, 'body', /over 64 KB/],
  ])('%s gets %i with Problem Details naming the field', async (_, send, status, field, detail) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { status: number; parameter: string; detail: string; type: string };
    expect(body).toMatchObject({ status, parameter: field, type: 'about:blank' });
    expect(body.detail).toMatch(detail);
  });
});

describe('the verdict', () => {
  const hop = (url: string, status: number, headers: Record<string, string> = {}): Hop => ({ url, method: 'GET', status, statusText: '', ms: 1, headers, code: null });

  it('is ok for a direct 200', () => {
    expect(verdictFor([hop('https://example.com/', 200)]).level).toBe('ok');
  });

  it('flags an https-to-http downgrade', () => {
    const v = verdictFor([hop('https://example.com/', 301, { location: 'http://example.com/x' }), hop('http://example.com/x', 200)]);
    expect(v.level).toBe('problem');
    expect(v.findings[0]!.message).toMatch(/from https to plain http/);
  });

  it('suggests a permanent redirect for a 302 or 307 to the same page on https or www', () => {
    const toHttps = verdictFor([hop('http://example.com/a?b=1', 302, { location: 'https://example.com/a?b=1' }), hop('https://example.com/a?b=1', 200)]);
    expect(toHttps.findings[0]).toMatchObject({ level: 'warning', link: { url: '/compare/301-vs-302/' } });
    const toWww = verdictFor([hop('https://example.com/a', 307, { location: 'https://www.example.com/a' }), hop('https://www.example.com/a', 200)]);
    expect(toWww.findings[0]).toMatchObject({ level: 'warning', link: { url: '/compare/307-vs-308/' } });
    const elsewhere = verdictFor([hop('https://example.com/a', 302, { location: 'https://example.com/login' }), hop('https://example.com/login', 200)]);
    expect(elsewhere.level).toBe('ok');
  });

  it('warns about a chain of more than three redirects', () => {
    const hops = [1, 2, 3, 4].map((n) => hop(`https://example.com/${n}`, 301, { location: `https://example.com/${n + 1}` }));
    expect(verdictFor([...hops, hop('https://example.com/5', 200)]).findings.map((f) => f.message).join()).toMatch(/4 redirects/);
    expect(verdictFor([...hops.slice(1), hop('https://example.com/5', 200)]).level).toBe('ok');
  });

  it('calls a final 4xx or 5xx a problem', () => {
    expect(verdictFor([hop('https://example.com/', 503)]).level).toBe('problem');
  });
});

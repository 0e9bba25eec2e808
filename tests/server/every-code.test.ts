/**
 * Every catalogued code, asked of the Node server: status, reason phrase, the header fields the
 * entry marks MUST or SHOULD, and the body rule. Expectations come from the entries themselves,
 * not from the server's generated table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes } from '../../src/data/codes';
import { getCodesByNumber } from '../../src/data/queries';
import type { CodeEntryData } from '../../src/data/schema';
import { exchange, startNode } from './support';

let server: Awaited<ReturnType<typeof startNode>>;
beforeAll(async () => {
  server = await startNode(5210);
});
afterAll(() => server.close());

/** The meaning /status/<n> answers with: the registered one when a number has several. */
const answered = codes.filter((entry) => entry.code >= 100 && getCodesByNumber(entry.code)[0]!.slug === entry.slug);
const phraseOf = (entry: CodeEntryData) =>
  (entry.example.response && entry.example.response.status === undefined && entry.example.response.reason) || entry.name;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Unconditional MUST/SHOULD response fields the server does not manage itself (Date and framing are the runtime's). */
const required = (entry: CodeEntryData) =>
  entry.headers.filter(
    (rule) => rule.in === 'response' && (rule.requirement === 'MUST' || rule.requirement === 'SHOULD') && !rule.when && TOKEN.test(rule.name) && !['date', 'connection', 'content-type', 'content-length'].includes(rule.name.toLowerCase()),
  );

describe('every catalogued code on Node', () => {
  it('covers every number from 100 to 999 in the catalogue', () => {
    expect(new Set(answered.map((e) => e.code)).size).toBe(new Set(codes.filter((e) => e.code >= 100).map((e) => e.code)).size);
    expect(answered.length).toBeGreaterThan(90);
  });

  const finals = answered.filter((entry) => entry.code >= 200);
  it.each(finals.map((entry) => [entry.slug, entry] as const))('%s answers with its status, phrase, fields and body rule', async (_, entry) => {
    const text = await exchange(`${server.base}/status/${entry.code}`, { headers: { Accept: 'text/plain' } });
    expect(text.status).toBe(entry.code);
    expect(text.phrase).toBe(phraseOf(entry));
    for (const rule of required(entry)) expect(text.headers[rule.name.toLowerCase()], rule.name).toBeTruthy();
    if (/^3/.test(String(entry.code)) && required(entry).some((r) => r.name === 'Location')) expect(text.headers.location).toBe('/status/200');
    expect(text.headers['cache-control']).toBe('no-store');
    expect(text.headers['access-control-allow-origin']).toBe('*');

    if (entry.behaviour.body.value === 'forbidden') {
      expect(text.body).toBe('');
      expect(text.headers['content-type']).toBeUndefined();
      return;
    }
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body.startsWith(`${entry.code} ${phraseOf(entry)}\n`)).toBe(true);

    const json = await exchange(`${server.base}/status/${entry.code}`, { headers: { Accept: 'application/problem+json' } });
    expect(json.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(json.body)).toMatchObject({ type: `https://siteerror.com/codes/${entry.slug}/`, title: phraseOf(entry), status: entry.code });

    const html = await exchange(`${server.base}/status/${entry.code}`, { headers: { Accept: 'text/html' } });
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain(`<a href="/codes/${entry.slug}/">`);
  });

  it.each([100, 102, 103])('%i goes out as an interim response, then a final 200 that says so', async (code) => {
    const result = await exchange(`${server.base}/status/${code}`, { headers: { Accept: 'text/plain' } });
    expect(result.interim.map((i) => i.status)).toEqual([code]);
    expect(result.status).toBe(200);
    expect(result.body).toContain(`sent ${code} `);
    if (code === 103) expect(result.interim[0]!.headers.link).toMatch(/rel=preload/);
  });

  it.each([101, 104, 150])('%i, a 1xx node:http cannot send, gets 501 saying why', async (code) => {
    const result = await exchange(`${server.base}/status/${code}`);
    expect(result.status).toBe(501);
    expect(JSON.parse(result.body)).toMatchObject({ status: 501, parameter: 'code' });
    expect(JSON.parse(result.body).detail).toContain(`cannot send ${code}`);
  });

  it('answers a number the catalogue lacks with a generic phrase, and says so in the body', async () => {
    const result = await exchange(`${server.base}/status/299`, { headers: { Accept: 'text/plain' } });
    expect(result.status).toBe(299);
    expect(result.phrase).toBe('Unknown');
    expect(result.body).toContain('not in this catalogue');
  });

  it('sends no body to HEAD but the same fields as GET', async () => {
    const get = await exchange(`${server.base}/status/404`);
    const head = await exchange(`${server.base}/status/404`, { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('answers %s with the asked-for code', async (method) => {
    const result = await exchange(`${server.base}/status/418`, { method, body: method === 'OPTIONS' ? undefined : '{"a":1}', headers: { 'Content-Type': 'application/json' } });
    expect(result.status).toBe(418);
    expect(result.body).not.toContain('"a":1');
  });
});

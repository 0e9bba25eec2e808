/**
 * What a response must be for the code's page to be right: the status, the phrase where the
 * stack can set one, the header fields the snippet promises (from the entry's data), the body
 * rules, and a Date from the server's own clock.
 */
import { createHash } from 'node:crypto';
import type { CodeEntry } from '../../src/data/codes';
import { forbidsContent } from '../../src/lib/status-class';
import { snippetRequest } from '../../src/snippets/request';
import { conditional, phraseToSet, ranged, snippetHeaders } from '../../src/snippets/rules';
import { earlyHintLinks, finalAfter } from '../../src/snippets/server/interim';
import type { Exchange } from './curl';

/** Stacks that can put any phrase on the status line, and the library whose phrase table they use. */
export const phraseTables: Record<string, string> = {
  express: 'node',
  'node-http': 'node',
  fastify: 'node',
  nextjs: 'node',
  flask: 'python',
  django: 'python',
  php: 'symfony',
  laravel: 'symfony',
};

/** Server configurations rather than application code. */
export const configStacks = new Set(['nginx', 'apache']);

/**
 * Fields a server leaves out, and its recipe says so: Apache's byte-range filter answers an
 * unsatisfiable Range with 416 but no Content-Range (seen here, Apache 2.4 from Debian).
 */
const knownOmissions: Record<string, Record<string, string[]>> = { apache: { '416': ['content-range'] } };

/**
 * Cases served by a server that sends no Date, and why no other server will do: the final
 * response may then lack a Date, but a Date it has must still be the server's clock.
 */
export const serverSendsNoDate: Record<string, Record<string, string>> = {
  rails: {
    '103': 'Puma, the one Rails server that sends 103 Early Hints, sends no Date (seen in 5.6.5; none in its source up to 7.2.1); a proxy in front adds one',
  },
};

const header = (response: Pick<Exchange, 'headers'>, name: string) => response.headers.filter(([key]) => key === name.toLowerCase()).map(([, value]) => value);

/**
 * An interim code: its head arrives before the final response, with the fields the snippet
 * promises (the hints of a 103), and the final response follows (interim.ts: finalAfter). A 101
 * is the last head on the connection: its Sec-WebSocket-Accept must answer the request's key.
 */
/** The Sec-WebSocket-Accept that answers a handshake's Sec-WebSocket-Key (RFC 6455 section 4.2.2). */
export const websocketAccept = (key: string) => createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');

function interimProblems(entry: CodeEntry, stack: string, response: Exchange, now: number): string[] {
  const found: string[] = [];
  if (entry.code === 101) {
    if (response.status !== 101) return [`status ${response.status}, expected 101`];
    const key = snippetRequest(entry).headers.find(([name]) => /^sec-websocket-key$/i.test(name))?.[1] ?? '';
    const accept = websocketAccept(key);
    if (!header(response, 'sec-websocket-accept').includes(accept)) found.push(`Sec-WebSocket-Accept ${JSON.stringify(header(response, 'sec-websocket-accept'))}, expected ${accept}`);
    if (!header(response, 'upgrade').some((v) => /websocket/i.test(v))) found.push('no Upgrade: websocket');
    if (!header(response, 'connection').some((v) => /upgrade/i.test(v))) found.push('no Connection: Upgrade');
    return found;
  }
  const head = response.interim.find((h) => h.status === entry.code);
  if (!head) return [`no ${entry.code} before the final response (interim heads: ${JSON.stringify(response.interim.map((h) => h.status))})`];
  // Link is a list: one field per link, or several joined by commas (Node joins them), mean the same.
  const links = head.headers.filter(([key]) => key === 'link').flatMap(([, v]) => v.split(/,\s*(?=<)/));
  if (entry.code === 103) {
    for (const link of earlyHintLinks(entry)) if (!links.includes(link)) found.push(`the 103 lacks Link: ${link} (it has ${JSON.stringify(links)})`);
  } else
    for (const [name, value] of snippetHeaders(entry))
      if (!head.headers.some(([key, v]) => key === name.toLowerCase() && v === value)) found.push(`the ${entry.code} lacks ${name}: ${value}`);
  const final = finalAfter[entry.code];
  if (response.status !== final) found.push(`final status ${response.status}, expected ${final}`);
  found.push(...dateProblems(response, now, entry.slug in (serverSendsNoDate[stack] ?? {})));
  return found;
}

function dateProblems(response: Pick<Exchange, 'headers'>, now: number, mayLack = false): string[] {
  const dates = header(response, 'date');
  if (dates.length === 0 && mayLack) return [];
  if (dates.length !== 1) return [`${dates.length} Date fields, expected one`];
  const date = Date.parse(dates[0]!);
  return Number.isNaN(date) || Math.abs(date - now) > 60_000 ? [`Date "${dates[0]}" is not the server's clock (now ${new Date(now).toUTCString()})`] : [];
}

export function problems(entry: CodeEntry, stack: string, response: Exchange, now = Date.now()): string[] {
  if (entry.code < 200) return interimProblems(entry, stack, response, now);
  const found: string[] = [];
  if (response.status !== entry.code) found.push(`status ${response.status}, expected ${entry.code}`);
  if (response.quietStatus !== String(entry.code)) found.push(`the status-only curl printed ${response.quietStatus}`);

  const library = phraseTables[stack];
  const phrase = library && phraseToSet(entry, library);
  if (phrase && response.reason !== phrase) found.push(`reason phrase "${response.reason}", expected "${phrase}"`);

  for (const [name, value] of snippetHeaders(entry)) {
    if (knownOmissions[stack]?.[entry.slug]?.includes(name.toLowerCase())) continue;
    const values = header(response, name);
    // A server's own recipe (nginx, Apache) chooses its values (Basic, an absolute Location): the field must be there.
    if (configStacks.has(stack) ? values.length === 0 : !values.includes(value)) found.push(`${name}: got ${JSON.stringify(values)}, expected "${value}"`);
  }

  found.push(...dateProblems(response, now));

  const length = header(response, 'content-length');
  if (forbidsContent(entry.code)) {
    if (response.body.length > 0) found.push(`a ${entry.code} must have no body; got ${response.body.length} bytes`);
  } else if (length.length > 0 && Number(length[0]) !== response.body.length)
    found.push(`Content-Length ${length[0]} but the body has ${response.body.length} bytes`);

  const type = header(response, 'content-type')[0] ?? '';
  if (/json/i.test(type) && response.body.length > 0) {
    try {
      JSON.parse(response.body.toString('utf8'));
    } catch {
      found.push(`Content-Type ${type} but the body is not JSON: ${response.body.toString().slice(0, 120)}`);
    }
  }

  // 207: a multistatus XML document (RFC 4918 section 13), not JSON.
  if (entry.code === 207 && response.status === 207) {
    if (!/^application\/xml\b/i.test(type)) found.push(`207 with Content-Type "${type}", expected application/xml`);
    if (!/<D:multistatus xmlns:D="DAV:">[\s\S]*<D:status>HTTP\/1\.1 200 OK<\/D:status>[\s\S]*<\/D:multistatus>/.test(response.body.toString('utf8')))
      found.push(`207 body is not the multistatus document: ${response.body.toString('utf8').slice(0, 120)}`);
  }

  for (const range of header(response, 'content-range')) {
    const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(range);
    if (match && response.status === 206) {
      const expected = Number(match[2]) - Number(match[1]) + 1;
      if (response.body.length !== expected) found.push(`Content-Range ${range} promises ${expected} bytes; the body has ${response.body.length}`);
    }
  }
  return found;
}

/**
 * Requests that must NOT get the code: the page's request without its validator or its Range
 * (or with another version in it). A 304 is only right when If-None-Match matches, a 206 or 416
 * only for the Range asked (rules.ts: conditional(), ranged()).
 */
export interface Variant {
  what: string;
  field: string;
  /** The field's new value; undefined removes the field. */
  value?: string;
  check: (response: Omit<Exchange, 'quietStatus' | 'interim'>) => string[];
}

/** The ETag of a server's recipe: the server makes its own, so any one will do. */
const SERVERS_OWN = Symbol("the server's own ETag");

/** @param etag the ETag the whole representation carries: the snippet's, the server's own, or none to check. */
function whole(response: Omit<Exchange, 'quietStatus' | 'interim'>, size: number, etag: string | typeof SERVERS_OWN | undefined): string[] {
  const found: string[] = [];
  if (response.status !== 200) found.push(`status ${response.status}, expected 200 with the whole representation`);
  if (response.body.length !== size) found.push(`a body of ${response.body.length} bytes, expected ${size}`);
  const etags = header(response, 'etag');
  if (etag === SERVERS_OWN ? etags.length !== 1 : etag !== undefined && !etags.includes(etag))
    found.push(`ETag ${JSON.stringify(etags)}, expected ${etag === SERVERS_OWN ? "one, the server's own" : etag}`);
  return found;
}

export function variants(entry: CodeEntry, stack: string): Variant[] {
  const other = '"another-version"';
  const plan304 = conditional(entry);
  const ownEtag = (etag: string | undefined) => (configStacks.has(stack) ? SERVERS_OWN : etag);
  if (plan304) {
    const size = Buffer.byteLength(plan304.body);
    return [
      { what: 'no If-None-Match', field: 'If-None-Match', check: (r) => whole(r, size, ownEtag(plan304.etag)) },
      { what: 'an If-None-Match naming another version', field: 'If-None-Match', value: other, check: (r) => whole(r, size, ownEtag(plan304.etag)) },
    ];
  }
  const plan = ranged(entry);
  if (!plan) return [];
  const sendsIfRange = snippetRequest(entry).headers.some(([name]) => name.toLowerCase() === 'if-range');
  return [
    { what: 'no Range', field: 'Range', check: (r) => whole(r, plan.size, ownEtag(plan.etag)) },
    ...(plan.etag && sendsIfRange ? [{ what: 'an If-Range naming another version', field: 'If-Range', value: other, check: (r: Omit<Exchange, 'quietStatus' | 'interim'>) => whole(r, plan.size, ownEtag(plan.etag)) }] : []),
    // 416 only for a Range that misses the file: one inside it gets those bytes.
    ...(entry.code !== 416
      ? []
      : [{
      what: 'a Range inside the file (bytes=0-99)',
      field: 'Range',
      value: 'bytes=0-99',
      check: (r: Omit<Exchange, 'quietStatus' | 'interim'>) => [
        ...(r.status === 206 ? [] : [`status ${r.status}, expected 206`]),
        ...(r.body.length === 100 ? [] : [`a body of ${r.body.length} bytes, expected 100`]),
        ...(header(r, 'content-range').includes(`bytes 0-99/${plan.size}`) ? [] : [`Content-Range ${JSON.stringify(header(r, 'content-range'))}, expected bytes 0-99/${plan.size}`]),
      ],
    }]),
  ];
}

import type { CodeEntry } from '../data/codes';
import { constantsFor } from '../data/constants';
import { forbidsContent } from '../lib/status-class';
import { snippetRequest } from './request';

/**
 * What every generator needs to know about an entry: which headers to set, whether a body
 * may be sent, whether application code can send the code at all, and the constant a
 * library has for it.
 */

/** Placeholder values for headers the spec ties to a code, used when the example does not show one. */
const defaultHeaderValues: Record<string, string> = {
  location: '/new-location',
  'www-authenticate': 'Bearer realm="api"',
  'proxy-authenticate': 'Basic realm="proxy"',
  'retry-after': '120',
  allow: 'GET, HEAD',
  upgrade: 'websocket',
  'content-range': 'bytes */1000',
  etag: '"v1"',
  connection: 'Upgrade',
};

const canonicalName = (name: string) =>
  name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

/**
 * Headers the code requires or implies, beyond what the spec table lists: redirects and 201
 * point somewhere with Location, 429 and 503 say when to come back (RFC 9110 §10.2.3).
 */
const impliedHeaders: Record<number, string[]> = {
  201: ['location'],
  300: ['location'],
  301: ['location'],
  302: ['location'],
  303: ['location'],
  307: ['location'],
  308: ['location'],
  401: ['www-authenticate'],
  405: ['allow'],
  407: ['proxy-authenticate'],
  416: ['content-range'],
  426: ['upgrade'],
  429: ['retry-after'],
  503: ['retry-after'],
};

/** Response headers the snippet sets, with the example's values where it shows them. */
export function snippetHeaders(entry: CodeEntry): [string, string][] {
  const shown = new Map(
    (entry.example.response?.headers ?? []).map(([name, value]) => [name.toLowerCase(), [name, value] as [string, string]]),
  );
  const wanted = [
    // A conditional requirement ("when multipart") is set only if the example shows it applies.
    ...entry.headers
      .filter((rule) => rule.in === 'response' && ['MUST', 'SHOULD', 'MAY'].includes(rule.requirement))
      .filter((rule) => !rule.when || shown.has(rule.name.toLowerCase()))
      .map((rule) => rule.name.toLowerCase()),
    ...(impliedHeaders[entry.code] ?? []),
  ];
  // Upgrade needs its Connection option on HTTP/1.1 (RFC 9110 §7.8).
  if (wanted.includes('upgrade')) wanted.push('connection');
  const picked: [string, string][] = [];
  // Date is the server's own: every stack here sets it from its clock. A Date copied from the
  // example would be wrong the day after, and a cache refreshed by a 304 would take it
  // (RFC 9111 section 4.3.4) and compute an age of months.
  for (const key of new Set(wanted.filter((name) => name !== 'date'))) {
    const fallback = defaultHeaderValues[key];
    const header = shown.get(key) ?? (fallback === undefined ? undefined : ([canonicalName(key), fallback] as [string, string]));
    if (header) picked.push(header);
  }
  return picked;
}

/** Whether the snippet may send a body: never for 1xx, 204, 205, 304. */
export function sendsBody(entry: CodeEntry): boolean {
  return !forbidsContent(entry.code) && entry.behaviour.body.value === 'allowed';
}

/** Status codes outside 100-599 that most frameworks refuse to send (RFC 9110 §15). */
export function isOutsideStandardRange(code: number): boolean {
  return code < 100 || code > 599;
}

/**
 * "return" when application code sends the code; "diagnose" when only a proxy, CDN or load
 * balancer produces it (Cloudflare 52x, AWS ELB, nginx's own codes) or it exists only in logs
 * or in a client.
 */
export function snippetMode(entry: CodeEntry): 'return' | 'diagnose' {
  if (['cloudflare', 'aws-elb', 'nginx'].includes(entry.category)) return 'diagnose';
  return entry.behaviour.seen.value === 'wire' ? 'return' : 'diagnose';
}

/** The JSON body snippets send: the reason and a message for the developer to replace. */
export function errorBody(entry: CodeEntry): { error: string; message: string } {
  return { error: entry.name, message: 'Describe what happened and what the client can do.' };
}

/**
 * The fields of the JSON body: an error for 4xx and 5xx, a result for 2xx, and for a redirect
 * where to go next.
 */
export function bodyFields(entry: CodeEntry): [string, string][] {
  if (entry.code >= 400) return Object.entries(errorBody(entry));
  const location = snippetHeaders(entry).find(([name]) => name.toLowerCase() === 'location')?.[1];
  if (entry.code >= 300 && location) return [['status', entry.name], ['location', location]];
  return [['status', entry.name], ['message', 'Describe the result for the client.']];
}

/** What the snippet sends after the head: nothing, a JSON object, or (206) the exact bytes of a range. */
export type Payload =
  | { kind: 'none' }
  | { kind: 'json'; fields: [string, string][] }
  | { kind: 'text'; text: string; contentType: string };

/**
 * A 206 body must be exactly the bytes its Content-Range names, or a client writes them at the
 * wrong offset (RFC 9110 section 14.4). The snippet stands in for the file with a text of that
 * length.
 */
function partialText(contentRange: string): string {
  const match = /^bytes (\d+)-(\d+)\//.exec(contentRange);
  if (!match) throw new Error(`206 snippet: Content-Range "${contentRange}" does not name a byte range`);
  const length = Number(match[2]) - Number(match[1]) + 1;
  const filler = 'The requested bytes of the file, from the first position of the range to its last. ';
  return `${filler.repeat(Math.ceil(length / filler.length)).slice(0, length - 1)}\n`;
}

export function snippetPayload(entry: CodeEntry): Payload {
  if (!sendsBody(entry)) return { kind: 'none' };
  if (entry.code === 207) return { kind: 'text', text: multistatusXml(entry), contentType: 'application/xml; charset=utf-8' };
  if (entry.code === 206) {
    const range = snippetHeaders(entry).find(([name]) => name.toLowerCase() === 'content-range')?.[1] ?? 'bytes 0-99/1000';
    return { kind: 'text', text: partialText(range), contentType: 'text/plain; charset=utf-8' };
  }
  return { kind: 'json', fields: bodyFields(entry) };
}

/**
 * The reason phrase a snippet sets itself, for stacks that can: the catalogue's name, when the
 * stack's own table (the library id of content/constants) has no phrase for this meaning, so
 * the status line does not say "unknown".
 */
export function phraseToSet(entry: CodeEntry, libraryId: string): string | undefined {
  return constantOf(entry, libraryId) === undefined ? entry.name : undefined;
}

/** The library's constant for this entry, written as in code ("HTTPStatus.NOT_FOUND"), if it has one. */
export function constantOf(entry: CodeEntry, libraryId: string): string | undefined {
  return constantsFor(entry).find((row) => row.library.id === libraryId)?.names[0]?.code;
}

/** The bare identifier, without the usage prefix ("NOT_FOUND"). */
export function constantId(entry: CodeEntry, libraryId: string): string | undefined {
  return constantsFor(entry).find((row) => row.library.id === libraryId)?.names[0]?.id;
}

/** A string literal in double quotes, escaped for the C family of languages (JS, Go, Java, C#, Rust, PHP, Python). */
export const quote = (value: string) => JSON.stringify(value);

/** A single-quoted literal for JS, PHP and shell, escaping backslashes and single quotes. */
export const singleQuote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The media type a stand-in representation is served with, from the path's extension. */
function typeOfPath(path: string): string {
  const types: Record<string, string> = { css: 'text/css; charset=utf-8', txt: 'text/plain; charset=utf-8', html: 'text/html; charset=utf-8', mp4: 'video/mp4' };
  return types[/\.(\w+)$/.exec(path)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

const exampleHeader = (entry: CodeEntry, name: string) =>
  entry.example.response?.headers.find(([key]) => key.toLowerCase() === name)?.[1];

/**
 * 304: the representation a conditional GET is compared with. The server answers 304 only when
 * the request's If-None-Match names its ETag (weak comparison, RFC 9110 section 13.1.2), and
 * otherwise 200 with the body; both carry the ETag and caching fields (section 15.4.5).
 */
export interface Conditional {
  etag: string;
  /** The fields the 304 repeats from the 200 (ETag first), as snippetHeaders gives them. */
  headers: [string, string][];
  contentType: string;
  body: string;
}

export function conditional(entry: CodeEntry): Conditional | undefined {
  if (entry.code !== 304) return undefined;
  const headers = snippetHeaders(entry);
  const etag = headers.find(([name]) => name.toLowerCase() === 'etag')?.[1] ?? defaultHeaderValues.etag!;
  const { path } = snippetRequest(entry);
  const contentType = typeOfPath(path);
  const body = contentType.startsWith('text/css') ? `/* The current version of ${path} */\n` : `The current version of ${path}.\n`;
  return { etag, headers: [['ETag', etag], ...headers.filter(([name]) => name.toLowerCase() !== 'etag')], contentType, body };
}

/**
 * 206 and 416: a GET of a file the server has in full, answered from its Range header. One range
 * of the form "bytes=first-" or "bytes=first-last" is served (206); a first byte past the end is
 * unsatisfiable (416, with "Content-Range: bytes *\/size"); any other Range, or none, gets the
 * whole file with 200 (a server may ignore Range, RFC 9110 section 14.2). With an ETag, If-Range
 * is honoured: a validator that does not match means the whole file (section 13.1.5).
 */
export interface Ranged {
  /** The file's length: the example's complete length, so the page's curl gets the example's answer. */
  size: number;
  /** A line repeated and cut at `size` stands in for the file. */
  line: string;
  /** How many copies of `line` cover `size`. */
  copies: number;
  contentType: string;
  etag?: string;
}

export function ranged(entry: CodeEntry): Ranged | undefined {
  if (entry.code !== 206 && entry.code !== 416) return undefined;
  const contentRange = snippetHeaders(entry).find(([name]) => name.toLowerCase() === 'content-range')?.[1] ?? '';
  const size = Number(/\/(\d+)$/.exec(contentRange)?.[1]);
  if (!Number.isSafeInteger(size) || size <= 0)
    throw new Error(`${entry.slug} snippet: Content-Range "${contentRange}" does not give the complete length`);
  const line = 'A line of the file this route serves.\n';
  return { size, line, copies: Math.ceil(size / line.length), contentType: typeOfPath(snippetRequest(entry).path), etag: exampleHeader(entry, 'etag') };
}

/**
 * 207: a WebDAV multistatus document (RFC 4918 section 13, in the DAV: namespace), the
 * smallest useful one: one `response` naming the requested resource in `href`, with one
 * `propstat` holding a property in `prop` and its `status` line.
 */
export function multistatusXml(entry: CodeEntry): string {
  const { path } = snippetRequest(entry);
  return `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response>
    <D:href>${path}</D:href>
    <D:propstat>
      <D:prop><D:displayname>${path.split('/').filter(Boolean).pop() ?? '/'}</D:displayname></D:prop>
      <D:status>HTTP/1.1 200 OK</D:status>
    </D:propstat>
  </D:response>
</D:multistatus>
`;
}

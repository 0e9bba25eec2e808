import type { CodeEntry } from '../data/codes';

/**
 * The one request a code's snippets tell their story with: the server snippets route it, the
 * client snippets send it, and curl reproduces it. It comes from the entry's example request,
 * changed only where a real server could not receive it as written.
 */
export interface SnippetRequest {
  method: string;
  /** The path the server snippets route (no query string). */
  path: string;
  /** Path and query, as the clients and curl send it. */
  target: string;
  host: string;
  /** Request header fields worth sending: the ones the code depends on (Range, If-None-Match, Authorization...). */
  headers: [string, string][];
  body?: string;
}

/**
 * Methods that no common server accepts as written. BREW (RFC 2324) is refused by Node's and
 * PHP's HTTP parsers before any handler runs; RFC 2324 section 2.1.1 lets a coffee pot take
 * POST instead. CONNECT is answered by a proxy, never routed to a handler, so the snippets'
 * server answers an ordinary GET.
 */
const methodInstead: Record<string, string> = { BREW: 'POST', CONNECT: 'GET' };

/** Header fields the HTTP client sets by itself, or that describe the example's own body or connection. */
const leftToTheClient = new Set(['host', 'content-length', 'user-agent', 'connection', 'accept-encoding']);

export function snippetRequest(entry: CodeEntry): SnippetRequest {
  const { request } = entry.example;
  const method = methodInstead[request.method] ?? request.method;
  let host = request.headers.find(([name]) => /^(host|:authority)$/i.test(name))?.[1] ?? 'api.example.com';
  let target = request.target;
  if (/^https?:\/\//.test(target)) {
    // Absolute form, as sent to a proxy (203): the origin server sees its path.
    const url = new URL(target);
    host = url.host;
    target = `${url.pathname}${url.search}`;
  }
  if (!target.startsWith('/')) target = '/';
  // CONNECT names host:443; the origin of an https URL leaves the default port out.
  host = host.replace(/:443$/, '');
  const path = target.split('?')[0] ?? '/';
  const headers = request.headers
    // Connection stays when it asks for an upgrade (101): without it a server never switches protocols.
    .filter(([name, value]) => !name.startsWith(':') && (!leftToTheClient.has(name.toLowerCase()) || (/^connection$/i.test(name) && /upgrade/i.test(value))))
    .map(([name, value]) => [name, sendableValue(value)] as [string, string]);
  return { method, path, target, host, headers, body: request.body };
}

/**
 * A header value as it can be sent. An example may shorten a long value for the page
 * ("…", "(about 20 KB more)", 431 and 494), but "…" is not a byte a field value may carry:
 * fetch and requests refuse it, and a server would read the remark as part of the value.
 * The snippets send the fields the example shows, without the marks.
 */
export function sendableValue(value: string): string {
  if (!value.includes('…')) return value;
  return value
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/…/g, '')
    .replace(/[;\s]+$/, '')
    .replace(/;\s*;/g, ';');
}

/** The URL the clients and curl request. */
export function requestUrl(entry: CodeEntry): string {
  const { host, target } = snippetRequest(entry);
  return `https://${host}${target}`;
}

/** Whether the method's request normally carries content, so clients send the example's body. */
export const sendsRequestBody = (request: SnippetRequest) => request.body !== undefined && !['GET', 'HEAD'].includes(request.method);

/**
 * An example target that elides its middle ("[…about 11,600 more characters…]", 414) split
 * into the part shown and the number of characters left out, so curl can build the real
 * length instead of sending the placeholder.
 */
export function elidedTarget(target: string): { shown: string; missing: number } | undefined {
  const match = /^(.*)\[…about ([\d,]+) more characters…\]$/.exec(target);
  return match ? { shown: match[1]!, missing: Number(match[2]!.replace(/,/g, '')) } : undefined;
}

/**
 * The long list that stands in for an elided target's missing part: numbers from `first`, six
 * digits and a comma each, as many as cover the characters the example left out. curl builds it
 * with seq, the clients with a loop, so every snippet sends the same over-long URL.
 */
export interface LongList {
  /** The URL up to the elision ("https://shop.example.com/products?ids=10412,...,10467,"). */
  prefix: string;
  first: number;
  count: number;
}

export function longList(entry: CodeEntry): LongList | undefined {
  const { host, target } = snippetRequest(entry);
  const elided = elidedTarget(target);
  if (!elided) return undefined;
  return { prefix: `https://${host}${elided.shown}`, first: 100000, count: Math.ceil(elided.missing / 7) };
}

/** The target as actually sent: an elided one with its list built out. */
export function sentTarget(entry: CodeEntry): string {
  const list = longList(entry);
  if (!list) return snippetRequest(entry).target;
  const numbers = Array.from({ length: list.count }, (_, i) => list.first + i).join(',');
  return `${new URL(list.prefix).pathname}${new URL(list.prefix).search}${numbers}`;
}

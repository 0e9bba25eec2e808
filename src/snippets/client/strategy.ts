import { isRedirect } from '../../lib/redirects';
import type { CodeEntry } from '../../data/codes';
import { requestUrl } from '../request';

/**
 * What a client should do when it receives the code; each client generator renders these
 * the way its library works.
 */
export type ClientStrategy =
  | 'websocket' // 101: the client asked to switch protocols
  | 'read' // success with a body
  | 'created' // 201: read Location
  | 'no-body' // 204, 205: nothing to parse
  | 'partial' // 206: a byte range
  | 'redirect' // 301, 302, 303, 307, 308: followed automatically
  | 'not-modified' // 304: revalidation
  | 'reauth' // 401: refresh credentials once
  | 'retry-after' // 429, 503: honour Retry-After
  | 'retry-transient' // 5xx and timeouts: back off, idempotent requests only
  | 'fail' // the request must change: never retry blindly
  | 'no-response'; // the client never sees this code: a dropped connection or a timeout

/** The strategy for an entry, or undefined for interim codes the HTTP stack handles by itself. */
export function clientStrategy(entry: CodeEntry): ClientStrategy | undefined {
  const { code } = entry;
  if (code === 101) return 'websocket';
  if (code < 200) return undefined;
  if (entry.behaviour.seen.value !== 'wire') return 'no-response';
  if (code === 201) return 'created';
  if (code === 204 || code === 205) return 'no-body';
  if (code === 206) return 'partial';
  if (code >= 200 && code < 300) return 'read';
  if (isRedirect(code)) return 'redirect';
  if (code === 304) return 'not-modified';
  if (code === 401) return 'reauth';
  if (entry.behaviour.retry.value === 'later')
    return entry.headers.some((rule) => rule.name.toLowerCase() === 'retry-after') ? 'retry-after' : 'retry-transient';
  if (entry.behaviour.retry.value === 'yes') return 'retry-transient';
  return 'fail';
}

/** The URL of the code's request, for client snippets. */
export const exampleUrl = requestUrl;

/** Whether the example response is JSON, so client snippets parse it as such (207's XML is not). */
export function respondsWithJson(entry: CodeEntry): boolean {
  const type = entry.example.response?.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  return /json/i.test(type);
}

import type { CodeEntry } from '../data/codes';
import { forbidsContent } from '../data/status-class';

/**
 * What every generator needs to know about an entry: which headers to set, whether a body
 * may be sent, and whether an application can send the code at all.
 */

/** Placeholder values for headers the spec ties to a code, used when the example does not show one. */
const defaultHeaderValues: Record<string, string> = {
  location: '/new-location',
  'www-authenticate': 'Bearer realm="api"',
  'proxy-authenticate': 'Basic realm="proxy"',
  'retry-after': '120',
  allow: 'GET, HEAD',
  upgrade: 'h2c',
  'content-range': 'bytes */1000',
  etag: '"v1"',
};

const canonicalName = (name: string) => name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

/** Response headers the snippet sets: those the spec requires or recommends, with values from the example. */
export function snippetHeaders(entry: CodeEntry): [string, string][] {
  const shown = new Map((entry.example.response?.headers ?? []).map(([name, value]) => [name.toLowerCase(), [name, value] as [string, string]]));
  const picked: [string, string][] = [];
  for (const rule of entry.headers) {
    if (rule.in !== 'response' || !['MUST', 'SHOULD', 'MAY'].includes(rule.requirement)) continue;
    const key = rule.name.toLowerCase();
    if (picked.some(([name]) => name.toLowerCase() === key)) continue;
    const fromExample = shown.get(key);
    if (fromExample) picked.push(fromExample);
    else if (defaultHeaderValues[key]) picked.push([canonicalName(key), defaultHeaderValues[key]]);
  }
  return picked;
}

/** Whether the snippet may send a body: never for 1xx, 204, 205, 304. */
export function sendsBody(entry: CodeEntry): boolean {
  return !forbidsContent(entry.code) && entry.behaviour.body.value === 'allowed';
}

/**
 * "return" when application code sends the code; "diagnose" when only a proxy, CDN or load
 * balancer produces it (Cloudflare 52x, AWS ELB, nginx internals) or it exists only in logs.
 */
export function snippetMode(entry: CodeEntry): 'return' | 'diagnose' {
  if (['cloudflare', 'aws-elb', 'nginx'].includes(entry.category)) return 'diagnose';
  return entry.behaviour.seen.value === 'wire' ? 'return' : 'diagnose';
}

/** The JSON error body snippets send, kept short and honest. */
export function errorBody(entry: CodeEntry): { error: string; message: string } {
  return { error: entry.name, message: entry.summary };
}

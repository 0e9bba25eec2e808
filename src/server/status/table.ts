/**
 * The compact table the status server answers from, derived from the catalogue at build time so
 * the server loads neither zod nor the content modules. Everything in it comes from the entries:
 * the reason phrase, the body rule and the headers the code page lists.
 */
import { forbidsContent } from '../../lib/status-class';
import type { CodeEntryData, HeaderRule } from '../../data/schema';

export interface StatusInfo {
  code: number;
  slug: string;
  /** The entry's category ("cloudflare", "client-error"...): the URL checker links a vendor's meaning by it. */
  category: string;
  /** The reason phrase for the status line. */
  phrase: string;
  summary: string;
  /** True for codes whose responses cannot carry content (1xx, 204, 205, 304). */
  noBody: boolean;
  /** Response header fields sent by default, in the entry's order. */
  headers: [string, string][];
  /** The other meanings of the same number ("451-iis"), named in the body. */
  otherMeanings: { slug: string; phrase: string; category: string }[];
}

export type StatusTable = Record<number, StatusInfo>;

/**
 * Values the server chooses itself instead of copying the example: Location points back at this
 * server so a redirect never leaves it, and Retry-After is short enough for a test client to wait.
 */
export const SERVER_VALUES: Record<string, string> = { location: '/status/200', 'retry-after': '30' };

/**
 * Fields the server always sets itself: framing and connection fields would break the response,
 * Date is added by the runtime, Content-Type follows Accept, and Cache-Control is always no-store
 * so no test result is ever served from a cache (which also satisfies 304's rule, RFC 9110 §15.4.5:
 * the 200 it stands for would carry the same no-store).
 */
const SERVER_MANAGED = new Set(['content-length', 'content-type', 'transfer-encoding', 'connection', 'date', 'cache-control']);

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The header fields a response with this code carries by default: every response field the entry
 * marks MUST or SHOULD (a conditional one when the entry's example shows its condition met, i.e.
 * carries the field), and any other field the entry lists that its example response carries,
 * such as Retry-After on 429 and 503 or Location on 303.
 */
export function defaultHeaders(entry: CodeEntryData): [string, string][] {
  const example = entry.example.response?.headers ?? [];
  const shown = (rule: HeaderRule) => example.find(([name]) => name.toLowerCase() === rule.name.toLowerCase())?.[1];
  const out: [string, string][] = [];
  for (const rule of entry.headers) {
    const key = rule.name.toLowerCase();
    if (rule.in !== 'response' || rule.requirement === 'MUST NOT' || rule.requirement === 'SHOULD NOT') continue;
    // "Date, Cache-Control, ETag, ..." names a group of fields (206), not one field to send.
    if (!TOKEN.test(rule.name) || SERVER_MANAGED.has(key)) continue;
    const required = (rule.requirement === 'MUST' || rule.requirement === 'SHOULD') && (!rule.when || shown(rule) !== undefined);
    const value = SERVER_VALUES[key] ?? shown(rule);
    if (value === undefined || !(required || shown(rule) !== undefined)) continue;
    if (!out.some(([name]) => name.toLowerCase() === key)) out.push([rule.name, value]);
  }
  return out;
}

/** The reason phrase: the example's own when it sends this very code, else the entry's name. */
function phraseOf(entry: CodeEntryData): string {
  const response = entry.example.response;
  return response && response.status === undefined && response.reason ? response.reason : entry.name;
}

/**
 * One row per number from 100 to 999 that the catalogue has. `entries` must list the registered
 * (bare-slug) meaning of a shared number first, as `getCodesByNumber` does.
 */
export function buildStatusTable(entriesByNumber: (code: number) => CodeEntryData[]): StatusTable {
  const table: StatusTable = {};
  for (let code = 100; code <= 999; code++) {
    const [entry, ...others] = entriesByNumber(code);
    if (!entry) continue;
    table[code] = {
      code,
      slug: entry.slug,
      category: entry.category,
      phrase: phraseOf(entry),
      summary: entry.summary,
      noBody: forbidsContent(code) || entry.behaviour.body.value === 'forbidden',
      headers: defaultHeaders(entry),
      otherMeanings: others.map((other) => ({ slug: other.slug, phrase: phraseOf(other), category: other.category })),
    };
  }
  return table;
}

/**
 * Plans the response to a /status request: status line, header fields and body, as plain data.
 * Each runtime writes the plan its own way (node:http directly; a Web Response on Workers), since a
 * Web Response cannot carry a 1xx or a code above 599.
 */
import { SITE } from '../../consts';
import { codeUrl } from '../../lib/urls';
import type { Problem } from '../problem';
import { problemBody } from '../problem';
import { negotiate, type BodyFormat } from './negotiate';
import type { StatusInfo, StatusTable } from './table';
import type { StatusQuery } from './parse';

export interface Plan {
  status: number;
  phrase: string;
  headers: [string, string][];
  /** null when the response has no content (1xx, 204, 205, 304); HEAD drops it when writing. */
  body: string | null;
  /** Close the connection after answering (a 413 whose body was not read). */
  close?: boolean;
  /** An interim response to send first (Node only). */
  interim?: { status: 100 | 102 | 103; headers: [string, string][] };
}

/** The interim responses node:http can send: writeContinue, writeProcessing, writeEarlyHints. */
export const NODE_INTERIM = new Set([100, 102, 103]);

/** The phrase for a code the catalogue lacks: generic on purpose, and the body says so. */
export const UNKNOWN_PHRASE = 'Unknown';

/** Response fields a browser script may read without being listed in Access-Control-Expose-Headers. */
const SAFELISTED = new Set(['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']);

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Cache-Control, Vary and CORS on everything the server sends, errors included (the handler adds them last). */
export function withCommonHeaders(headers: [string, string][]): [string, string][] {
  // nosniff: a body is never read as another type than the one sent, whatever header= added.
  const out: [string, string][] = [...headers, ['Cache-Control', 'no-store'], ['Vary', 'Accept'], ['X-Content-Type-Options', 'nosniff'], ['Access-Control-Allow-Origin', '*']];
  const exposed = [...new Set(out.map(([name]) => name).filter((name) => !SAFELISTED.has(name.toLowerCase()) && !name.toLowerCase().startsWith('access-control-')))];
  out.push(['Access-Control-Expose-Headers', [...exposed, 'Date'].join(', ')]);
  return out;
}

export function problemPlan(problem: Problem, table: StatusTable, headers: Record<string, string> = {}): Plan {
  return {
    status: problem.status,
    phrase: table[problem.status]?.phrase ?? UNKNOWN_PHRASE,
    headers: [...Object.entries(headers), ['Content-Type', 'application/problem+json']],
    body: problemBody(problem),
  };
}

/** The answer to a CORS preflight (an OPTIONS request with Access-Control-Request-Method). */
export function preflightPlan(requestHeaders: string | null): Plan {
  return {
    status: 204,
    phrase: 'No Content',
    headers: [
      ['Access-Control-Allow-Origin', '*'],
      ['Access-Control-Allow-Methods', ALLOWED_METHODS.join(', ')],
      ['Access-Control-Allow-Headers', requestHeaders ?? '*'],
      ['Access-Control-Max-Age', '600'],
      ['Cache-Control', 'no-store'],
    ],
    body: null,
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function render(format: BodyFormat, status: number, phrase: string, info: StatusInfo | undefined, notes: string[]): string {
  const detail = [info?.summary, ...notes].filter(Boolean).join(' ');
  if (format === 'application/problem+json' || format === 'application/json')
    return JSON.stringify({ type: info ? new URL(codeUrl(info), SITE.url).href : 'about:blank', title: phrase, status, detail });
  if (format === 'text/html') {
    const link = info ? `<p><a href="${codeUrl(info)}">What ${status} ${escapeHtml(phrase)} means</a></p>` : '';
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status} ${escapeHtml(phrase)}</title></head><body><h1>${status} ${escapeHtml(phrase)}</h1><p>${escapeHtml(detail)}</p>${link}</body></html>\n`;
  }
  return `${status} ${phrase}\n\n${detail}\n${info ? `\nMore: ${new URL(codeUrl(info), SITE.url).href}\n` : ''}`;
}

export interface PlanInput {
  query: StatusQuery;
  /** The code to answer with: the path's, or the one `random` picked. */
  code: number;
  accept: string | null;
  /** Fields the runtime removes from responses (workerd drops Upgrade), left out and named in the body. */
  stripped?: ReadonlySet<string>;
  runtimeName?: string;
}

/** The response for a valid request whose code the runtime can send (1xx checks happen before). */
export function statusPlan({ query, code, accept, stripped, runtimeName }: PlanInput, table: StatusTable): Plan {
  const info = table[code];
  const notes: string[] = [];
  if (!info) notes.push(`${code} is not in this catalogue, so the reason phrase is a generic one.`);
  if (info?.otherMeanings.length) notes.push(`The same number also means: ${info.otherMeanings.map((m) => `${m.phrase} (/codes/${m.slug}/)`).join(', ')}.`);
  if (query.random) notes.push(`Picked ${code} at random from the random parameter.`);
  if (query.sleepMs) notes.push(`Answered after waiting ${query.sleepMs} ms.`);

  const headers = new Map<string, [string, string]>();
  const set = (name: string, value: string) => headers.set(name.toLowerCase(), [name, value]);
  let status = code;
  let interim: Plan['interim'];
  if (NODE_INTERIM.has(code)) {
    // The asked-for 1xx goes out as an interim response, then a 200 ends the exchange.
    interim = { status: code as 100 | 102 | 103, headers: info?.headers ?? [] };
    status = 200;
    notes.push(`This server sent ${code} ${info?.phrase ?? ''} as an interim response first; a 1xx cannot end an exchange, so this 200 OK is the final response.`.replace('  ', ' '));
  } else for (const [name, value] of info?.headers ?? []) set(name, value);

  if (query.location !== null) set('Location', query.location);
  if (query.retryAfter !== null) set('Retry-After', String(query.retryAfter));
  for (const [name, value] of query.headers) set(name, value);

  const lost = [...headers.keys()].filter((key) => stripped?.has(key));
  for (const key of lost) {
    notes.push(`${runtimeName} removes the ${headers.get(key)![0]} field from responses, so it is missing here; the Node server sends it.`);
    headers.delete(key);
  }

  const phrase = status === code ? (info?.phrase ?? UNKNOWN_PHRASE) : (table[status]?.phrase ?? 'OK');
  const noBody = status === code ? (info?.noBody ?? (code < 200 || code === 204 || code === 205 || code === 304)) : false;
  const format = negotiate(accept);
  const body = noBody ? null : render(format, status, phrase, info, notes);
  if (body !== null && !headers.has('content-type'))
    set('Content-Type', format.startsWith('text/') ? `${format}; charset=utf-8` : format);
  return { status, phrase, headers: [...headers.values()], body, ...(interim ? { interim } : {}) };
}


import type { IncomingHttpHeaders } from 'node:http';
import { isRedirect } from '../../lib/redirects';
import { guard, type Resolver } from './guard';
import type { HopOptions, HopResponse } from './fetch-hop';
import type { Target } from './guard';
import { codeMeaning, type CatalogueCode } from './meaning';
import type { CheckerSettings } from './settings';
import { verdictFor, type Hop, type Verdict } from './verdict';

export interface CheckResult {
  url: string;
  hops: Hop[];
  error?: string;
  verdict: Verdict;
}

export interface CheckerDeps {
  settings: CheckerSettings;
  resolve: Resolver;
  catalogue: readonly CatalogueCode[];
  /** Absolute URL of a code page, for the hop's `code.url`. */
  pageUrl: (slug: string) => string;
  fetchHop: (target: Target, options: HopOptions) => Promise<HopResponse>;
}

/** The response headers a hop reports; the rest are left out. */
export const reportedHeaders = ['location', 'cache-control', 'content-type', 'server', 'retry-after', 'strict-transport-security', 'x-robots-tag', 'link'] as const;

function pickHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of reportedHeaders) {
    const value = headers[name];
    if (value !== undefined) picked[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return picked;
}

const describeError = (error: unknown) => {
  if (error instanceof Error && error.name === 'AbortError') return 'the time for this URL ran out';
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'the server refused the connection';
  if (code === 'ECONNRESET') return 'the server closed the connection without answering';
  if (code === 'CERT_HAS_EXPIRED' || code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `the TLS certificate was not accepted (${code})`;
  return error instanceof Error ? error.message : String(error);
};

/**
 * Follows one URL's redirects by hand, at most `maxHops` responses, running the guard again
 * before every connection, so a redirect to a private address is refused like the first URL.
 */
export async function checkUrl(raw: string, deps: CheckerDeps, outer?: AbortSignal): Promise<CheckResult> {
  const { settings } = deps;
  const signal = outer ? AbortSignal.any([outer, AbortSignal.timeout(settings.timeouts.perUrlMs)]) : AbortSignal.timeout(settings.timeouts.perUrlMs);
  const hops: Hop[] = [];
  let current = raw;
  let error: string | undefined;

  while (true) {
    if (hops.length === settings.maxHops) {
      error = `more than ${settings.maxHops} responses in a row were redirects, so the checker stopped following them`;
      break;
    }
    const checked = await guard(current, settings, deps.resolve);
    if (!checked.ok) {
      error = `${hops.length === 0 ? 'refused' : `refused the redirect to ${current}`}: ${checked.reason}`;
      break;
    }
    let response: HopResponse;
    try {
      response = await deps.fetchHop(checked.target, { userAgent: settings.userAgent, connectMs: settings.timeouts.connectMs, headersMs: settings.timeouts.headersMs, signal });
    } catch (caught) {
      error = `${checked.target.url.href} could not be fetched: ${signal.aborted ? 'the time for this URL ran out' : describeError(caught)}`;
      break;
    }
    const headers = pickHeaders(response.headers);
    hops.push({
      url: checked.target.url.href,
      method: 'GET',
      status: response.status,
      statusText: response.statusText,
      ms: response.ms,
      headers,
      code: codeMeaning(response.status, response.headers, deps.catalogue, deps.pageUrl),
    });
    const location = headers['location'];
    if (!isRedirect(response.status) || !location) break;
    try {
      current = new URL(location, checked.target.url).href;
    } catch {
      error = `the Location "${location}" is not a valid URL`;
      break;
    }
  }
  return { url: raw, hops, error, verdict: verdictFor(hops, error) };
}

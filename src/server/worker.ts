/**
 * The Cloudflare Workers entry (bundled to dist-server/worker.mjs): the same status handler as on
 * Node, with the platform's rate-limiting binding. The static site is served by Workers static
 * assets from dist/ (wrangler.json), which also applies dist/_headers; this code runs for /status/*.
 */
import table from 'virtual:status-table';
import { sleepGate, type SleepGate } from './limits/sleep-gate';
import { noRateLimit } from './limits/types';
import { workersRateLimiter, type RateLimitBinding } from './limits/workers-rate-limiter';
import { problemBody } from './problem';
import { readSettings, type Settings } from './settings';
import { handleStatus, type Runtime } from './status/handler';
import type { Plan } from './status/plan';

export interface Env {
  STATUS_LIMITER?: RateLimitBinding;
  [name: string]: unknown;
}

/** A Web Response can only carry 200 to 599 (Fetch standard; workerd enforces it). */
function finalStatus(code: number): string | null {
  return code > 599
    ? `Workers can only send final status codes from 200 to 599 (the Fetch standard's Response); ${code} needs the Node server.`
    : null;
}

let state: { settings: Settings; gate: SleepGate } | undefined;

function runtimeFor(env: Env): Runtime {
  // The settings and the sleep counters live as long as the isolate.
  if (!state) {
    const settings = readSettings(env);
    state = { settings, gate: sleepGate({ perClient: settings.sleepPerClient, total: settings.sleepTotal }) };
  }
  const { settings, gate } = state;
  let rateLimiter = noRateLimit;
  if (settings.rateLimit) {
    if (!env.STATUS_LIMITER) throw new Error('STATUS_RATE_LIMIT is on but the STATUS_LIMITER rate-limit binding is missing (see wrangler.json)');
    rateLimiter = workersRateLimiter(env.STATUS_LIMITER, settings.rateLimitQuota, settings.rateLimitPeriod);
  }
  return {
    name: 'Workers',
    table,
    rateLimiter,
    sleepGate: gate,
    interim: new Set(),
    finalStatus,
    // workerd treats Upgrade as a connection field and drops it from every response but a 101.
    strippedFields: new Set(['upgrade']),
    abortRefusal: 'Workers cannot close a connection without a response: a Worker always answers with a Response. Use the Node server for abort=1.',
    random: Math.random,
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  };
}

/** Reads and discards up to `limit` bytes of the request body. */
async function readBody(request: Request, limit: number): Promise<boolean> {
  if (!request.body) return true;
  const reader = request.body.getReader();
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    seen += value.byteLength;
    if (seen > limit) {
      await reader.cancel();
      return false;
    }
  }
}

function toResponse(plan: Plan, method: string): Response {
  const headers = new Headers(plan.headers);
  return new Response(method === 'HEAD' ? null : plan.body, { status: plan.status, statusText: plan.phrase, headers });
}

function checkerOff(): Response {
  const detail =
    'The URL checker is switched off on Cloudflare Workers: a Worker cannot choose the address its fetch() connects to, so the SSRF guard could not pin the checked address. Run it on the Node server (npm run serve).';
  return new Response(problemBody({ status: 501, title: 'Not Implemented', detail }), {
    status: 501,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', 'access-control-allow-origin': '*' },
  });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    // The URL checker stays on Node: its SSRF guard resolves each host once and connects to the
    // checked address, and a Worker's fetch() offers no way to pin the address it connects to.
    if (url.pathname === '/api/check') return checkerOff();
    // wrangler.json runs this Worker for /status/* and /api/check only; static assets answer the rest.
    if (!url.pathname.startsWith('/status/')) return new Response('Not found\n', { status: 404 });
    const length = request.headers.get('content-length');
    const outcome = await handleStatus(
      {
        method: request.method,
        code: url.pathname.slice('/status/'.length),
        params: url.searchParams,
        accept: request.headers.get('accept'),
        preflightMethod: request.headers.get('access-control-request-method'),
        preflightHeaders: request.headers.get('access-control-request-headers'),
        clientKey: request.headers.get('cf-connecting-ip') ?? 'unknown',
        contentLength: length === null ? null : Number(length),
        readBody: (limit) => readBody(request, limit),
      },
      runtimeFor(env),
    );
    // The handler refuses abort on this runtime, so every outcome here is a plan.
    if (outcome.abort) throw new Error('abort is refused on Workers');
    return toResponse(outcome.plan, request.method);
  },
};

/**
 * The /status/<code> handler, free of runtime APIs: it takes what it needs from the request and
 * the runtime's capabilities, and returns a plan (or an abort) that the runtime's entry writes out.
 */
import { ProblemError, type Problem } from '../problem';
import type { RateLimiter } from '../limits/types';
import type { SleepGate } from '../limits/sleep-gate';
import { LIMITS, parseStatusQuery, pickWeighted } from './parse';
import { ALLOWED_METHODS, preflightPlan, problemPlan, statusPlan, withCommonHeaders, type Plan } from './plan';
import type { StatusTable } from './table';

/** Request content is read up to this size and never echoed; past it the answer is 413. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface StatusRequest {
  method: string;
  /** The path after "/status/". */
  code: string;
  params: URLSearchParams;
  accept: string | null;
  /** Access-Control-Request-Method and -Headers, present on a CORS preflight. */
  preflightMethod: string | null;
  preflightHeaders: string | null;
  clientKey: string;
  /** The declared Content-Length, when there is one. */
  contentLength: number | null;
  /** Reads and discards the content up to `limit` bytes; false when there was more. */
  readBody(limit: number): Promise<boolean>;
}

export interface Runtime {
  name: string;
  table: StatusTable;
  rateLimiter: RateLimiter;
  sleepGate: SleepGate;
  /** 1xx codes the runtime can send as interim responses. */
  interim: ReadonlySet<number>;
  /** Whether a final response may carry this code, and if not, why. */
  finalStatus(code: number): string | null;
  /** Response fields (lower case) the runtime drops on its own. */
  strippedFields?: ReadonlySet<string>;
  /** Why `abort=1` cannot work here, or null when it can. */
  abortRefusal: string | null;
  random(): number;
  sleep(ms: number): Promise<void>;
}

export type Outcome = { abort: true } | { abort?: false; plan: Plan };

const problem = (p: Problem, headers: Record<string, string> = {}) => new ProblemError(p, headers);

async function answer(request: StatusRequest, runtime: Runtime): Promise<Outcome> {
  if (!ALLOWED_METHODS.includes(request.method))
    throw problem(
      { status: 405, title: 'Method Not Allowed', detail: `${request.method} is not served on /status/`, allowed: ALLOWED_METHODS.join(', ') },
      { Allow: ALLOWED_METHODS.join(', ') },
    );
  if (request.method === 'OPTIONS' && request.preflightMethod !== null) return { plan: preflightPlan(request.preflightHeaders) };

  const query = parseStatusQuery(request.code, request.params);
  const tooLarge = { status: 413, title: 'Content Too Large', detail: `Request content is read up to ${MAX_BODY_BYTES} bytes and never echoed back.` };
  if (request.contentLength !== null && request.contentLength > MAX_BODY_BYTES) return { plan: { ...problemPlan(tooLarge, runtime.table), close: true } };
  if (!(await request.readBody(MAX_BODY_BYTES))) return { plan: { ...problemPlan(tooLarge, runtime.table), close: true } };

  const code = query.random ? pickWeighted(query.random, runtime.random()) : query.code!;
  const why = code < 200 && !runtime.interim.has(code)
    ? `${runtime.name} cannot send ${code} as an interim response${runtime.interim.size ? `; it can send ${[...runtime.interim].join(', ')}` : ''}.`
    : code >= 200 ? runtime.finalStatus(code) : null;
  if (why) throw problem({ status: 501, title: 'Not Implemented', detail: why, parameter: 'code' });
  if (query.abort && runtime.abortRefusal) throw problem({ status: 501, title: 'Not Implemented', detail: runtime.abortRefusal, parameter: 'abort' });

  if (query.sleepMs > 0) {
    const release = runtime.sleepGate.enter(request.clientKey);
    const retryAfter = Math.ceil(LIMITS.maxSleepMs / 1000);
    if (!release)
      throw problem(
        { status: 503, title: 'Service Unavailable', detail: 'Too many sleep requests are waiting, from this client or in total; try again shortly.', parameter: 'sleep' },
        { 'Retry-After': String(retryAfter) },
      );
    try {
      await runtime.sleep(query.sleepMs);
    } finally {
      release();
    }
  }
  if (query.abort) return { abort: true };
  return { plan: statusPlan({ query, code, accept: request.accept, stripped: runtime.strippedFields, runtimeName: runtime.name }, runtime.table) };
}

/** Rate limit first (bad requests count too), then the answer; every plan gets the common fields. */
export async function handleStatus(request: StatusRequest, runtime: Runtime): Promise<Outcome> {
  const decision = await runtime.rateLimiter.take(request.clientKey);
  let outcome: Outcome;
  if (!decision.allowed) {
    outcome = {
      plan: problemPlan(
        { status: 429, title: 'Too Many Requests', detail: `This client has used its request allowance; wait ${decision.retryAfter} s.` },
        runtime.table,
        { 'Retry-After': String(decision.retryAfter ?? 1) },
      ),
    };
  } else {
    try {
      outcome = await answer(request, runtime);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      outcome = { plan: problemPlan(error.problem, runtime.table, error.headers) };
    }
  }
  if (outcome.abort) return outcome;
  const { plan } = outcome;
  // A preflight answer keeps its own short list of fields.
  if (plan.status === 204 && request.method === 'OPTIONS' && request.preflightMethod !== null) return outcome;
  return { plan: { ...plan, headers: withCommonHeaders([...plan.headers, ...decision.headers]) } };
}

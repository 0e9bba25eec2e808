/**
 * RFC 9457 Problem Details for every error the server itself raises (400, 405, 413, 429, 501, 503),
 * as opposed to the status a client asked for.
 */

export interface Problem {
  status: number;
  title: string;
  detail: string;
  /** The query parameter or path segment at fault, for 400s (an extension member, RFC 9457 §3.2). */
  parameter?: string;
  /** What the parameter accepts, in words. */
  allowed?: string;
}

/** A thrown or returned problem; `headers` carries Retry-After and the like. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
  }
}

export const badParameter = (parameter: string, detail: string, allowed: string) =>
  new ProblemError({ status: 400, title: 'Bad Request', detail, parameter, allowed });

/** The JSON body; `type` stays "about:blank" because the status code says all there is (RFC 9457 §4.2.1). */
export function problemBody(problem: Problem): string {
  return JSON.stringify({ type: 'about:blank', ...problem });
}

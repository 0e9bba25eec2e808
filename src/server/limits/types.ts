/**
 * What differs between runtimes for the limits, behind one small interface: the rate-limit store
 * (memory on Node, the platform binding on Workers) and the count of waiting `sleep` requests.
 */

export interface RateDecision {
  allowed: boolean;
  /** RateLimit-Policy and RateLimit fields (draft-ietf-httpapi-ratelimit-headers), on every answer. */
  headers: [string, string][];
  /** Seconds until a request can succeed again, when refused. */
  retryAfter?: number;
}

export interface RateLimiter {
  take(clientKey: string): Promise<RateDecision>;
}

/** Lets everything through, for benchmarks and private CI (STATUS_RATE_LIMIT=off). */
export const noRateLimit: RateLimiter = { take: async () => ({ allowed: true, headers: [] }) };

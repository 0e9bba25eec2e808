/**
 * Node's rate limit: a steady rate plus a burst allowance per client, kept in memory with
 * rate-limiter-flexible. Each request takes a point from the steady window (STATUS_RATE per second);
 * once that is spent it takes one from the burst window (STATUS_BURST per STATUS_BURST_WINDOW
 * seconds), the library's BurstyRateLimiter scheme, composed here so both remainders can be reported.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimitFields } from './ratelimit-fields';
import type { RateDecision, RateLimiter } from './types';

export interface NodeRateOptions {
  rate: number;
  burst: number;
  burstWindow: number;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function nodeRateLimiter({ rate, burst, burstWindow }: NodeRateOptions): RateLimiter {
  const steady = new RateLimiterMemory({ keyPrefix: 'steady', points: rate, duration: 1 });
  const extra = new RateLimiterMemory({ keyPrefix: 'burst', points: Math.max(burst, 1), duration: burstWindow });
  const policy = (steadyRes: RateLimiterRes, burstRes?: RateLimiterRes) =>
    rateLimitFields([
      { name: 'steady', quota: rate, windowSeconds: 1, remaining: steadyRes.remainingPoints, resetSeconds: seconds(steadyRes.msBeforeNext) },
      {
        name: 'burst',
        quota: burst,
        windowSeconds: burstWindow,
        ...(burstRes ? { remaining: burstRes.remainingPoints, resetSeconds: seconds(burstRes.msBeforeNext) } : {}),
      },
    ]);

  async function consume(limiter: RateLimiterMemory, key: string): Promise<[boolean, RateLimiterRes]> {
    try {
      return [true, await limiter.consume(key)];
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return [false, refusal];
      throw refusal;
    }
  }

  return {
    async take(key): Promise<RateDecision> {
      const [steadyOk, steadyRes] = await consume(steady, key);
      if (steadyOk) return { allowed: true, headers: policy(steadyRes) };
      const [burstOk, burstRes] = burst > 0 ? await consume(extra, key) : [false, undefined];
      if (burstOk) return { allowed: true, headers: policy(steadyRes, burstRes) };
      // The steady window refills first, and always within a second.
      return { allowed: false, headers: policy(steadyRes, burstRes), retryAfter: seconds(steadyRes.msBeforeNext) };
    },
  };
}

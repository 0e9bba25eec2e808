/**
 * The Workers rate limit: Cloudflare's rate-limiting binding, whose counters hold across isolates
 * in a location (https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/).
 * It answers only yes or no, so the RateLimit field is sent on refusals only, and the policy comes
 * from the STATUS_RATE_LIMIT_QUOTA / STATUS_RATE_LIMIT_PERIOD settings that mirror wrangler.json.
 */
import { rateLimitFields } from './ratelimit-fields';
import type { RateLimiter } from './types';

/** The binding's shape (`env.STATUS_LIMITER`). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

export function workersRateLimiter(binding: RateLimitBinding, quota: number, period: number): RateLimiter {
  return {
    async take(key) {
      const { success } = await binding.limit({ key });
      const name = 'default';
      if (success) return { allowed: true, headers: rateLimitFields([{ name, quota, windowSeconds: period }]) };
      // The binding does not say when its window ends; the period is the longest wait.
      return { allowed: false, headers: rateLimitFields([{ name, quota, windowSeconds: period, remaining: 0, resetSeconds: period }]), retryAfter: period };
    },
  };
}

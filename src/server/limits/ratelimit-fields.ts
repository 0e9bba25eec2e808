/**
 * The RateLimit-Policy and RateLimit fields of draft-ietf-httpapi-ratelimit-headers (-08 onwards):
 * structured-field lists with one item per policy, `q` the quota and `w` the window in seconds,
 * `r` the remaining quota and `t` the seconds until it resets; each item's value is the policy's
 * name as a String. Checked against the draft's source (github.com/ietf-wg-httpapi/ratelimit-headers,
 * main of 2025-09-23, published as -10), whose examples read `"default";q=100;w=10` and
 * `"default";r=50;t=30`. https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
 */

export interface PolicyState {
  name: string;
  quota: number;
  windowSeconds: number;
  /** Unknown on Workers, where the binding only says yes or no. */
  remaining?: number;
  resetSeconds?: number;
}

export function rateLimitFields(policies: PolicyState[]): [string, string][] {
  const fields: [string, string][] = [['RateLimit-Policy', policies.map((p) => `"${p.name}";q=${p.quota};w=${p.windowSeconds}`).join(', ')]];
  const known = policies.filter((p) => p.remaining !== undefined && p.resetSeconds !== undefined);
  if (known.length) fields.push(['RateLimit', known.map((p) => `"${p.name}";r=${p.remaining};t=${p.resetSeconds}`).join(', ')]);
  return fields;
}

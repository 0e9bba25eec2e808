/**
 * The RateLimit-Policy and RateLimit fields of draft-ietf-httpapi-ratelimit-headers (-08 onwards):
 * structured-field lists with one item per policy, `q` the quota and `w` the window in seconds,
 * `r` the remaining quota and `t` the seconds until it resets.
 * https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
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

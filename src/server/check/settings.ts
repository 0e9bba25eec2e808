/**
 * The URL checker's settings, from the environment, read once at start. Every limit that
 * protects the server or the network lives here.
 *
 * - URL_CHECKER_ALLOW: comma-separated `host:port` pairs that skip the address guard, for the
 *   project's own tests against servers on loopback. Empty by default; never set it in production.
 * - URL_CHECKER_PORTS: extra ports to allow besides 80 and 443 (comma-separated). Empty by default.
 * - URL_CHECKER_CONCURRENCY: checks (URLs) in flight at once for the whole server (default 16).
 */
export interface CheckerSettings {
  allow: ReadonlySet<string>;
  ports: ReadonlySet<number>;
  maxUrls: number;
  maxUrlLength: number;
  maxHops: number;
  concurrency: number;
  timeouts: { connectMs: number; headersMs: number; perUrlMs: number; perRequestMs: number };
  userAgent: string;
}

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return parsed;
}

export function readCheckerSettings(env: Record<string, string | undefined>): CheckerSettings {
  const ports = list(env.URL_CHECKER_PORTS).map((port) => {
    const n = Number(port);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`URL_CHECKER_PORTS: "${port}" is not a port number`);
    return n;
  });
  for (const pair of list(env.URL_CHECKER_ALLOW))
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/i.test(pair)) throw new Error(`URL_CHECKER_ALLOW: "${pair}" is not a host:port pair`);
  return {
    allow: new Set(list(env.URL_CHECKER_ALLOW).map((pair) => pair.toLowerCase())),
    ports: new Set([80, 443, ...ports]),
    maxUrls: 20,
    maxUrlLength: 2048,
    maxHops: 10,
    concurrency: positiveInteger('URL_CHECKER_CONCURRENCY', env.URL_CHECKER_CONCURRENCY, 16),
    timeouts: { connectMs: 5_000, headersMs: 10_000, perUrlMs: 15_000, perRequestMs: 30_000 },
    userAgent: 'SiteErrorURLChecker/1.0 (+https://siteerror.com/url-checker/)',
  };
}

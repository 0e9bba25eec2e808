/**
 * Every setting of the status server, in one place. Each is an environment variable on Node
 * (`process.env`) and a `[vars]` entry on Workers (`env`); `npm run serve` and `wrangler.json`
 * read the same names. The README's "Settings" table lists them; a unit test keeps the two in step.
 */

export interface Setting {
  name: string;
  default: string;
  description: string;
  /** Turns the raw string into the value, or says what is wrong with it. */
  parse: (raw: string) => number | boolean | string;
}

const integer = (min: number, max: number) => (raw: string) => {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new Error(`must be a whole number from ${min} to ${max}`);
  return Number(raw);
};
const onOff = (raw: string) => {
  if (raw !== 'on' && raw !== 'off') throw new Error('must be "on" or "off"');
  return raw === 'on';
};

export const SETTINGS = {
  port: { name: 'PORT', default: '4321', description: 'TCP port of the Node server.', parse: integer(0, 65535) },
  host: { name: 'HOST', default: 'localhost', description: 'Address the Node server listens on (`0.0.0.0` for every interface).', parse: (raw) => raw },
  rateLimit: {
    name: 'STATUS_RATE_LIMIT',
    default: 'on',
    description: 'Per-client rate limit on `/status/*`: `on`, or `off` for benchmarks and private CI.',
    parse: onOff,
  },
  rate: { name: 'STATUS_RATE', default: '10', description: 'Node: steady rate, requests per second per client.', parse: integer(1, 100000) },
  burst: {
    name: 'STATUS_BURST',
    default: '50',
    description: 'Node: burst allowance, extra requests per client above the steady rate, per `STATUS_BURST_WINDOW` seconds.',
    parse: integer(0, 1000000),
  },
  burstWindow: { name: 'STATUS_BURST_WINDOW', default: '10', description: 'Node: seconds over which the burst allowance refills.', parse: integer(1, 3600) },
  sleepPerClient: {
    name: 'STATUS_SLEEP_PER_CLIENT',
    default: '5',
    description: 'Most `sleep` requests one client may have waiting at once; the next gets 503 with Retry-After.',
    parse: integer(0, 100000),
  },
  sleepTotal: {
    name: 'STATUS_SLEEP_TOTAL',
    default: '500',
    description: 'Most `sleep` requests waiting at once on the whole server (per isolate on Workers).',
    parse: integer(0, 1000000),
  },
  trustProxy: {
    name: 'STATUS_TRUST_PROXY',
    default: 'off',
    description: 'Node only: `on` keys the rate limit on the first `X-Forwarded-For` address (only behind a proxy you run); `off` uses the socket address.',
    parse: onOff,
  },
  rateLimitQuota: {
    name: 'STATUS_RATE_LIMIT_QUOTA',
    default: '100',
    description: 'Workers only: the `limit` of the STATUS_LIMITER binding in wrangler.json, repeated here so RateLimit-Policy can state it.',
    parse: integer(1, 1000000),
  },
  rateLimitPeriod: {
    name: 'STATUS_RATE_LIMIT_PERIOD',
    default: '60',
    description: 'Workers only: the binding\'s `period` in seconds (the platform allows 10 or 60).',
    parse: (raw: string) => {
      if (raw !== '10' && raw !== '60') throw new Error('must be 10 or 60, the periods the rate-limiting binding supports');
      return Number(raw);
    },
  },
  headersTimeout: {
    name: 'HEADERS_TIMEOUT_MS',
    default: '10000',
    description: 'Node only: time allowed to receive a request\'s header section.',
    parse: integer(1000, 600000),
  },
  requestTimeout: {
    name: 'REQUEST_TIMEOUT_MS',
    default: '30000',
    description: 'Node only: time allowed to receive a whole request, body included.',
    parse: integer(1000, 600000),
  },
} satisfies Record<string, Setting>;

type Parsed<S> = S extends { parse: (raw: string) => infer T } ? T : never;
export type Settings = { [K in keyof typeof SETTINGS]: Parsed<(typeof SETTINGS)[K]> };

/** Reads every setting from an environment; an unusable value stops the server with the variable's name. */
export function readSettings(env: Record<string, unknown>): Settings {
  const out: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(SETTINGS) as [string, Setting][]) {
    const raw = env[setting.name];
    const value = raw === undefined || raw === '' ? setting.default : String(raw);
    try {
      out[key] = setting.parse(value);
    } catch (error) {
      throw new Error(`Setting ${setting.name}="${value}": ${(error as Error).message}`);
    }
  }
  return out as Settings;
}

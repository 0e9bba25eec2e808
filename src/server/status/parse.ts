/**
 * Reads a /status request: the code in the path and every query parameter, each checked up front.
 * Bad input throws a 400 Problem naming the parameter and what it accepts; nothing is clamped.
 */
import { badParameter } from '../problem';

export const LIMITS = {
  maxSleepMs: 10_000,
  maxRetryAfter: 86_400,
  maxHeaders: 20,
  maxHeaderLength: 1024,
  maxLocationLength: 2048,
  maxRandomChoices: 1000,
  maxWeight: 100,
} as const;

export interface StatusQuery {
  /** The code in the path, or null for `/status/random`. */
  code: number | null;
  sleepMs: number;
  /** Weighted choices from `random`, expanded ranges included. */
  random: { code: number; weight: number }[] | null;
  headers: [string, string][];
  location: string | null;
  abort: boolean;
  retryAfter: number | null;
}

export const PARAMETERS = ['sleep', 'random', 'header', 'location', 'abort', 'retry_after'] as const;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible ASCII, space, tab and obs-text (RFC 9110 §5.5); CR, LF, NUL and other controls are refused. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Hop-by-hop fields (RFC 9110 §7.6.1), framing, cookies, CORS and the rate-limit fields the guard owns. */
const REFUSED_HEADERS = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade',
  'content-length', 'set-cookie', 'ratelimit', 'ratelimit-policy',
]);

/** Fields that send a browser elsewhere: only `location=`, which checks the target, may set one. */
const REDIRECTING = new Set(['location', 'refresh']);

export function isRefusedHeader(name: string): boolean {
  const key = name.toLowerCase();
  return REFUSED_HEADERS.has(key) || key.startsWith('access-control-');
}

function parseCode(segment: string): number | null {
  if (segment === 'random') return null;
  if (!/^\d{1,3}$/.test(segment) || Number(segment) < 100)
    throw badParameter('code', `"${segment}" is not a status code`, 'a whole number from 100 to 999, or "random" with the random parameter');
  return Number(segment);
}

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw badParameter(name, `${name} is given ${values.length} times`, `${name} at most once`);
  return values[0] ?? null;
}

function wholeNumber(name: string, raw: string, max: number, unit: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) > max)
    throw badParameter(name, `${name}="${raw}" is not allowed`, `a whole number of ${unit} from 0 to ${max}`);
  return Number(raw);
}

function parseRandom(raw: string): { code: number; weight: number }[] {
  const allowed = 'a comma-separated list of codes (100-999) or ranges (500-504), each optionally weighted with :N (1-100), e.g. 200,201,500-504:3';
  const choices: { code: number; weight: number }[] = [];
  for (const item of raw.split(',')) {
    const match = /^(\d{3})(?:-(\d{3}))?(?::(\d{1,3}))?$/.exec(item.trim());
    const low = Number(match?.[1]);
    const high = Number(match?.[2] ?? match?.[1]);
    const weight = Number(match?.[3] ?? 1);
    if (!match || low < 100 || high < low || weight < 1 || weight > LIMITS.maxWeight)
      throw badParameter('random', `"${item}" in random="${raw}" is not a code, a range or a weighted choice`, allowed);
    for (let code = low; code <= high; code++) choices.push({ code, weight });
    if (choices.length > LIMITS.maxRandomChoices)
      throw badParameter('random', `random="${raw}" expands to more than ${LIMITS.maxRandomChoices} codes`, allowed);
  }
  return choices;
}

function parseHeader(raw: string): [string, string] {
  const colon = raw.indexOf(':');
  const name = colon === -1 ? raw : raw.slice(0, colon);
  const value = colon === -1 ? '' : raw.slice(colon + 1).trim();
  const allowed = 'Name:value, where Name is an HTTP token and the value has no CR, LF, NUL or other control characters';
  if (colon === -1 || !TOKEN.test(name)) throw badParameter('header', `header="${raw}" does not start with a valid field name and a colon`, allowed);
  if (!FIELD_VALUE.test(value)) throw badParameter('header', `the value of header "${name}" contains CR, LF, NUL or another control character`, allowed);
  if (raw.length > LIMITS.maxHeaderLength) throw badParameter('header', `header "${name}" is longer than ${LIMITS.maxHeaderLength} characters`, allowed);
  if (REDIRECTING.has(name.toLowerCase()))
    throw badParameter('header', `header "${name}" is refused: set a redirect target with the location parameter, which allows only paths on this server`, 'any field except Location and Refresh (use location=/path)');
  if (isRefusedHeader(name))
    throw badParameter(
      'header',
      `header "${name}" is refused: it would break the response or the server's limits`,
      'any field except hop-by-hop fields, Content-Length, Transfer-Encoding, Set-Cookie, Access-Control-* and RateLimit*',
    );
  return [name, value];
}

/** A path on this server: "/x", never "//host" or "/\\host" (which browsers read as another host). */
function parseLocation(raw: string): string {
  const allowed = 'a relative path on this server starting with a single "/", such as /status/200';
  const base = new URL('http://status.invalid/');
  let resolved: URL | null = null;
  try {
    resolved = new URL(raw, base);
  } catch {
    // handled below
  }
  if (!raw.startsWith('/') || /^\/[/\\]/.test(raw) || !FIELD_VALUE.test(raw) || raw.length > LIMITS.maxLocationLength || resolved?.origin !== base.origin)
    throw badParameter('location', `location="${raw}" is not a relative path on this server`, allowed);
  return raw;
}

/** `path` is everything after "/status/". */
export function parseStatusQuery(path: string, params: URLSearchParams): StatusQuery {
  for (const name of new Set(params.keys()))
    if (!(PARAMETERS as readonly string[]).includes(name))
      throw badParameter(name, `unknown parameter "${name}"`, `the parameters ${PARAMETERS.join(', ')}`);

  const code = parseCode(path.replace(/\/$/, ''));
  const sleep = single(params, 'sleep');
  const random = single(params, 'random');
  const location = single(params, 'location');
  const abort = single(params, 'abort');
  const retryAfter = single(params, 'retry_after');
  const headers = params.getAll('header');
  if (code === null && random === null) throw badParameter('random', '/status/random needs the random parameter', 'random=200,500-504');
  if (headers.length > LIMITS.maxHeaders) throw badParameter('header', `${headers.length} header parameters`, `at most ${LIMITS.maxHeaders}`);
  if (abort !== null && abort !== '0' && abort !== '1') throw badParameter('abort', `abort="${abort}" is not allowed`, '1 (close the connection without a response) or 0');

  return {
    code,
    sleepMs: sleep === null ? 0 : wholeNumber('sleep', sleep, LIMITS.maxSleepMs, 'milliseconds'),
    random: random === null ? null : parseRandom(random),
    headers: headers.map(parseHeader),
    location: location === null ? null : parseLocation(location),
    abort: abort === '1',
    retryAfter: retryAfter === null ? null : wholeNumber('retry_after', retryAfter, LIMITS.maxRetryAfter, 'seconds'),
  };
}

/** One weighted pick; `roll` is in [0, 1), Math.random() in production. */
export function pickWeighted(choices: { code: number; weight: number }[], roll: number): number {
  const total = choices.reduce((sum, choice) => sum + choice.weight, 0);
  let point = roll * total;
  for (const choice of choices) {
    point -= choice.weight;
    if (point < 0) return choice.code;
  }
  return choices[choices.length - 1]!.code;
}

import { parseAddress, refusalFor } from './address';
import type { CheckerSettings } from './settings';

/** Looks up every address of a host name; injected so tests can play any DNS answer. */
export type Resolver = (hostname: string) => Promise<{ address: string; family: 4 | 6 }[]>;

/** Where to connect: the one address that was checked, so a second DNS answer can never be used. */
export interface Target {
  url: URL;
  address: string;
  family: 4 | 6;
  port: number;
}

export type GuardResult = { ok: true; target: Target } | { ok: false; reason: string };

const defaultPort = (url: URL) => (url.protocol === 'https:' ? 443 : 80);

/** The checks that need no DNS: scheme, credentials, port, length. `raw` is what the user sent. */
export function checkUrlText(raw: string, settings: CheckerSettings): { ok: true; url: URL } | { ok: false; reason: string } {
  if (raw.length > settings.maxUrlLength) return { ok: false, reason: `the URL is ${raw.length} characters long; at most ${settings.maxUrlLength} are allowed` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'this is not an absolute URL (write it with http:// or https://)' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `the scheme ${url.protocol} is refused: only http and https URLs are checked` };
  if (url.username || url.password) return { ok: false, reason: 'URLs with a user name or password are refused: the checker sends no credentials' };
  const port = url.port === '' ? defaultPort(url) : Number(url.port);
  if (!settings.ports.has(port) && !settings.allow.has(`${url.hostname}:${port}`.toLowerCase()))
    return { ok: false, reason: `port ${port} is refused: only ${[...settings.ports].join(' and ')} are checked` };
  return { ok: true, url };
}

/**
 * Decides whether the checker may connect to a URL, resolving its host once and checking
 * every address the name has; a single refused address refuses the URL, since a resolver
 * may hand out any of them. Only `host:port` pairs in URL_CHECKER_ALLOW skip the address check.
 */
export async function guard(raw: string, settings: CheckerSettings, resolve: Resolver): Promise<GuardResult> {
  const text = checkUrlText(raw, settings);
  if (!text.ok) return text;
  const { url } = text;
  const port = url.port === '' ? defaultPort(url) : Number(url.port);
  const allowed = settings.allow.has(`${url.hostname}:${port}`.toLowerCase());

  // The WHATWG parser has already turned 2130706433, 0x7f.1, 0177.0.0.1 and 127.1 into 127.0.0.1.
  const literal = parseAddress(url.hostname);
  let addresses: { address: string; family: 4 | 6 }[];
  if (literal) addresses = [{ address: literal.toString(), family: literal.kind() === 'ipv4' ? 4 : 6 }];
  else {
    try {
      addresses = await resolve(url.hostname);
    } catch {
      return { ok: false, reason: `the host name ${url.hostname} could not be resolved` };
    }
    if (addresses.length === 0) return { ok: false, reason: `the host name ${url.hostname} has no address` };
  }

  if (!allowed)
    for (const { address } of addresses) {
      const parsed = parseAddress(address);
      const reason = parsed ? refusalFor(parsed) : 'an address that could not be read';
      if (reason) return { ok: false, reason: `${url.hostname} ${literal ? 'is' : `resolves to ${address}, which is`} ${reason}; the checker only connects to public addresses` };
    }
  const [first] = addresses;
  return { ok: true, target: { url, address: first!.address, family: first!.family, port } };
}

import ipaddr from 'ipaddr.js';

/**
 * Whether the URL checker may connect to an address. Only public unicast addresses pass:
 * the ranges come from ipaddr.js (RFC 6890 and friends), not from masks written here, and
 * IPv6 forms that carry an IPv4 address inside (mapped, compatible, NAT64, 6to4, Teredo)
 * are judged by the address they carry. See the OWASP SSRF prevention cheat sheet.
 */

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Readable names for ipaddr.js's range labels, for the refusal message. */
const rangeNames: Record<string, string> = {
  unspecified: 'an unspecified address (0.0.0.0/8 or ::)',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (169.254.0.0/16 or fe80::/10, which holds cloud metadata services)',
  loopback: 'a loopback address (this machine)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  private: 'a private address (RFC 1918)',
  reserved: 'a reserved or documentation address',
  uniqueLocal: 'a unique-local address (fc00::/7)',
  deprecatedSiteLocal: 'a site-local address (fec0::/10)',
  discard: 'a discard-only address (100::/64)',
  benchmarking: 'a benchmarking address',
  amt: 'an AMT relay address',
  as112: 'an AS112 address',
  as112v6: 'an AS112 address',
  deprecatedOrchid: 'an ORCHID address',
  orchid2: 'an ORCHIDv2 address',
  droneRemoteIdProtocolEntityTags: 'a DRIP entity tag',
  segmentRouting: 'a segment-routing address',
  rfc6052: 'a local-use NAT64 address (64:ff9b:1::/48)',
};

const ipv4FromParts = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);

/** The IPv4 addresses an IPv6 address carries, with the name of the form, or none. */
export function embeddedIPv4(address: ipaddr.IPv6): { form: string; ipv4: ipaddr.IPv4[] } | undefined {
  const p = address.parts;
  const range = address.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return { form: 'IPv4-mapped', ipv4: [ipv4FromParts(p[6]!, p[7]!)] };
  // IPv4-compatible (::a.b.c.d, deprecated by RFC 4291 §2.5.5.1), but not :: or ::1 themselves.
  if (p.slice(0, 6).every((part) => part === 0) && (p[6] !== 0 || p[7]! > 1)) return { form: 'IPv4-compatible', ipv4: [ipv4FromParts(p[6]!, p[7]!)] };
  // The well-known NAT64 prefix 64:ff9b::/96 (RFC 6052); the local-use 64:ff9b:1::/48 is refused outright.
  if (p[0] === 0x64 && p[1] === 0xff9b && p.slice(2, 6).every((part) => part === 0)) return { form: 'NAT64', ipv4: [ipv4FromParts(p[6]!, p[7]!)] };
  if (range === '6to4') return { form: '6to4', ipv4: [ipv4FromParts(p[1]!, p[2]!)] };
  // Teredo (RFC 4380): the server's address in clear, the client's inverted in the last 32 bits.
  if (range === 'teredo') return { form: 'Teredo', ipv4: [ipv4FromParts(p[2]!, p[3]!), ipv4FromParts(~p[6]! & 0xffff, ~p[7]! & 0xffff)] };
  return undefined;
}

/** Why an address is refused, or undefined when it is a public unicast address. */
export function refusalFor(address: Address): string | undefined {
  if (address.kind() === 'ipv4') {
    const range = address.range();
    return range === 'unicast' ? undefined : rangeNames[range] ?? `a special-purpose address (${range})`;
  }
  const v6 = address as ipaddr.IPv6;
  if (v6.zoneId) return 'an IPv6 address with a zone';
  const embedded = embeddedIPv4(v6);
  if (embedded) {
    for (const ipv4 of embedded.ipv4) {
      const reason = refusalFor(ipv4);
      if (reason) return `an ${embedded.form} IPv6 address that carries ${ipv4.toString()}, ${reason}`;
    }
    return undefined;
  }
  const range = v6.range();
  if (range !== 'unicast') return rangeNames[range] ?? `a special-purpose address (${range})`;
  // Global unicast is 2000::/3; the rest of the space is unassigned.
  if (!v6.match(ipaddr.IPv6.parse('2000::'), 3)) return 'an IPv6 address outside global unicast (2000::/3)';
  return undefined;
}

/** Parses an address as the WHATWG URL parser leaves it: dotted IPv4, or IPv6 with or without brackets. */
export function parseAddress(text: string): Address | undefined {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare);
  if (ipaddr.IPv6.isValid(bare)) return ipaddr.IPv6.parse(bare);
  return undefined;
}

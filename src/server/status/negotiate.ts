/** Picks the body format from Accept (RFC 9110 §12.5.1): Problem Details JSON, HTML or plain text. */

export type BodyFormat = 'application/problem+json' | 'application/json' | 'text/html' | 'text/plain';

/** In order of preference when Accept names several with the same weight. */
const FORMATS: BodyFormat[] = ['application/problem+json', 'application/json', 'text/html', 'text/plain'];

interface Range {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(accept: string): Range[] {
  const ranges: Range[] = [];
  for (const part of accept.split(',')) {
    const [mediaRange = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const [type, subtype] = mediaRange.split('/');
    if (!type || !subtype) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    ranges.push({ type, subtype, q: Number.isFinite(q) ? q : 0 });
  }
  return ranges;
}

/** The weight Accept gives a format, from its most specific matching range, and whether it was named exactly. */
function weigh(format: BodyFormat, ranges: Range[]): { q: number; exact: boolean } {
  const [type, subtype] = format.split('/');
  const exact = ranges.find((r) => r.type === type && r.subtype === subtype);
  if (exact) return { q: exact.q, exact: true };
  const partial = ranges.find((r) => r.type === type && r.subtype === '*') ?? ranges.find((r) => r.type === '*' && r.subtype === '*');
  return { q: partial?.q ?? 0, exact: false };
}

/**
 * The format for a response body. A format named exactly wins over one reached through a wildcard
 * at the same weight, so `*\/*` alone (curl, fetch) and a missing or unmatched Accept give text/plain.
 */
export function negotiate(accept: string | null): BodyFormat {
  if (!accept) return 'text/plain';
  const ranges = parseAccept(accept);
  let best: { format: BodyFormat; q: number; exact: boolean } = { format: 'text/plain', q: 0, exact: false };
  for (const format of FORMATS) {
    const { q, exact } = weigh(format, ranges);
    if (q > best.q || (q === best.q && q > 0 && exact && !best.exact)) best = { format, q, exact };
  }
  return best.q > 0 && best.exact ? best.format : 'text/plain';
}

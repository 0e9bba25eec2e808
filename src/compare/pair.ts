/** Reading and checking a pair of codes from a /compare/?a=…&b=… URL. Pure, so it is unit-tested. */
import { orderPair, pairSlug, type PairMember } from '../lib/pairs';
import { displayNumber } from '../lib/status-class';
import { compareUrl } from '../lib/urls';

export type PairOption = PairMember;

export type PairRequest =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'curated'; url: string }
  | { kind: 'pair'; a: string; b: string };

export function readPair(search: string, options: PairOption[], curated: ReadonlySet<string>): PairRequest {
  const params = new URLSearchParams(search);
  const raw = ['a', 'b'].map((key) => (params.get(key) ?? '').trim().toLowerCase());
  const [rawA, rawB] = raw as [string, string];
  if (rawA === '' && rawB === '') return { kind: 'none' };
  if (rawA === '' || rawB === '') return { kind: 'error', message: 'Choose two codes to compare: the link names only one.' };
  const find = (value: string) => options.find((o) => o.slug === value || (/^\d{1,3}$/.test(value) && o.slug === displayNumber(Number(value))));
  const a = find(rawA);
  const b = find(rawB);
  const unknown = [a ? undefined : rawA, b ? undefined : rawB].filter((v): v is string => v !== undefined);
  if (unknown.length > 0 || !a || !b)
    return { kind: 'error', message: `No status code “${unknown.join('” or “')}” on this site. Pick codes from the lists below.` };
  if (a.slug === b.slug) return { kind: 'error', message: `Both sides are ${a.slug}: choose two different codes.` };
  const [first, second] = orderPair(a, b);
  const slug = pairSlug(first.slug, second.slug);
  if (curated.has(slug)) return { kind: 'curated', url: compareUrl(slug) };
  return { kind: 'pair', a: first.slug, b: second.slug };
}

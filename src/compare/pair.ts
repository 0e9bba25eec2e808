/** Reading and checking a pair of codes from a /compare/?a=…&b=… URL. Pure, so it is unit-tested. */

export interface PairOption {
  slug: string;
  code: number;
}

export type PairRequest =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'curated'; url: string }
  | { kind: 'pair'; a: string; b: string };

/** Orders two entries lower number first, the bare (registered) slug first when numbers tie. */
function ordered(x: PairOption, y: PairOption): [PairOption, PairOption] {
  return x.code < y.code || (x.code === y.code && x.slug.length <= y.slug.length) ? [x, y] : [y, x];
}

export function readPair(search: string, options: PairOption[], curated: ReadonlySet<string>): PairRequest {
  const params = new URLSearchParams(search);
  const raw = ['a', 'b'].map((key) => (params.get(key) ?? '').trim().toLowerCase());
  const [rawA, rawB] = raw as [string, string];
  if (rawA === '' && rawB === '') return { kind: 'none' };
  if (rawA === '' || rawB === '') return { kind: 'error', message: 'Choose two codes to compare: the link names only one.' };
  const find = (value: string) => options.find((o) => o.slug === value || o.slug === value.padStart(3, '0'));
  const a = find(rawA);
  const b = find(rawB);
  const unknown = [a ? undefined : rawA, b ? undefined : rawB].filter((v): v is string => v !== undefined);
  if (unknown.length > 0 || !a || !b)
    return { kind: 'error', message: `No status code “${unknown.join('” or “')}” on this site. Pick codes from the lists below.` };
  if (a.slug === b.slug) return { kind: 'error', message: `Both sides are ${a.slug}: choose two different codes.` };
  const [first, second] = ordered(a, b);
  const slug = `${first.slug}-vs-${second.slug}`;
  if (curated.has(slug)) return { kind: 'curated', url: `/compare/${slug}/` };
  return { kind: 'pair', a: first.slug, b: second.slug };
}

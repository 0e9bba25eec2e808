/**
 * The order and slug of a pair of codes, as in /compare/401-vs-403/. One rule for the curated
 * comparisons, the picker and the quiz. No imports, so browser code can use it.
 */

export interface PairMember {
  slug: string;
  code: number;
}

/**
 * Lower number first. When both share a number (451 and 451-iis), the registered meaning,
 * whose slug is the bare number and so the shortest, comes first.
 */
export function comparePairMembers(x: PairMember, y: PairMember): number {
  return x.code - y.code || x.slug.length - y.slug.length || x.slug.localeCompare(y.slug);
}

/** Whether x belongs on the left of a pair with y. */
export const comesFirst = (x: PairMember, y: PairMember) => comparePairMembers(x, y) < 0;

/** The two members in pair order. */
export function orderPair<T extends PairMember>(x: T, y: T): [T, T] {
  return comesFirst(y, x) ? [y, x] : [x, y];
}

/** The slug of a pair already in order: "401-vs-403". */
export const pairSlug = (a: string, b: string) => `${a}-vs-${b}`;

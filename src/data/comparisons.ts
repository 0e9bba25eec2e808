import { catalogue } from './load';
import { comparisonThemes, type ComparisonTheme } from './comparison-schema';
import type { Comparison } from './validate-comparisons';

export type { Comparison } from './validate-comparisons';

/** Every curated comparison, validated (see catalogue.ts), in theme order. */
export const comparisons: readonly Comparison[] = catalogue.comparisons;

/** The curated comparison of two entries, in either order, if one exists. */
export function findComparison(x: string, y: string): Comparison | undefined {
  return comparisons.find((c) => (c.a === x && c.b === y) || (c.a === y && c.b === x));
}

/** Comparisons that include an entry, for its code page. */
export function comparisonsFor(slug: string): Comparison[] {
  return comparisons.filter((c) => c.a === slug || c.b === slug);
}

export function comparisonsByTheme(): { theme: ComparisonTheme; title: string; items: Comparison[] }[] {
  return (Object.entries(comparisonThemes) as [ComparisonTheme, string][])
    .map(([theme, title]) => ({ theme, title, items: comparisons.filter((c) => c.theme === theme) }))
    .filter((group) => group.items.length > 0);
}

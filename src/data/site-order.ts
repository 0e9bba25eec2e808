import { categoryOrder } from './categories';
import type { CodeEntryData } from './schema';

/** Site order: the class groups by number, then each vendor group in turn (see content/categories.ts). */
export function compareSiteOrder(a: CodeEntryData, b: CodeEntryData): number {
  return (
    categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
    a.code - b.code ||
    a.slug.localeCompare(b.slug)
  );
}

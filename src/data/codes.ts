import { codeModules } from '../../content/codes/index';
import { categoryOrder } from './categories';
import type { CodeEntryData } from './schema';
import { validateEntries } from './validate';

export type CodeEntry = CodeEntryData;

/** Site order: the class groups by number, then each vendor group in turn (see `categories.ts`). */
export function compareSiteOrder(a: CodeEntry, b: CodeEntry): number {
  return (
    categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
    a.code - b.code ||
    a.slug.localeCompare(b.slug)
  );
}

/** Keys of the glob are paths relative to content/codes; errors name the file from the repository root. */
const modulesByFile = Object.fromEntries(
  Object.entries(codeModules).map(([path, mod]) => [path.replace(/^\.\//, 'content/codes/'), mod]),
);

/** Every entry, validated once when the build first imports this module, in site order. */
export const codes: readonly CodeEntry[] = validateEntries(modulesByFile).sort(compareSiteOrder);

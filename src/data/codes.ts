import { codeModules } from '../../content/codes/index';
import { keyedByRepoPath } from './modules';
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

const modulesByFile = keyedByRepoPath(codeModules, 'content/codes');

/** Every entry, validated once when the build first imports this module, in site order. */
export const codes: readonly CodeEntry[] = validateEntries(modulesByFile).sort(compareSiteOrder);

import type { Category } from './define-categories';
import type { DataProblem } from './problems';

/** A hand-picked list of slugs somewhere in the site's settings (popular codes, featured comparisons...). */
export interface SlugList {
  /** Where the list is written, for the message: "src/consts.ts". */
  file: string;
  name: string;
  slugs: readonly string[];
  /** What the slugs must name. */
  of: 'code' | 'comparison';
}

/**
 * Checks that every slug in the site's hand-picked lists still names an entry or a comparison,
 * so a renamed slug fails the build instead of silently dropping out of the home page, and
 * that each category's key and slug agree.
 */
export function checkLists(
  lists: readonly SlugList[],
  known: { code: ReadonlySet<string>; comparison: ReadonlySet<string> },
  categories: Record<string, Category>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const list of lists)
    list.slugs.forEach((slug, i) => {
      if (!known[list.of].has(slug))
        problems.push({ file: list.file, slug: undefined, field: `${list.name}[${i}]`, message: `"${slug}" is not the slug of any ${list.of === 'code' ? 'entry' : 'comparison'}` });
    });
  for (const [key, category] of Object.entries(categories))
    if (category.slug !== key)
      problems.push({ file: 'content/categories.ts', slug: key, field: 'slug', message: `is "${category.slug}" but the group's key is "${key}"; they must match` });
  return problems;
}

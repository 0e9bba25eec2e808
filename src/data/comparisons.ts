import { comparisonModules } from '../../content/comparisons/index';
import { defaultExport, keyedByRepoPath } from './modules';
import { codes, type CodeEntry } from './codes';
import { comparisonSchema, comparisonThemes, type ComparisonData, type ComparisonTheme } from './comparison-schema';
import { DataValidationError, type DataProblem } from './validate';

export interface Comparison extends ComparisonData {
  slug: string;
  entryA: CodeEntry;
  entryB: CodeEntry;
}

/** The URL slug of a pair: lower number first, as in /compare/401-vs-403/. */
export const pairSlug = (a: string, b: string) => `${a}-vs-${b}`;

/** Whether a comes first in a pair: the lower number, or the bare (registered) slug when the numbers are equal. */
export function comesFirst(a: CodeEntry, b: CodeEntry): boolean {
  return a.code < b.code || (a.code === b.code && a.slug.length < b.slug.length);
}

/** Parses every comparison and checks both entries exist, their order, the file name and that no pair repeats. */
export function validateComparisons(modules: Record<string, unknown>, entries: readonly CodeEntry[]): Comparison[] {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const problems: DataProblem[] = [];
  const seen = new Map<string, string>();
  const comparisons: Comparison[] = [];

  for (const [file, value] of Object.entries(modules)) {
    const raw = defaultExport(value);
    const result = comparisonSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, slug: undefined, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    const data = result.data;
    const slug = pairSlug(data.a, data.b);
    const add = (field: string, message: string) => problems.push({ file, slug, field, message });
    const entryA = bySlug.get(data.a);
    const entryB = bySlug.get(data.b);
    if (!entryA) add('a', `"${data.a}" is not the slug of any entry`);
    if (!entryB) add('b', `"${data.b}" is not the slug of any entry`);
    if (!entryA || !entryB) continue;
    if (data.a === data.b) add('b', 'must differ from a');
    else if (!comesFirst(entryA, entryB)) add('a', `must be the lower code: write the pair as ${pairSlug(data.b, data.a)}`);
    if (!file.endsWith(`/${slug}.ts`)) add('(file)', `must be named ${slug}.ts`);
    const key = [data.a, data.b].sort().join(' ');
    const first = seen.get(key);
    if (first) add('(pair)', `compares the same two codes as ${first}`);
    else seen.set(key, file);
    comparisons.push({ ...data, slug, entryA, entryB });
  }
  if (problems.length > 0) throw new DataValidationError(problems);
  const themeOrder = Object.keys(comparisonThemes);
  return comparisons.sort(
    (x, y) => themeOrder.indexOf(x.theme) - themeOrder.indexOf(y.theme) || x.entryA.code - y.entryA.code || x.entryB.code - y.entryB.code,
  );
}

const modulesByFile = keyedByRepoPath(comparisonModules, 'content/comparisons');

export const comparisons: readonly Comparison[] = validateComparisons(modulesByFile, codes);

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

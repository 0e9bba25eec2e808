import { comesFirst, pairSlug } from '../lib/pairs';
import { comparisonSchema, comparisonThemes } from './comparison-schema';
import { parseModule, rawString, problemCollector, type DataProblem } from './problems';
import type { CodeEntryData } from './schema';
import type { ComparisonData } from './comparison-schema';

export interface Comparison extends ComparisonData {
  slug: string;
  entryA: CodeEntryData;
  entryB: CodeEntryData;
}

/** "401-vs-403" from a comparison that may not parse, when both sides are strings. */
function rawPairSlug(raw: unknown): string | undefined {
  const [a, b] = [rawString(raw, 'a'), rawString(raw, 'b')];
  return a !== undefined && b !== undefined ? pairSlug(a, b) : undefined;
}

/** Parses every comparison and checks that both entries exist, their order, the file name and that no pair repeats. */
export function checkComparisons(
  modules: Record<string, unknown>,
  entries: readonly CodeEntryData[],
): { comparisons: Comparison[]; problems: DataProblem[] } {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const problems: DataProblem[] = [];
  const seen = new Map<string, string>();
  const comparisons: Comparison[] = [];

  for (const [file, module] of Object.entries(modules)) {
    const result = parseModule(comparisonSchema, file, module, rawPairSlug);
    problems.push(...result.problems);
    if (result.data === undefined) continue;
    const data = result.data;
    const slug = pairSlug(data.a, data.b);
    const { problems: own, add } = problemCollector(file, slug);
    const entryA = bySlug.get(data.a);
    const entryB = bySlug.get(data.b);
    if (!entryA) add('a', `"${data.a}" is not the slug of any entry`);
    if (!entryB) add('b', `"${data.b}" is not the slug of any entry`);
    if (entryA && entryB) {
      if (data.a === data.b) add('b', 'must differ from a');
      else if (!comesFirst(entryA, entryB)) add('a', `must be the lower code: write the pair as ${pairSlug(data.b, data.a)}`);
      if (!file.endsWith(`/${slug}.ts`)) add('(file)', `must be named ${slug}.ts`);
      const key = [data.a, data.b].sort().join(' ');
      const first = seen.get(key);
      if (first) add('(pair)', `compares the same two codes as ${first}`);
      else seen.set(key, file);
      if (own.length === 0) comparisons.push({ ...data, slug, entryA, entryB });
    }
    problems.push(...own);
  }
  const themeOrder = Object.keys(comparisonThemes);
  comparisons.sort(
    (x, y) => themeOrder.indexOf(x.theme) - themeOrder.indexOf(y.theme) || x.entryA.code - y.entryA.code || x.entryB.code - y.entryB.code,
  );
  return { comparisons, problems };
}

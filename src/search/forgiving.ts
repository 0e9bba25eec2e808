/**
 * Search that forgives the ways people really type, on top of any engine with Pagefind's
 * search API (so the unit tests can drive it with a fake one):
 * 1. spelling: a word that is in neither the vocabulary nor the index is corrected (./spelling.ts);
 * 2. the synonym table turns a form the catalogue does not use into its own word (./equivalents.ts);
 * 3. the whole query is searched, as Pagefind always did; a short query that finds enough stops here;
 * 4. a question, or a query that finds fewer than three pages, is searched again without its
 *    filler words, then by its best subsets of key words, and the rankings are merged: pages
 *    that match more, and more specific, key words first; a code number in the query puts that
 *    code's own pages first; other pages (comparisons, categories) yield to code pages.
 */
import { identifierWords, isIdentifier, queryUnits, queryWords } from './equivalents';
import { fillerWords } from './filler-words';
import { correctWords, mayNeedCorrection, plainWord, type Lexicon } from './spelling';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface EngineResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface Engine {
  /** Null when a newer search superseded this one (Pagefind's debounce). */
  search(term: string, filters: Record<string, string>): Promise<EngineResult[] | null>;
}

export interface Knowledge {
  lexicon: Lexicon;
  /** Words of the catalogue's names: never filler, even "is" (Web Server Is Down) or "page" (Page Expired). */
  catalogueWords: ReadonlySet<string>;
  /** The synonym table's forms that the names use (see queryUnits). */
  catalogueForms: ReadonlySet<string>;
  /** Every code number the site has a page for, three digits. */
  numbers: ReadonlySet<string>;
}

export interface Outcome {
  results: ResultData[];
  /** The query as searched, when spelling correction changed it. */
  correctedQuery?: string;
}

/** How a merged ranking is weighed; chosen against the query table in tests/e2e/search.spec.ts. */
export const merging = {
  /** Fewer results than this from the whole query, and the key words are searched again. */
  enough: 3,
  /** At most this many key words are combined into subsets (the most specific ones). */
  maxKeyWords: 6,
  /** How much the share of key words a search covered counts against the pages' scores in it (0: not at all, 1: fully). */
  coverageExponent: 0.5,
  /** Pages that are not a code's own page (comparisons, categories) keep this share of their merged score. */
  otherPages: 0.8,
} as const;

type Unit = string[];
const term = (units: readonly Unit[]) => units.map((unit) => unit.join(' ')).join(' ');

/**
 * Runs one query the forgiving way and loads the data of the first `limit` results.
 * `literal` skips spelling correction (the reader asked for their own words). Null when a
 * newer search superseded this one.
 */
export async function forgivingSearch(
  query: string,
  engine: Engine,
  knowledge: Knowledge,
  options: { filters?: Record<string, string>; limit?: number; literal?: boolean } = {},
): Promise<Outcome | null> {
  const filters = options.filters ?? {};
  const limit = options.limit ?? 10;
  const typed = queryWords(query);
  if (typed.length === 0) return { results: [] };

  // Ask the index, with exact (quoted) searches, about the words that may need correcting and
  // about identifiers: one it does not know (SC_NOT_FOUND) is searched by its words.
  const unsure = [...new Set(typed.filter((word) => isIdentifier(word) || (!options.literal && mayNeedCorrection(word, knowledge.lexicon))))];
  // Meanwhile the words as typed are searched, for the usual case where nothing changes.
  const asTypedUnits = queryUnits(typed, knowledge.catalogueForms);
  const asTyped = engine.search(term(asTypedUnits), filters);
  asTyped.catch(() => undefined); // awaited below only when used; its failure surfaces there
  const answers = await Promise.all(unsure.map((word) => engine.search(`"${isIdentifier(word) ? word : plainWord(word)}"`, {})));
  if (answers.some((answer) => answer === null)) return null;
  const indexed = new Set(unsure.filter((_, i) => (answers[i]?.length ?? 0) > 0));

  let words = typed.flatMap((word) => (isIdentifier(word) && !indexed.has(word) ? knownParts(word, knowledge) : [word]));
  let correctedQuery: string | undefined;
  if (!options.literal) {
    const correction = correctWords(words, knowledge.lexicon, (word) => indexed.has(word));
    if (correction.changed) {
      words = correction.words;
      correctedQuery = words.join(' ');
    }
  }

  const units = queryUnits(words, knowledge.catalogueForms);
  const whole = await (term(units) === term(asTypedUnits) ? asTyped : engine.search(term(units), filters));
  if (whole === null) return null;
  const isFiller = (unit: Unit) => unit.length === 1 && fillerWords.has(plainWord(unit[0]!)) && !knowledge.catalogueWords.has(plainWord(unit[0]!));
  const keyUnits = units.filter((unit) => !isFiller(unit));
  const questionLike = keyUnits.length > 0 && keyUnits.length < units.length;
  if (units.length === 1 || keyUnits.length === 0 || (whole.length >= merging.enough && !questionLike)) {
    return { results: await Promise.all(whole.slice(0, limit).map((result) => result.data())), correctedQuery };
  }

  const merged = await mergedRanking(keyUnits, whole, engine, filters);
  if (merged === null) return null;
  const numbers = units.map((unit) => unit.join(' ')).filter((word) => knowledge.numbers.has(word));
  return { results: await finalOrder(merged, numbers, limit), correctedQuery };
}

/** The words of an identifier the index lacks that the catalogue knows: SC_NOT_FOUND is "not found". */
function knownParts(identifier: string, knowledge: Knowledge): string[] {
  const parts = identifierWords(identifier).toLowerCase().split(' ');
  const known = parts.filter((part) => knowledge.catalogueWords.has(part));
  return known.length > 0 ? known : parts;
}

interface Candidate {
  result: EngineResult;
  score: number;
}

/**
 * Searches the key words and their subsets and merges the rankings. A page's credit from one
 * search is its Pagefind score there as a share of the best score each of those words gets on
 * its own (so searches of different words compare, and a match in a name, weighted high, beats
 * a passing mention), times the share of the query's key words that search covered, each key
 * word weighed by how specific it is (found on fewer pages). A page keeps its best credit.
 */
async function mergedRanking(
  keyUnits: Unit[],
  whole: EngineResult[],
  engine: Engine,
  filters: Record<string, string>,
): Promise<Map<string, Candidate> | null> {
  const singles = await Promise.all(keyUnits.map((unit) => engine.search(term([unit]), filters)));
  if (singles.some((s) => s === null)) return null;
  const weighed = keyUnits
    .map((unit, i) => {
      const results = singles[i]!;
      const weight = results.length === 0 ? 0 : 1 / Math.log2(2 + results.length);
      return { unit, results, weight, best: Math.max(0, ...results.map((r) => r.score)) };
    })
    .filter((k) => k.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, merging.maxKeyWords);
  const total = weighed.reduce((sum, k) => sum + k.weight, 0);
  const merged = new Map<string, Candidate>();
  if (total === 0) {
    for (const result of whole) merged.set(result.id, { result, score: result.score });
    return merged;
  }

  const credit = (results: EngineResult[], chosen: typeof weighed) => {
    const coverage = chosen.reduce((sum, k) => sum + k.weight, 0) / total;
    const best = chosen.reduce((sum, k) => sum + k.best, 0) || 1;
    for (const result of results) {
      const score = coverage ** merging.coverageExponent * (result.score / best);
      const seen = merged.get(result.id);
      if (!seen || seen.score < score) merged.set(result.id, { result, score });
    }
  };
  // The whole query matched every word, filler included.
  credit(whole, weighed);

  // Subsets of the key words from the largest down; below the first size that finds enough
  // pages only the single words, already searched, are credited.
  const bySize = subsets(weighed.length);
  let searching = true;
  for (let size = weighed.length; size >= 1; size--) {
    if (size > 1 && !searching) continue;
    const level = bySize.filter((s) => s.length === size);
    const answers =
      size === 1 ? level.map(([i]) => weighed[i!]!.results) : await Promise.all(level.map((s) => engine.search(term(s.map((i) => weighed[i]!.unit)), filters)));
    if (answers.some((a) => a === null)) return null;
    level.forEach((s, n) => credit(answers[n]!, s.map((i) => weighed[i]!)));
    if (merged.size >= merging.enough && size < weighed.length) searching = false;
  }
  return merged;
}

/** Every non-empty subset of 0..n-1, as index lists, largest first. */
export function subsets(n: number): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) out.push([...Array(n).keys()].filter((i) => mask & (1 << i)));
  return out.sort((a, b) => b.length - a.length);
}

/**
 * Loads the best candidates' data and orders them: the own pages of a code number in the
 * query first, then code pages and other pages by merged score, other pages weighed down.
 */
async function finalOrder(merged: Map<string, Candidate>, numbers: string[], limit: number): Promise<ResultData[]> {
  const ranked = [...merged.values()].sort((a, b) => b.score - a.score);
  // The own pages of a queried number may sit lower in the merge: look a little further for them.
  const pool = ranked.slice(0, limit + (numbers.length > 0 ? 10 : 5));
  const loaded = await Promise.all(pool.map(async (c) => ({ ...c, data: await c.result.data() })));
  const isCodePage = (d: ResultData) => d.meta.kind === 'Status code';
  const rank = (c: (typeof loaded)[number]) => {
    const own = isCodePage(c.data) && numbers.includes(c.data.meta.code ?? '');
    return (own ? 10 : 0) + c.score * (isCodePage(c.data) ? 1 : merging.otherPages);
  };
  return loaded
    .sort((a, b) => rank(b) - rank(a))
    .slice(0, limit)
    .map((c) => c.data);
}

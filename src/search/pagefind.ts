/**
 * Browser-side access to the Pagefind index (https://pagefind.app/docs/api/), loaded only when
 * the reader first searches. The index exists only in a production build.
 */

/*
 * Ranking (https://pagefind.app/docs/ranking/), chosen against the query table in
 * tests/e2e/search.spec.ts, which uses the same file:
 * - pageLength 0: no bonus for short pages. Comparison pages are short and name both codes,
 *   so with length normalisation they outrank the code pages for a bare number.
 * - termSaturation 2: a page that repeats its own number and name keeps gaining from it,
 *   which favours the code's own page over pages that mention it in passing.
 * - termFrequency 1 (default) and termSimilarity 2: exact words beat near matches, so
 *   "timeout" ranks 408/504/524 above pages that only say "time".
 */
import { searchVocabularyUrl } from '../lib/urls';
import { synonymWords } from './equivalents';
import { fillerWords } from './filler-words';
import { forgivingSearch, type Engine, type Knowledge } from './forgiving';
import ranking from './ranking.json';
import { lexicon } from './spelling';
import { parseVocabulary, type SearchData } from './vocabulary';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string | string[]> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindApi> | undefined;
let knowing: Promise<Knowledge & Pick<SearchData, 'filters'>> | undefined;
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super('Search is not available here: its index is built with the site (npm run build, then npm run preview).', { cause });
    this.name = 'SearchUnavailableError';
  }
}

/** Imports Pagefind once, with ranking tuned for a reference whose pages are each about one code. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    try {
      const url = `${base}/pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await pagefind.options({ ranking });
      await pagefind.init();
      return pagefind;
    } catch (error) {
      loading = undefined;
      throw new SearchUnavailableError(error);
    }
  })();
  return loading;
}

/** The vocabulary for spelling and synonyms, fetched once beside Pagefind. */
function loadKnowledge(): Promise<Knowledge & Pick<SearchData, 'filters'>> {
  knowing ??= (async () => {
    try {
      const response = await fetch(`${base}${searchVocabularyUrl}`);
      if (!response.ok) throw new Error(`${searchVocabularyUrl} answered ${response.status}`);
      const vocabulary = parseVocabulary(await response.json(), 'vocabulary');
      return {
        // Catalogue words first (most used first), then the synonym table's, then filler words.
        lexicon: lexicon([...vocabulary.words, ...synonymWords(), ...fillerWords]),
        catalogueWords: new Set(vocabulary.words),
        catalogueForms: new Set(vocabulary.forms),
        numbers: new Set(vocabulary.numbers),
        filters: vocabulary.filters,
      };
    } catch (error) {
      knowing = undefined;
      throw new SearchUnavailableError(error);
    }
  })();
  return knowing;
}

/** Every code number the site has a page for (from the vocabulary), for "number + Enter". */
export async function knownCodeNumbers(): Promise<ReadonlySet<string>> {
  return (await loadKnowledge()).numbers;
}

/** The class and category filter values, in site order (from the vocabulary file). */
export async function filterValues(): Promise<SearchData['filters']> {
  return (await loadKnowledge()).filters;
}

export interface SearchHit {
  url: string;
  /** The code number for code pages, else undefined (category and comparison pages). */
  code?: string;
  title: string;
  /** Who uses the code, for unofficial codes. */
  vendor?: string;
  summary: string;
  kind: string;
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** The query as searched, when spelling correction changed the reader's words. */
  correctedQuery?: string;
}

/**
 * Runs a query the forgiving way (./forgiving.ts) and loads the first results' data; filters
 * narrow by class and category; `literal` searches the reader's words without correcting them.
 * Null when a newer query superseded this one.
 */
export async function searchSite(
  query: string,
  filters: Record<string, string> = {},
  options: { limit?: number; literal?: boolean } = {},
): Promise<SearchAnswer | null> {
  const [pagefind, knowledge] = await Promise.all([loadPagefind(), loadKnowledge()]);
  const engine: Engine = {
    search: async (term, termFilters) => (await pagefind.search(term, { filters: termFilters }))?.results ?? null,
  };
  const outcome = await forgivingSearch(query, engine, knowledge, { filters, ...options });
  if (!outcome) return null;
  return {
    correctedQuery: outcome.correctedQuery,
    hits: outcome.results.map((d) => ({
      url: d.url,
      code: d.meta.code,
      title: d.meta.title ?? d.url,
      vendor: d.meta.vendor,
      summary: d.meta.summary ?? d.excerpt.replace(/<[^>]+>/g, ''),
      kind: d.meta.kind ?? 'page',
    })),
  };
}

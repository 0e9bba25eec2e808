/**
 * The search vocabulary: the words of the catalogue's names, former names, library constants,
 * categories and vendors, built at build time (src/pages/search/vocabulary.json.ts) and fetched
 * with the search code. Spelling correction picks from it, and the synonym table asks it
 * whether a form is the catalogue's own wording.
 */
import { arrayOf, object, string } from '../lib/shape';
import { normalise, ownForms } from './equivalents';
export { identifierWords } from './equivalents';

export interface SearchVocabulary {
  /** Lowercase words, most used first. */
  words: string[];
  /** Every code number the site has a page for, three digits ("000", "451"). */
  numbers: string[];
  /** The synonym table's forms that the names use ("timed out", "upload"), searched as typed. */
  forms: string[];
}

/** What the search vocabulary file holds: the vocabulary, and the filter values for the header dialog. */
export interface SearchData extends SearchVocabulary {
  /** Filter values in site order (src/search/filter-values.ts). */
  filters: { class: string[]; category: string[] };
}

/** Counts each word of the texts (lowercase, letters only) and lists them by use, ties alphabetically. */
export function buildVocabulary(texts: readonly string[], numbers: Iterable<string>): SearchVocabulary {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of normalise(text).split(' '))
      if (/^\p{L}[\p{L}']*$/u.test(word) && word.length > 1) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([word]) => word);
  return { words, numbers: [...new Set(numbers)].sort(), forms: ownForms(texts) };
}

/** Checks the fetched file, so a stale or broken one fails with a message naming the field. */
export const parseVocabulary = object<SearchData>({
  words: arrayOf(string),
  numbers: arrayOf(string),
  forms: arrayOf(string),
  filters: object({ class: arrayOf(string), category: arrayOf(string) }),
});

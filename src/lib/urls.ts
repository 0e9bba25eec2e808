import type { CategorySlug } from '../data/schema';

/**
 * Every internal URL is built here, so the stable URL scheme lives in one place. Only type
 * imports above: browser code (search, quiz, the compare picker) builds its links here too.
 */
export const codeUrl = (entry: { slug: string }) => `/codes/${entry.slug}/`;
export const categoryUrl = (slug: CategorySlug) => `/categories/${slug}/`;
export const codeJsonUrl = (entry: { slug: string }) => `/api/codes/${encodeURIComponent(entry.slug)}.json`;
/** A curated comparison's page, from its pair slug ("401-vs-403"). */
export const compareUrl = (pairSlug: string) => `/compare/${pairSlug}/`;
/** The picker's page for any two codes, in pair order. */
export const comparePickerUrl = (a: string, b: string) => `/compare/?${new URLSearchParams({ a, b })}`;
export const compareIndexUrl = '/compare/';
export const searchUrl = (query: string) => `/search/?${new URLSearchParams({ q: query })}`;
export const quizDataUrl = '/quiz/data.json';
/** The search vocabulary, fetched with the search code (src/search/vocabulary.ts). */
export const searchVocabularyUrl = '/search/vocabulary.json';

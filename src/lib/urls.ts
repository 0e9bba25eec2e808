import type { CategorySlug } from '../data/schema';

/**
 * Every internal URL is built here, so the stable URL scheme lives in one place. Only type
 * imports above: browser code (search, quiz, the compare picker) builds its links here too.
 */
export const codeUrl = (entry: { slug: string }) => `/codes/${entry.slug}/`;
/** Every snippet of an entry on one page; the code page itself shows one stack per group. */
export const codeSnippetsUrl = (entry: { slug: string }) => `/codes/${entry.slug}/snippets/`;
export const categoryUrl = (slug: CategorySlug) => `/categories/${slug}/`;
export const codeJsonUrl = (entry: { slug: string }) => `/api/codes/${encodeURIComponent(entry.slug)}.json`;
/** A curated comparison's page, from its pair slug ("401-vs-403"). */
export const compareUrl = (pairSlug: string) => `/compare/${pairSlug}/`;
/** The picker's page for any two codes, in pair order. */
export const comparePickerUrl = (a: string, b: string) => `/compare/?${new URLSearchParams({ a, b })}`;
export const compareIndexUrl = '/compare/';
export const searchUrl = (query: string) => `/search/?${new URLSearchParams({ q: query })}`;
export const quizDataUrl = '/quiz/data.json';
/** The API playground, set to send this code. */
export const playgroundUrl = (code: number) => `/playground/?code=${code}`;
/** The decision guide: its first question, one page per later step, and the whole tree on one page. */
export const guideUrl = '/which-status-code/';
export const guideStepUrl = (id: string) => `/which-status-code/${id}/`;
export const guideOverviewUrl = '/which-status-code/overview/';
export const blogUrl = '/blog/';
export const postUrl = (post: { id: string }) => `/blog/${post.id}/`;
/** A post's image, for its structured data (src/pages/blog/[slug]/card.png.ts). */
export const postImageUrl = (post: { id: string }) => `${postUrl(post)}card.png`;
export const blogTagUrl = (tag: string) => `/blog/tags/${tag}/`;
export const rssUrl = '/blog/rss.xml';
/** The search vocabulary, fetched with the search code (src/search/vocabulary.ts). */
export const searchVocabularyUrl = '/search/vocabulary.json';

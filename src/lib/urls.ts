import type { CategorySlug } from '../data/schema';

/** Every internal URL is built here, so the stable URL scheme (DESIGN.md) lives in one place. */
export const codeUrl = (entry: { slug: string }) => `/codes/${entry.slug}/`;
/** Every snippet of an entry on one page; the code page itself shows one stack per group. */
export const codeSnippetsUrl = (entry: { slug: string }) => `/codes/${entry.slug}/snippets/`;
export const categoryUrl = (slug: CategorySlug) => `/categories/${slug}/`;
export const codeJsonUrl = (entry: { slug: string }) => `/api/codes/${entry.slug}.json`;
export const compareUrl = (pairSlug: string) => `/compare/${pairSlug}/`;

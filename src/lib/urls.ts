import type { CategorySlug } from '../data/schema';

/** Every internal URL is built here, so the stable URL scheme (DESIGN.md) lives in one place. */
export const codeUrl = (entry: { slug: string }) => `/codes/${entry.slug}/`;
export const categoryUrl = (slug: CategorySlug) => `/categories/${slug}/`;
export const codeJsonUrl = (entry: { slug: string }) => `/api/codes/${entry.slug}.json`;
export const compareUrl = (pairSlug: string) => `/compare/${pairSlug}/`;
export const blogUrl = '/blog/';
export const postUrl = (post: { id: string }) => `/blog/${post.id}/`;
export const blogTagUrl = (tag: string) => `/blog/tags/${tag}/`;
export const rssUrl = '/blog/rss.xml';

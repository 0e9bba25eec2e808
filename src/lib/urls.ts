import type { CategorySlug } from '../data/schema';

/** Every internal URL is built here, so the stable URL scheme (DESIGN.md) lives in one place. */
export const codeUrl = (entry: { slug: string }) => `/codes/${entry.slug}/`;
export const categoryUrl = (slug: CategorySlug) => `/categories/${slug}/`;
export const codeJsonUrl = (entry: { slug: string }) => `/api/codes/${entry.slug}.json`;
export const compareUrl = (pairSlug: string) => `/compare/${pairSlug}/`;
/** The picker's page for any two codes, for pairs with no curated comparison. */
export const comparePickerUrl = (a: string, b: string) => `/compare/?${new URLSearchParams({ a, b })}`;
/** The decision guide: its first question, one page per later step, and the whole tree on one page. */
export const guideUrl = '/which-status-code/';
export const guideStepUrl = (id: string) => `/which-status-code/${id}/`;
export const guideOverviewUrl = '/which-status-code/overview/';

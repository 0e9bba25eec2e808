/**
 * Pure functions over blog posts: ordering, drafts, neighbours, tags, backlinks to codes and
 * reading time. The pages get the posts from `collection.ts` and hand them to these.
 */

/** The part of a post these functions need (an Astro collection entry has it). */
export interface PostLike {
  id: string;
  body?: string;
  data: { title: string; published: Date; tags: string[]; codes: string[]; draft: boolean };
}

/** Newest first; posts of the same day in title order, so the order never depends on the file system. */
export function newestFirst<P extends PostLike>(posts: readonly P[]): P[] {
  return [...posts].sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title));
}

/** Drafts are built only in development (`astro dev`), never in a production build. */
export function visible<P extends PostLike>(posts: readonly P[], { includeDrafts }: { includeDrafts: boolean }): P[] {
  return newestFirst(posts.filter((post) => includeDrafts || !post.data.draft));
}

/** In a newest-first list: `older` is the post published before this one, `newer` the one after. */
export function postNeighbours<P extends PostLike>(posts: readonly P[], id: string): { older?: P; newer?: P } {
  const index = posts.findIndex((post) => post.id === id);
  if (index === -1) throw new Error(`No post has the id "${id}"`);
  return { older: posts[index + 1], newer: index > 0 ? posts[index - 1] : undefined };
}

/** Every tag with its posts, tags in alphabetical order, each tag's posts in the order given. */
export function postsByTag<P extends PostLike>(posts: readonly P[]): Map<string, P[]> {
  const tags = [...new Set(posts.flatMap((post) => post.data.tags))].sort();
  return new Map(tags.map((tag) => [tag, posts.filter((post) => post.data.tags.includes(tag))]));
}

/** The posts whose front matter lists this code: the "Articles about this code" on its page. */
export function postsAboutCode<P extends PostLike>(posts: readonly P[], slug: string): P[] {
  return posts.filter((post) => post.data.codes.includes(slug));
}

const WORDS_PER_MINUTE = 230;

/**
 * Minutes to read the prose of an MDX body: import lines, JSX tags and code blocks are left out
 * (a reader skims code, and components render text counted elsewhere).
 */
export function readingMinutes(body: string): number {
  const prose = body
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "5 December 2026": the day as written in the front matter, whatever the build machine's time zone. */
export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "2026-12-05", for <time datetime> and structured data. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

import { getCollection, type CollectionEntry } from 'astro:content';
import { visible } from './posts';

export type Post = CollectionEntry<'blog'>;

/** The posts to build, newest first: drafts only in development. */
export async function getPosts(): Promise<Post[]> {
  return visible(await getCollection('blog'), { includeDrafts: import.meta.env.DEV });
}

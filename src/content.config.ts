import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { postSchema } from './blog/schema';
import { codes } from './data/codes';

/** Blog posts: one MDX file per post in content/blog/, its file name the URL slug (/blog/<slug>/). */
const blog = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/blog' }),
  schema: postSchema(new Set(codes.map((entry) => entry.slug))),
});

export const collections = { blog };

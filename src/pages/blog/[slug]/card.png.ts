import type { APIRoute, GetStaticPaths } from 'astro';
import { postCardPng } from '../../../blog/card-image';
import { getPosts, type Post } from '../../../blog/collection';
import { requireCode } from '../../../data/queries';

/** Each post's image (its BlogPosting `image`), drawn at build time; see src/blog/card-image.ts. */
export const getStaticPaths = (async () => (await getPosts()).map((post) => ({ params: { slug: post.id }, props: { post } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props: { post } }) => {
  const codes = [...new Set(post.data.codes.map((slug) => String(requireCode(slug).code)))];
  const png = await postCardPng({ title: post.data.title, codes });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

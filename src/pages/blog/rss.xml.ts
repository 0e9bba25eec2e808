import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getPosts } from '../../blog/collection';
import { feedContent } from '../../blog/feed';
import { mdxComponents } from '../../components/mdx';
import { SITE } from '../../consts';
import { blogUrl, postUrl } from '../../lib/urls';

/**
 * The blog as RSS 2.0 with each post's full content, rendered with Astro's container API
 * (https://docs.astro.build/en/recipes/rss/#including-full-post-content).
 */
export async function GET(context: APIContext) {
  const site = (context.site ?? new URL(SITE.url)).href;
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const posts = await getPosts();
  const items = await Promise.all(
    posts.map(async (post) => {
      const { Content } = await render(post);
      const html = await container.renderToString(Content, { props: { components: mdxComponents } });
      return {
        title: post.data.title,
        link: postUrl(post),
        pubDate: post.data.published,
        description: post.data.description,
        categories: post.data.tags,
        content: feedContent(html, new URL(postUrl(post), site).href),
      };
    }),
  );
  return rss({
    title: `${SITE.name} blog`,
    description: 'Long-form guides to HTTP status codes for working developers.',
    site: new URL(blogUrl, site).href,
    items,
    customData: `<language>${SITE.locale}</language>`,
    trailingSlash: true,
  });
}

import { SITE } from '../consts';
import { isoDay } from './posts';

/**
 * schema.org BlogPosting for a post page (https://schema.org/BlogPosting), with the properties
 * Google's Article documentation recommends: headline, image, dates, author
 * (https://developers.google.com/search/docs/appearance/structured-data/article). The image is
 * the post's own card, drawn at build time from its title and codes (src/blog/card-image.ts).
 */
export function blogPosting(post: { title: string; description: string; url: string; image: string; published: Date; updated?: Date; tags: string[] }) {
  const url = new URL(post.url, SITE.url).href;
  const site = { '@type': 'Organization', name: SITE.name, url: SITE.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    image: [new URL(post.image, SITE.url).href],
    datePublished: isoDay(post.published),
    dateModified: isoDay(post.updated ?? post.published),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    author: site,
    publisher: site,
    keywords: post.tags.join(', '),
    inLanguage: SITE.locale,
  };
}

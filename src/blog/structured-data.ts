import { SITE } from '../consts';
import { isoDay } from './posts';

/**
 * schema.org BlogPosting for a post page (https://schema.org/BlogPosting), with the properties
 * Google's Article documentation recommends that the site can supply: headline, dates, author
 * (https://developers.google.com/search/docs/appearance/structured-data/article). The site has
 * no images, so `image` is left out rather than pointed at something that is not the post's.
 */
export function blogPosting(post: { title: string; description: string; url: string; published: Date; updated?: Date; tags: string[] }) {
  const url = new URL(post.url, SITE.url).href;
  const site = { '@type': 'Organization', name: SITE.name, url: SITE.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
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

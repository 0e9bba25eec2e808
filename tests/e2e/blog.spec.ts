import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { axeViolationsInBothThemes } from './support/axe';
import { test as sharedPageTest } from './support/shared-page';

const SITE = 'https://siteerror.com';
const posts = {
  redirects: '/blog/five-redirects-one-table/',
  loginTimeout: '/blog/440-login-timeout-outlook-on-the-web/',
  cloudflare: '/blog/cloudflare-52x-errors-from-the-origin-side/',
};

/** Every post on the blog index, in page order: its URL and its published day. */
async function listedPosts(page: Page) {
  await page.goto('/blog/');
  return page.locator('main li.card').evaluateAll((cards) =>
    cards.map((card) => ({
      url: card.querySelector('h2 a')!.getAttribute('href')!,
      published: card.querySelector('time')!.getAttribute('datetime')!,
    })),
  );
}

test('the blog index lists every post newest first, with date, reading time, tags and description', async ({ page }) => {
  const listed = await listedPosts(page);
  expect(listed.length).toBeGreaterThanOrEqual(6);
  expect(listed.map((p) => p.published)).toEqual([...listed.map((p) => p.published)].sort().reverse());
  const first = page.locator('main li.card').first();
  await expect(first.getByText(/^\d+ min read$/)).toBeVisible();
  await expect(first.locator('a[href^="/blog/tags/"]').first()).toBeVisible();
  await expect(first.locator('p').first()).not.toBeEmpty();
  await expect(page.locator('link[rel=alternate][type="application/rss+xml"]')).toHaveAttribute('href', '/blog/rss.xml');
});

test('a post has its title, dates, a contents list that leads to its headings, and its codes as cards', async ({ page }) => {
  await page.goto(posts.redirects);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Five redirects, one table: 301, 302, 303, 307 and 308');
  await expect(page.locator('article header time')).toHaveCount(2);
  await expect(page.locator('article header time').first()).toHaveAttribute('datetime', '2026-11-26');
  await expect(page.locator('article header time').last()).toHaveAttribute('datetime', '2026-12-05');

  const toc = page.getByRole('navigation', { name: 'In this post' });
  const targets = await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(targets.length).toBeGreaterThanOrEqual(4);
  for (const target of targets) await expect(page.locator(`.post-body ${target}`), target).toHaveCount(1);
  await toc.getByRole('link', { name: 'Caching' }).click();
  await expect(page).toHaveURL(/#caching$/);
  await expect(page.getByRole('heading', { name: 'Caching', level: 2 })).toBeInViewport();

  const covered = page.locator('section[aria-labelledby=covered-codes]');
  for (const code of ['301', '302', '303', '307', '308']) await expect(covered.locator(`a[href="/codes/${code}/"]`)).toHaveCount(1);
});

test('a post links the older and newer posts, in the order of the index', async ({ page }) => {
  const listed = await listedPosts(page);
  const middle = 2;
  await page.goto(listed[middle]!.url);
  const nav = page.getByRole('navigation', { name: 'Older and newer posts' });
  await expect(nav.locator('a[rel=prev]')).toHaveAttribute('href', listed[middle + 1]!.url);
  await expect(nav.locator('a[rel=next]')).toHaveAttribute('href', listed[middle - 1]!.url);
  await page.goto(listed[0]!.url);
  await expect(page.getByRole('navigation', { name: 'Older and newer posts' }).locator('a[rel=next]')).toHaveCount(0);
});

test('a post describes itself to search engines and social sites: BlogPosting JSON-LD and Open Graph', async ({ page, request }) => {
  await page.goto(posts.cloudflare);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const posting = blocks.map((b) => JSON.parse(b)).find((d) => d['@type'] === 'BlogPosting');
  expect(posting).toMatchObject({
    '@context': 'https://schema.org',
    headline: await page.getByRole('heading', { level: 1 }).textContent(),
    datePublished: '2026-11-18',
    dateModified: '2026-12-05',
    url: `${SITE}${posts.cloudflare}`,
    image: [`${SITE}${posts.cloudflare}card.png`],
    author: { '@type': 'Organization', name: 'SiteError' },
  });
  // The image is served by the site, as a PNG.
  const image = await request.get(`${posts.cloudflare}card.png`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${SITE}${posts.cloudflare}`);
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', '2026-11-18T00:00:00.000Z');
  await expect(page.locator('meta[property="article:tag"]')).toHaveCount(3);
});

test("the MDX components render the site's own parts: code card, comparison table, example exchange, callout, highlighted code", async ({ page }) => {
  await page.goto(posts.loginTimeout);
  const body = page.locator('.post-body');
  await expect(body.locator('article.card a[href="/codes/440/"]')).toContainText('Login Time-out');
  await expect(body.locator('.expressive-code').filter({ hasText: 'HTTP/1.1 440 Login Time-out' })).toHaveCount(1);
  await expect(body.getByRole('complementary', { name: 'Check the timing first' })).toBeVisible();

  await page.goto(posts.redirects);
  await expect(page.locator('.post-body table.compare-table caption')).toHaveText('302 Found and 307 Temporary Redirect side by side');
  // A fenced code block goes through Expressive Code: highlighted, with its copy button.
  const fenced = page.locator('.post-body .code-block .expressive-code').filter({ hasText: 'Cache-Control: max-age=86400' });
  await expect(fenced.locator('pre[data-language=http]')).toHaveCount(1);
  await expect(fenced.locator('button.copy-code')).toHaveCount(1);
});

test('a tag page lists the posts with that tag, and post tags link to it', async ({ page }) => {
  await page.goto(posts.redirects);
  await page.locator('article header').getByRole('link', { name: '#caching' }).click();
  await expect(page).toHaveURL('/blog/tags/caching/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts tagged #caching');
  await expect(page.locator(`main li.card a[href="${posts.redirects}"]`)).toHaveCount(1);
  for (const tags of await page.locator('main li.card').evaluateAll((cards) => cards.map((c) => c.textContent ?? '')))
    expect(tags).toContain('#caching');
});

test('a code page lists the articles about it, and a code no post covers has no such section', async ({ page }) => {
  await page.goto('/codes/440/');
  const articles = page.locator('section[aria-labelledby=articles]');
  await expect(articles.getByRole('heading', { name: 'Articles about this code' })).toBeVisible();
  await articles.getByRole('link', { name: /440 Login Timeout/ }).click();
  await expect(page).toHaveURL(posts.loginTimeout);

  await page.goto('/codes/522/');
  await expect(page.locator(`section[aria-labelledby=articles] a[href="${posts.cloudflare}"]`)).toHaveCount(1);
  await page.goto('/codes/200/');
  await expect(page.locator('section[aria-labelledby=articles]')).toHaveCount(0);
});

test('the home page shows the three newest posts', async ({ page }) => {
  const newest = (await listedPosts(page)).slice(0, 3).map((p) => p.url);
  await page.goto('/');
  const section = page.locator('section[aria-labelledby=latest-posts]');
  expect(await section.locator('li.card h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(newest);
});

test('the RSS feed is valid RSS 2.0: every item has a title, an absolute link, a guid and a date, and full content', async ({ page, request }) => {
  const response = await request.get('/blog/rss.xml');
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
  // The second argument makes the parser validate the XML first and throw if it is not well-formed.
  const { rss } = parser.parse(xml, true);
  expect(rss['@_version']).toBe('2.0');
  expect(rss.channel.title).toBe('SiteError blog');
  expect(rss.channel.link).toBe(`${SITE}/blog/`);

  const listed = (await listedPosts(page)).map((p) => `${SITE}${p.url}`);
  const items = rss.channel.item as Record<string, unknown>[];
  expect(items.map((item) => item.link)).toEqual(listed);
  for (const item of items) {
    const link = item.link as string;
    expect(item.title, link).toEqual(expect.any(String));
    expect(link).toMatch(/^https:\/\/siteerror\.com\/blog\/[a-z0-9-]+\/$/);
    expect((item.guid as Record<string, string>)['#text']).toBe(link);
    expect(new Date(item.pubDate as string).toUTCString()).toBe(item.pubDate);
    const content = item['content:encoded'] as string;
    expect(content.length, link).toBeGreaterThan(3000);
    // Links and sources in the content are absolute: a feed reader has no base URL to resolve against.
    expect(content.match(/\s(?:href|src)="(?!https?:\/\/)[^"]*"/g) ?? [], link).toEqual([]);
    expect(content, link).not.toMatch(/<script/);
    // Code blocks are plain <pre><code>: none of Expressive Code's token spans, line divs or copy button.
    expect(content, link).not.toMatch(/style="|copy-code|<button|ec-line|expressive-code/);
  }
  const retry = items.find((item) => (item.link as string).endsWith('/blog/retry-after-and-backoff-for-429-and-503/'))!;
  expect(retry['content:encoded']).toContain("<pre><code class=\"language-ts\">// Milliseconds to wait before retry number attempt");
  expect(retry['content:encoded']).toContain("\n  const header = response.headers.get('Retry-After')?.trim();\n");
});

test('search finds posts, and the Blog filter narrows the results to posts', async ({ page }) => {
  await page.goto('/search/?q=jitter&category=Blog');
  await expect(page.locator('#page-category')).toHaveValue('Blog');
  const results = page.locator('#page-results [role=option]');
  await expect(results.first()).toBeVisible();
  const urls = await results.evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset.url!));
  expect(urls[0]).toBe('/blog/retry-after-and-backoff-for-429-and-503/');
  for (const url of urls) expect(url).toMatch(/^\/blog\//);
  await expect(results.first().locator('.search-hit-badge')).toHaveText('Blog');

  await page.goto('/search/?q=jitter');
  await expect(page.locator('#page-results [role=option]').first()).toBeVisible();
});

test.describe('blog pages in light and dark mode', () => {
  for (const path of ['/blog/', posts.redirects, posts.loginTimeout, posts.cloudflare, '/blog/tags/caching/']) {
    sharedPageTest(`${path} has no axe violations in light and dark`, async ({ sharedPage }) => {
      expect(await axeViolationsInBothThemes(sharedPage, path)).toEqual({ light: [], dark: [] });
    });
  }
});

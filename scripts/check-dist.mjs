// Static checks over the built site (dist/) that html-validate does not make:
// the sitemap lists every content page (and not the search or 404 pages),
// every page has a unique <title> and meta description, every <img> has alt text,
// every page links the blog's RSS feed, blog posts carry BlogPosting (with an image that is a PNG
// of the site) and Open Graph article tags,
// the JSON-LD on code and comparison pages parses and has schema.org's required properties,
// and the per-code snippets pages stay out of the search index (snippets are never indexed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = 'dist';
const pages = readdirSync(root, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ path: `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`, html: readFileSync(join(root, file), 'utf8') }));

const problems = [];

/**
 * A BlogPosting image must be a file of the same site, and a PNG (what the build draws; a format
 * Google Images reads) of at least 50,000 pixels, as Google's Article documentation recommends.
 * The size comes from the PNG header (IHDR: width, then height, as 32-bit big-endian numbers).
 */
function imageProblems(path, url, siteOrigin) {
  const { origin, pathname } = new URL(url);
  if (origin !== siteOrigin) return [`${path}: BlogPosting image ${url} is not on the site`];
  let bytes;
  try {
    bytes = readFileSync(join(root, pathname));
  } catch {
    return [`${path}: BlogPosting image ${url} is not in dist/`];
  }
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return [`${path}: BlogPosting image ${url} is not a PNG`];
  if (bytes.readUInt32BE(16) * bytes.readUInt32BE(20) < 50_000) return [`${path}: BlogPosting image ${url} has fewer than 50,000 pixels`];
  return [];
}

const seen = { title: new Map(), description: new Map() };
const text = (s) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();

for (const { path, html } of pages) {
  const title = html.match(/<title>([^<]*)<\/title>/)?.[1];
  const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1];
  if (!title) problems.push(`${path}: no <title>`);
  if (!description) problems.push(`${path}: no meta description`);
  for (const [kind, value] of [['title', title], ['description', description]]) {
    if (!value) continue;
    const other = seen[kind].get(value);
    if (other) problems.push(`${path}: same ${kind} as ${other}: "${text(value)}"`);
    else seen[kind].set(value, path);
  }
  for (const img of html.match(/<img\b[^>]*>/g) ?? []) if (!/\balt=/.test(img)) problems.push(`${path}: <img> without alt: ${img}`);
  if (/^\/codes\/[^/]+\/snippets\/$/.test(path) && /\bdata-pagefind-body\b/.test(html)) problems.push(`${path}: a snippets page must not be indexed by Pagefind (data-pagefind-body)`);

  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const data = [];
  for (const block of blocks) {
    try {
      data.push(JSON.parse(block));
    } catch (error) {
      problems.push(`${path}: JSON-LD does not parse: ${error.message}`);
    }
  }
  const byType = (type) => data.filter((d) => d['@type'] === type);
  const isCode = /^\/codes\/[^/]+\/$/.test(path);
  const isComparison = /^\/compare\/[^/]+-vs-[^/]+\/$/.test(path);
  if (isCode || isComparison) {
    if (byType('BreadcrumbList').length !== 1) problems.push(`${path}: needs one BreadcrumbList`);
    if (isCode && byType('FAQPage').length !== 1) problems.push(`${path}: needs one FAQPage`);
  }
  for (const list of byType('BreadcrumbList')) {
    const items = list.itemListElement ?? [];
    if (items.length < 2) problems.push(`${path}: BreadcrumbList has fewer than two items`);
    items.forEach((item, i) => {
      if (item['@type'] !== 'ListItem' || item.position !== i + 1 || !item.name || !/^https:\/\//.test(item.item ?? ''))
        problems.push(`${path}: BreadcrumbList item ${i + 1} lacks @type ListItem, position, name or an absolute item URL`);
    });
  }
  for (const faq of byType('FAQPage')) {
    const questions = faq.mainEntity ?? [];
    if (questions.length === 0) problems.push(`${path}: FAQPage has no questions`);
    for (const q of questions)
      if (q['@type'] !== 'Question' || !q.name || q.acceptedAnswer?.['@type'] !== 'Answer' || !q.acceptedAnswer.text)
        problems.push(`${path}: FAQPage question lacks name or an accepted Answer with text`);
  }
  // Blog posts: BlogPosting with the properties Google's Article documentation recommends.
  if (/^\/blog\/(?!tags\/)[^/]+\/$/.test(path)) {
    const posts = byType('BlogPosting');
    if (posts.length !== 1) problems.push(`${path}: needs one BlogPosting`);
    for (const post of posts) {
      for (const key of ['headline', 'image', 'description', 'datePublished', 'dateModified', 'author', 'url'])
        if (!post[key]) problems.push(`${path}: BlogPosting lacks ${key}`);
      if (post.url) for (const image of [post.image ?? []].flat()) problems.push(...imageProblems(path, image, new URL(post.url).origin));
      if (post.url && new URL(post.url).pathname !== path) problems.push(`${path}: BlogPosting url is ${post.url}`);
      if (post.dateModified < post.datePublished) problems.push(`${path}: BlogPosting dateModified is before datePublished`);
    }
    if (!/<meta property="og:type" content="article"/.test(html)) problems.push(`${path}: og:type is not article`);
    if (!/<meta property="article:published_time"/.test(html)) problems.push(`${path}: no article:published_time`);
  }
  if (!html.includes('<link rel="alternate" type="application/rss+xml"')) problems.push(`${path}: no RSS link in the head`);
  for (const d of data) if (d['@context'] !== 'https://schema.org') problems.push(`${path}: JSON-LD @context is not https://schema.org`);
}

// The sitemap lists every content page and nothing that is not one.
const sitemap = readFileSync(join(root, 'sitemap-0.xml'), 'utf8');
const listed = new Set([...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]));
for (const { path } of pages) {
  const content = /^\/(codes|categories|compare|blog)\//.test(path) || ['/', '/cheat-sheet/', '/quiz/'].includes(path);
  if (content && !listed.has(path)) problems.push(`${path}: missing from the sitemap`);
}
for (const path of ['/search/', '/404/', '/404.html']) if (listed.has(path)) problems.push(`${path}: should not be in the sitemap`);

for (const problem of problems) console.error(problem);
console.log(`${pages.length} pages checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);

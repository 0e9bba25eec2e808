import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { feedContent } from '../../src/blog/feed';
import { formatDay, newestFirst, postNeighbours, postsAboutCode, postsByTag, readingMinutes, visible, type PostLike } from '../../src/blog/posts';
import { wrapPostMarkup, type HastNode } from '../../src/blog/rehype-post-markup';
import { POST_SEARCH_WEIGHT } from '../../src/blog/search-weight';
import { tableOfContents } from '../../src/blog/toc';
import { postProblems } from '../../src/blog/validate';
import { codes } from '../../src/data/codes';

const slugs = new Set(codes.map((entry) => entry.slug));

/** The front matter of an MDX file, parsed with js-yaml as Astro's loader does (YAML dates become Dates). */
function frontMatter(path: string): unknown {
  const match = readFileSync(path, 'utf8').match(/^---\n([\s\S]*?)\n---\n/);
  if (!match) throw new Error(`${path} has no front matter`);
  return yaml.load(match[1]!);
}

describe('the front matter of every post in content/blog/', () => {
  const files = readdirSync('content/blog').filter((file) => file.endsWith('.mdx'));

  it('there are at least six posts', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s is valid', (file) => {
    expect(postProblems(`content/blog/${file}`, frontMatter(join('content/blog', file)), slugs)).toEqual([]);
  });

  it.each(files)('%s has at least 800 words of prose', (file) => {
    const body = readFileSync(join('content/blog', file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const prose = body.replace(/```[\s\S]*?```/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\]\([^)]*\)/g, ']');
    expect(prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)!.length).toBeGreaterThanOrEqual(800);
  });
});

describe('a bad front matter fails with a message naming the file and the field', () => {
  const dir = 'tests/fixtures/blog';
  const cases: [fixture: string, expected: string][] = [
    ['title-missing', 'title: title is required'],
    ['title-short', 'title: title is too short: give the post a real title (10 characters or more)'],
    ['title-long', 'title: title is longer than 90 characters'],
    ['description-missing', 'description: description is required'],
    ['description-short', 'description: description must be a full sentence (50 characters or more)'],
    ['description-long', 'description: description is longer than 200 characters: it is the meta description'],
    ['published-not-a-date', 'published: published must be a date written as YYYY-MM-DD'],
    ['published-impossible-day', 'published: published must be a date written as YYYY-MM-DD'],
    ['updated-before-published', 'updated: updated must not be earlier than published'],
    ['tags-missing', 'tags: tags is required'],
    ['tags-empty', 'tags: tags must list at least one tag'],
    ['tag-not-a-slug', 'tags[0]: a tag is lowercase words joined by hyphens, e.g. "rate-limiting"'],
    ['tags-repeated', 'tags: tags must not repeat'],
    ['codes-missing', 'codes: codes is required: list the slugs of the status codes the post is about'],
    ['codes-empty', 'codes: codes must name at least one status-code entry'],
    ['code-unknown', 'codes[1]: "999x" is not the slug of any status-code entry (content/codes/)'],
    ['codes-repeated', 'codes: codes must not repeat'],
    ['draft-not-boolean', 'draft: draft must be true or false'],
    ['unknown-field', "(front matter): Unrecognized key(s) in object: 'author'"],
  ];

  it('every fixture in the folder is in this table, so none goes untested', () => {
    const fixtures = readdirSync(dir).map((file) => file.replace(/\.mdx$/, ''));
    expect(fixtures.sort()).toEqual([...cases.map(([fixture]) => fixture), 'valid'].sort());
  });

  it('the valid fixture passes, so each other fixture fails for its one fault', () => {
    expect(postProblems(`${dir}/valid.mdx`, frontMatter(`${dir}/valid.mdx`), slugs)).toEqual([]);
  });

  it.each(cases)('%s', (fixture, expected) => {
    const file = `${dir}/${fixture}.mdx`;
    expect(postProblems(file, frontMatter(file), slugs)).toEqual([`${file}: ${expected}`]);
  });
});

const post = (id: string, published: string, extra: Partial<PostLike['data']> = {}): PostLike => ({
  id,
  data: { title: id, published: new Date(`${published}T00:00:00Z`), tags: [], codes: [], draft: false, ...extra },
});

describe('post lists', () => {
  const a = post('a', '2026-11-01', { tags: ['http', 'caching'], codes: ['301'] });
  const b = post('b', '2026-11-20', { tags: ['http'], codes: ['401', '403'] });
  const c = post('c', '2026-11-20', { draft: true, codes: ['401'] });
  const d = post('d', '2026-12-01', { tags: ['caching'] });

  it('are newest first, with same-day posts in title order', () => {
    expect(newestFirst([a, c, d, b]).map((p) => p.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('leave drafts out of production builds and keep them in development', () => {
    expect(visible([a, b, c, d], { includeDrafts: false }).map((p) => p.id)).toEqual(['d', 'b', 'a']);
    expect(visible([a, b, c, d], { includeDrafts: true }).map((p) => p.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('give each post its older and newer neighbour, and none past either end', () => {
    const list = visible([a, b, d], { includeDrafts: false });
    expect(postNeighbours(list, 'b')).toEqual({ older: a, newer: d });
    expect(postNeighbours(list, 'd')).toEqual({ older: b, newer: undefined });
    expect(postNeighbours(list, 'a')).toEqual({ older: undefined, newer: b });
    expect(() => postNeighbours(list, 'nope')).toThrow('No post has the id "nope"');
  });

  it('group posts by tag, tags in alphabetical order', () => {
    const tags = postsByTag([d, b, a]);
    expect([...tags.keys()]).toEqual(['caching', 'http']);
    expect(tags.get('caching')!.map((p) => p.id)).toEqual(['d', 'a']);
  });

  it('find the posts about a code from their codes field', () => {
    expect(postsAboutCode([d, b, a], '401').map((p) => p.id)).toEqual(['b']);
    expect(postsAboutCode([d, b, a], '500')).toEqual([]);
  });
});

describe('reading time', () => {
  it('counts prose at 230 words a minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('Hello.')).toBe(1);
  });

  it('leaves out imports, code blocks, components and link targets', () => {
    const body = `import X from 'y';\n\n${'word '.repeat(230)}\n\n\`\`\`js\n${'code '.repeat(1000)}\n\`\`\`\n\n<CodeCard slug="440" />\n\n[link](https://example.com/a/very/long/path)`;
    expect(readingMinutes(body)).toBe(1);
  });
});

describe('dates', () => {
  it('are shown as the day in the front matter, whatever the time zone of the build', () => {
    expect(formatDay(new Date('2026-11-01T00:00:00Z'))).toBe('1 November 2026');
  });
});

describe('the table of contents', () => {
  it('nests third-level headings under the second-level heading before them', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'too deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('keeps a third-level heading that comes before any second-level one', () => {
    expect(tableOfContents([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });
});

describe('feed content', () => {
  const page = 'https://siteerror.com/blog/a-post/';

  it('makes root-relative and in-page links absolute, and leaves absolute ones alone', () => {
    const html = '<a href="/codes/401/">401</a> <a href="#why">why</a> <a href="https://www.rfc-editor.org/rfc/rfc9110">RFC</a> <img src="/x.svg" alt="">';
    expect(feedContent(html, page)).toBe(
      '<a href="https://siteerror.com/codes/401/">401</a> <a href="https://siteerror.com/blog/a-post/#why">why</a> <a href="https://www.rfc-editor.org/rfc/rfc9110">RFC</a> <img src="https://siteerror.com/x.svg" alt="">',
    );
  });

  it('drops scripts, styles, stylesheet links, buttons and comments, which feed readers do not run', () => {
    const html = '<div><!-- note --><link rel="stylesheet" href="/a.css"/><script type="module" src="/a.js"></script><style>p{}</style><pre>code</pre><button title="Copy"><div></div></button></div>';
    expect(feedContent(html, page)).toBe('<div><pre>code</pre></div>');
  });
});

describe('the markup step for posts', () => {
  const tree = (): HastNode => ({
    type: 'root',
    children: [
      { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'x' }] },
      { type: 'element', tagName: 'div', children: [{ type: 'element', tagName: 'pre', children: [{ type: 'element', tagName: 'code', children: [] }] }] },
      { type: 'element', tagName: 'table', children: [] },
    ],
  });

  it('puts each code block, however deep, in a div whose first child is the html-validate note', () => {
    const root = tree();
    wrapPostMarkup(root, { mdx: false });
    const wrapper = root.children![1]!.children![0]!;
    expect(wrapper).toMatchObject({ tagName: 'div', properties: { className: ['code-block'] } });
    expect(wrapper.children![0]).toMatchObject({ type: 'comment', value: expect.stringContaining('html-validate-disable-block') });
    expect(wrapper.children![1]!.tagName).toBe('pre');
  });

  it('in MDX, which drops comments, writes the note through an Astro Fragment instead', () => {
    const root = tree();
    wrapPostMarkup(root, { mdx: true });
    expect(root.children![1]!.children![0]!.children![0]).toMatchObject({
      type: 'mdxJsxFlowElement',
      name: 'Fragment',
      attributes: [{ name: 'set:html', value: expect.stringMatching(/^<!-- \[html-validate-disable-block .*\] -->$/) }],
    });
  });

  it('puts each table in a focusable, labelled region and leaves other elements as they are', () => {
    const root = tree();
    wrapPostMarkup(root, { mdx: true });
    expect(root.children![0]!.tagName).toBe('p');
    expect(root.children![2]).toMatchObject({ tagName: 'section', properties: { tabIndex: 0, ariaLabel: expect.any(String) }, children: [{ tagName: 'table' }] });
  });
});

describe('the markup step for posts, with several code blocks', () => {
  it('lets only the first block off the void-style rule, since only it gets the stylesheet <link/>', () => {
    const block = (): HastNode => ({ type: 'element', tagName: 'pre', children: [{ type: 'element', tagName: 'code', children: [] }] });
    const root: HastNode = { type: 'root', children: [block(), block()] };
    wrapPostMarkup(root, { mdx: false });
    expect(root.children!.map((wrapper) => wrapper.children![0]!.value!.includes('void-style'))).toEqual([true, false]);
  });
});

describe('post headings in the search index', () => {
  it('carry the posts\' lower search weight, so a post ranks below the page of a code it names', () => {
    const root: HastNode = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: { id: 'caching' }, children: [] }] };
    wrapPostMarkup(root, { mdx: true });
    expect(root.children![0]).toMatchObject({ tagName: 'h2', properties: { id: 'caching', dataPagefindWeight: POST_SEARCH_WEIGHT } });
  });
});

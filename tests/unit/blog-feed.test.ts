import { readFileSync } from 'node:fs';
import { createRenderer } from 'astro-expressive-code';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import ecConfig from '../../ec.config.mjs';
import { feedContent } from '../../src/blog/feed';

const page = 'https://siteerror.com/blog/a-post/';

/** The first fenced block in `lang` of a post, as its author wrote it. */
function fencedBlock(post: string, lang: string): string {
  const source = readFileSync(`content/blog/${post}.mdx`, 'utf8');
  const match = source.match(new RegExp('^```' + lang + '\\n([\\s\\S]*?)\\n```$', 'm'));
  if (!match) throw new Error(`content/blog/${post}.mdx has no \`\`\`${lang} block`);
  return match[1]!;
}

/** The code texts of the <pre><code> blocks in feed content, as a feed reader decodes them. */
function codeTexts(html: string): string[] {
  const texts: string[] = [];
  const visit = (node: { type: string; tagName?: string; children?: unknown[] }) => {
    if (node.type === 'element' && node.tagName === 'code') texts.push(toString(node as never));
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(fromHtml(html, { fragment: true }));
  return texts;
}

describe('feed content for code blocks, as Expressive Code renders them with the site configuration', () => {
  // The same renderer and options (ec.config.mjs, with the site's copy button) as the build.
  let render: (code: string, language: string, title?: string) => Promise<string>;
  beforeAll(async () => {
    const { ec } = await createRenderer(ecConfig);
    render = async (code, language, title) => {
      const { renderedGroupAst } = await ec.render({ code, language, props: title ? { title } : {} });
      // Wrapped as the post markup step wraps a block (src/blog/rehype-post-markup.ts).
      return `<p>Before.</p><div class="code-block"><!-- [html-validate-disable-block element-permitted-content] -->${toHtml(renderedGroupAst)}</div><p>After.</p>`;
    };
  });

  it('the rendered block really has the markup a feed reader cannot use (so the tests below can fail)', async () => {
    const html = await render(fencedBlock('retry-after-and-backoff-for-429-and-503', 'ts'), 'ts');
    expect(html).toContain('style="--0:');
    expect(html).toContain('copy-code');
    expect(html).toContain('<button');
  });

  it.each([
    ['retry-after-and-backoff-for-429-and-503', 'ts'],
    ['401-or-403-expired-tokens-and-missing-permissions', 'ts'],
    ['problem-details-rfc-9457-in-four-stacks', 'python'],
    ['cloudflare-52x-errors-from-the-origin-side', 'sh'],
  ])('the %s block (%s) becomes one plain <pre><code> holding exactly the code', async (post, lang) => {
    const code = fencedBlock(post, lang);
    const content = feedContent(await render(code, lang), page);
    expect(content).not.toMatch(/style=|--0:|copy-code|<button|<script|<link|ec-line|expressive-code|<!--/);
    expect(content).toContain(`<pre><code class="language-${lang}">`);
    expect(content.match(/<pre>/g)).toHaveLength(1);
    expect(codeTexts(content)).toEqual([code]);
    // The text around the block is untouched.
    expect(content.startsWith('<p>Before.</p>')).toBe(true);
    expect(content.endsWith('<p>After.</p>')).toBe(true);
  });

  it('escapes the code: a known line of the 401 post is there as text, its < written as a character reference', async () => {
    const content = feedContent(await render(fencedBlock('401-or-403-expired-tokens-and-missing-permissions', 'ts'), 'ts'), page);
    expect(content).toContain('let refreshing: Promise&#x3C;string> | undefined;');
    expect(content).not.toContain('Promise<string>');
  });

  it('keeps a block title as a paragraph above the code', async () => {
    const content = feedContent(await render('GET / HTTP/1.1', 'http', 'Request'), page);
    expect(content).toContain('<p>Request</p><pre><code class="language-http">GET / HTTP/1.1</code></pre>');
  });
});

describe('feed content outside code blocks', () => {
  it('drops style and data attributes, and keeps the rest of the element', () => {
    expect(feedContent('<h2 id="why" data-pagefind-weight="0.5" style="color:red">Why</h2>', page)).toBe('<h2 id="why">Why</h2>');
  });

  it('leaves protocol-relative and mailto links alone', () => {
    const html = '<a href="//cdn.example.com/x">x</a> <a href="mailto:a@example.com">mail</a>';
    expect(feedContent(html, page)).toBe(html);
  });
});

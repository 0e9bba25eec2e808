import { toHtml } from 'astro-expressive-code/hast';
import { describe, expect, it } from 'vitest';
import ecConfig from '../../ec.config.mjs';
import { createSlimRenderer } from '../../src/integrations/ec-slim-renderer.mjs';

/** The renderer as the site builds it: the options of ec.config.mjs, through our slim renderer. */
async function siteRenderer() {
  const { customCreateRenderer: _ours, ...options } = ecConfig;
  return createSlimRenderer({ ...options, plugins: [...(ecConfig.plugins ?? [])] });
}

describe('the Expressive Code renderer the site uses', () => {
  it('ships our copy script and not the tabindex script, since blocks wrap and never scroll', async () => {
    const renderer = await siteRenderer();
    const scripts = renderer.jsModules.join('\n');
    expect(scripts).toContain('copy-code');
    expect(scripts).not.toContain('tabindex');
  });

  it('declares every CSS variable its rules read, and none that no rule reads', async () => {
    const renderer = await siteRenderer();
    const css = `${renderer.baseStyles}${renderer.themeStyles}`;
    const declared = new Set([...css.matchAll(/(--ec-[\w-]+):/g)].map((m) => m[1]));
    const read = new Set([...css.matchAll(/var\((--ec-[\w-]+)/g)].map((m) => m[1]));
    expect([...read].filter((name) => !declared.has(name))).toEqual([]);
    expect([...declared].filter((name) => !read.has(name))).toEqual([]);
    // The built-in copy button's icon is one of the variables that went.
    expect(css).not.toContain('--ec-frm-copyIcon');
    expect(css).toContain('--ec-codeFg:');
  });

  it('drops the colour of text in the block’s own colour and of runs of spaces, and keeps the rest', async () => {
    const renderer = await siteRenderer();
    const block = { code: "if (ok) {\n    return 'yes';\n}", language: 'js' };
    // Shiki stops colouring a line that takes over 500 ms, which the first line can on a busy
    // machine (the grammar compiles then); a second render is the one the assertions read.
    await renderer.ec.render(block);
    const { renderedGroupAst } = await renderer.ec.render(block);
    const html = toHtml(renderedGroupAst);
    const spans = [...html.matchAll(/<span style="([^"]*)">([^<]*)<\/span>/g)].map(([, style, text]) => ({ style, text }));
    // Keywords and strings keep their theme colours, one per theme.
    expect(spans).toContainEqual({ style: expect.stringMatching(/^--0:#[0-9A-F]{6};--1:#[0-9A-F]{6}$/i), text: 'return' });
    expect(spans).toContainEqual({ style: expect.stringMatching(/^--0:/), text: "'yes'" });
    // Punctuation in the default colour and the indentation are plain text now.
    expect(spans.filter(({ text }) => /^\s*$/.test(text))).toEqual([]);
    expect(spans.map(({ text }) => text)).not.toContain(';');
    expect(html).toContain('<span class="indent">    </span>');
    // The text is all still there, in order.
    expect(html.replace(/<[^>]+>/g, '')).toContain("if (ok) {    return 'yes';}");
  });
});

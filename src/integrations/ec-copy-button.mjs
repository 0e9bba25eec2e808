// @ts-check
import { definePlugin } from 'astro-expressive-code';
import { h } from 'astro-expressive-code/hast';
import { transformSync } from 'esbuild';

/**
 * A copy button for every Expressive Code block, in place of the built-in one, which keeps a
 * second copy of the code in a data attribute and ships about twice the script and style.
 * This one reads the text from the rendered lines, so each block's code is in the page once.
 * Without JavaScript the button is hidden (the layout's `.js-only` rule).
 *
 * The frames plugin runs first and wraps the block in its <figure>, so the button lands
 * inside that figure, next to the code it copies.
 */
export function copyButton() {
  return definePlugin({
    name: 'copy-button',
    baseStyles: `
      .copy-code {
        position: absolute;
        inset-block-start: 0.25rem;
        inset-inline-end: 0.5rem;
        z-index: 1;
        min-width: 1.5rem;
        min-height: 1.5rem;
        padding: 0 0.5rem;
        border: var(--ec-brdWd) solid var(--ec-brdCol);
        border-radius: 0.25rem;
        background: var(--ec-frm-edTabBarBg);
        color: var(--ec-frm-edActTabFg);
        font: inherit;
        font-size: 0.75rem;
        cursor: pointer;
      }
      .copy-code:hover { background: var(--ec-frm-edActTabBg); }
      .frame:not(.has-title, .is-terminal) :nth-child(1 of .ec-line) .code { padding-inline-end: 4.5rem; }
    `,
    // Delegated, so blocks added later (snippets fetched on selection) need no setup.
    jsModules: [transformSync(`(${copyOnClick.toString()})();`, { minify: true }).code],
    hooks: {
      postprocessRenderedBlock: ({ renderData, styleVariants }) => {
        dropPlainTextColours(renderData.blockAst, styleVariants);
        renderData.blockAst.children.push(h('button', { type: 'button', className: ['copy-code', 'js-only'], 'aria-live': 'polite' }, 'Copy'));
      },
    },
  });
}

/**
 * Highlighting wraps every run of text in a span that carries its colour for each theme, even
 * when that colour is the block's own text colour, which the span would inherit anyway. Those
 * spans, and the ones holding only spaces, lose their colours here and are unwrapped when
 * nothing else is left on them: the block looks the same and its markup is a good deal smaller.
 *
 * @param {import('astro-expressive-code/hast').Element} node
 * @param {{ resolvedStyleSettings: Map<string, string> }[]} styleVariants
 */
function dropPlainTextColours(node, styleVariants) {
  const plain = styleVariants.map((variant, i) => `--${i}:${variant.resolvedStyleSettings.get('codeForeground')}`.toLowerCase()).join(';');
  /** @param {any} parent */
  const visit = (parent) => {
    if (!Array.isArray(parent.children)) return;
    parent.children = parent.children.flatMap((/** @type {any} */ child) => {
      visit(child);
      if (child.type !== 'element' || child.tagName !== 'span') return [child];
      const style = String(child.properties?.style ?? '').toLowerCase();
      const onlySpaces = child.children.every((/** @type {any} */ c) => c.type === 'text' && /^\s*$/.test(c.value));
      if (!/^--0:[^;]+(;--\d+:[^;]+)*$/.test(style) || (style !== plain && !onlySpaces)) return [child];
      delete child.properties.style;
      return Object.keys(child.properties).length === 0 ? child.children : [child];
    });
  };
  visit(node);
}

/**
 * Runs in the browser (shipped as its own source text, minified, so it may use nothing from this module): copies a block's
 * lines, joined by newlines, exactly as shown. An empty line holds a lone newline so that it
 * keeps its height; it copies as an empty line.
 */
function copyOnClick() {
  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('.expressive-code .copy-code') : null;
    const code = button?.closest('figure')?.querySelector('pre > code');
    if (!button || !code) return;
    const lines = [...code.querySelectorAll(':scope > .ec-line > .code')].map((line) => (line.textContent === '\n' ? '' : line.textContent));
    try {
      await navigator.clipboard.writeText(lines.join('\n'));
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed';
    }
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
}

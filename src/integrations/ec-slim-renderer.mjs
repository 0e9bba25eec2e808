// @ts-check
import { createRenderer } from 'astro-expressive-code';

/**
 * Expressive Code's renderer, minus what this site never uses. Passed as `customCreateRenderer`
 * in ec.config.mjs, so the emitted ec.*.css and ec.*.js are built from the trimmed renderer.
 *
 * - The core's tabindex script makes a code block that scrolls sideways focusable. Ours never
 *   scroll: every block wraps its lines (`defaultProps.wrap` in ec.config.mjs), and the
 *   narrow-screens plugin lets a deeply indented line wrap into a narrower column rather than
 *   widen the block, down to the narrowest screen we support (320 px).
 * - Style settings declare a CSS variable each, used or not: the built-in copy button's and
 *   tooltip's (we have our own button), the themed scrollbar's and selection colours' (both off).
 *   A declaration whose variable no rule reads is dropped, in both themes.
 *
 * @param {Parameters<typeof createRenderer>[0]} options
 */
export async function createSlimRenderer(options) {
  const renderer = await createRenderer(options);
  renderer.jsModules = renderer.jsModules.filter((code) => !code.includes('tabindex-js-module'));
  const read = new Set([...`${renderer.baseStyles}${renderer.themeStyles}`.matchAll(/var\((--ec-[\w-]+)/g)].map((match) => match[1]));
  /** Declarations look like `--ec-name:value;`; values may hold quotes and parentheses but never `;` or `}`. */
  const prune = (/** @type {string} */ css) => css.replace(/(--ec-[\w-]+):[^;}]*;?/g, (declaration, name) => (read.has(name) ? declaration : ''));
  renderer.baseStyles = prune(renderer.baseStyles);
  renderer.themeStyles = prune(renderer.themeStyles);
  return renderer;
}

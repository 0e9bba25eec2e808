// @ts-check
import { definePlugin } from 'astro-expressive-code';

/**
 * Wrapped lines keep their indentation, and Expressive Code also keeps at least 20ch of room for
 * the text after it. On a 320 px phone a deeply indented line then needs more width than the
 * block has, and the block scrolls sideways. Letting the text column shrink keeps every block
 * within the screen: such a line wraps into a narrower column instead. The site ships no script
 * to make scrolling code focusable, because no block scrolls (tests/e2e/security.spec.ts walks
 * every page at 320 px to check it).
 */
export function narrowScreens() {
  return definePlugin({
    name: 'narrow-screens',
    baseStyles: `
      pre.wrap .ec-line .code { min-width: 0; }
    `,
  });
}

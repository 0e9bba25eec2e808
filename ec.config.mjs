// @ts-check
import { defineEcConfig } from 'astro-expressive-code';

/**
 * Expressive Code options live here, not in astro.config.mjs, because the <Code> component
 * needs them in a file it can import (the theme selector is a function, not JSON).
 */
export default defineEcConfig({
  themes: ['github-light', 'github-dark'],
  // Follow the site's data-theme attribute when the reader chose; the system otherwise.
  themeCssSelector: (theme) => `[data-theme='${theme.type}']`,
  useDarkModeMediaQuery: true,
  styleOverrides: { borderRadius: '0.5rem', codeFontSize: '0.875rem' },
  // Wrap long lines (keeping their indentation) instead of scrolling: readable on phones, and
  // Expressive Code then never turns a block into an unlabelled scrollable region.
  defaultProps: { wrap: true, preserveIndent: true },
});

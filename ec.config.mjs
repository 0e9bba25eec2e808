// @ts-check
import { defineEcConfig } from 'astro-expressive-code';
import { copyButton } from './src/integrations/ec-copy-button.mjs';
import { narrowScreens } from './src/integrations/ec-narrow-screens.mjs';
import { createSlimRenderer } from './src/integrations/ec-slim-renderer.mjs';

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
  // Lines wrap, so no block ever scrolls: no themed scrollbars. No block marks or diffs lines: no text markers.
  useThemedScrollbars: false,
  textMarkers: false,
  // Our own copy button reads the rendered lines instead of carrying the code twice (see the plugin).
  frames: { showCopyToClipboardButton: false },
  plugins: [copyButton(), narrowScreens()],
  // Without the scripts and CSS variables nothing here uses (see the module).
  customCreateRenderer: createSlimRenderer,
});

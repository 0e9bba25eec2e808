// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import expressiveCode from 'astro-expressive-code';
import { defineConfig } from 'astro/config';
import { SITE } from './src/consts.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  integrations: [
    // Expressive Code must come before mdx() so it handles code blocks in MDX too.
    expressiveCode({
      themes: ['github-light', 'github-dark'],
      // The theme follows the site's data-theme attribute, set from the reader's choice or the system.
      themeCssSelector: (theme) => `[data-theme='${theme.type}']`,
      useDarkModeMediaQuery: true,
      styleOverrides: { borderRadius: '0.5rem', codeFontSize: '0.875rem' },
    }),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    pagefindIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});

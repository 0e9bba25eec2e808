// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import expressiveCode from 'astro-expressive-code';
import { defineConfig } from 'astro/config';
import rehypeValidatorNote from './src/blog/rehype-validator-note.ts';
import { SITE } from './src/consts.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  integrations: [
    // Expressive Code (options in ec.config.mjs) must come before mdx() so it handles MDX code blocks too.
    expressiveCode(),
    mdx({ rehypePlugins: [rehypeValidatorNote] }),
    // The 404 page and the search page (noindex) are not content to list.
    sitemap({ filter: (page) => !['/404/', '/search/'].includes(new URL(page).pathname) }),
    pagefindIndex(),
    securityHeaders(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});

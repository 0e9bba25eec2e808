// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import expressiveCode from 'astro-expressive-code';
import { defineConfig } from 'astro/config';
import rehypePostMarkup from './src/blog/rehype-post-markup.ts';
import { SITE } from './src/consts.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import statusInDev from './src/integrations/status-in-dev.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  integrations: [
    // Expressive Code (options in ec.config.mjs) must come before mdx() so it handles MDX code blocks too.
    expressiveCode(),
    mdx(),
    // The 404 page and the search page (noindex) are not content to list.
    sitemap({ filter: (page) => !['/404/', '/search/'].includes(new URL(page).pathname) }),
    pagefindIndex(),
    securityHeaders(),
    statusInDev(),
  ],
  // Blog posts: wrappers for code blocks and tables (see the module); runs before Expressive Code.
  markdown: { rehypePlugins: [rehypePostMarkup] },
  vite: {
    plugins: [tailwindcss()],
  },
});

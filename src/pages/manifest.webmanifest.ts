import type { APIRoute } from 'astro';
import { SITE } from '../consts';

/** Web app manifest, from the site settings so the name is written once. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: `${SITE.name}: ${SITE.tagline}`,
      short_name: SITE.name,
      description: SITE.description,
      start_url: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: SITE.themeColor,
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );

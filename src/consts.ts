/** Site-wide settings: one place for the name and the address. The navigation is src/navigation/destinations.ts. */
export const SITE = {
  name: 'SiteError',
  tagline: 'Your friendly guide to HTTP status codes',
  url: 'https://siteerror.com',
  description:
    'Every HTTP status code explained: meaning, causes, fixes, required headers, caching, examples and code snippets, for the registered codes and the vendor codes found in real logs.',
  locale: 'en',
  /** The accent colour (light theme) for browser UI: theme-color and the web app manifest. */
  themeColor: '#1d4ed8',
} as const;

/** Slugs of the codes people look up most, for the home page and the footer (checked with the data: catalogue.ts). */
export const POPULAR_CODES = ['200', '301', '302', '400', '401', '403', '404', '429', '500', '502', '503', '504'] as const;

/** Comparisons featured on the home page and in the footer, the most asked first (checked with the data: catalogue.ts). */
export const FEATURED_COMPARISONS = ['401-vs-403', '301-vs-302', '404-vs-410', '500-vs-502', '502-vs-504', '301-vs-308'] as const;

/** Site-wide settings: one place for the name, the address and the navigation. */
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

/** Slugs of the codes people look up most, for the home page and the footer (the seed page's list). */
export const POPULAR_CODES = ['200', '301', '302', '400', '401', '403', '404', '429', '500', '502', '503', '504'] as const;

/** Main navigation. Only pages that exist belong here: e2e tests follow every link. */
export const NAV = [
  { href: '/codes/', label: 'Status Codes' },
  { href: '/compare/', label: 'Compare' },
  { href: '/cheat-sheet/', label: 'Cheat Sheet' },
  { href: '/quiz/', label: 'Quiz' },
] as const;

/** Comparisons featured on the home page and in the footer: the seed page's four, then the next most asked. */
export const FEATURED_COMPARISONS = ['401-vs-403', '301-vs-302', '404-vs-410', '500-vs-502', '502-vs-504', '301-vs-308'] as const;

/** The tools, for the footer and the home page. Only pages that exist belong here. */
export const TOOLS = [
  { href: '/cheat-sheet/', label: 'Cheat sheet', summary: 'Every code on one page, a line each; filter it or print it.' },
  { href: '/quiz/', label: 'Status code quiz', summary: 'Ten questions, three levels, a new round every time.' },
  { href: '/compare/', label: 'Compare codes', summary: 'Any two codes side by side, and guides to the pairs people confuse.' },
  { href: '/search/', label: 'Search', summary: 'Find a code by number, name, old name, constant or symptom.' },
] as const;

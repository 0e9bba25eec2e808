import { ariaCurrent } from './routes';

/**
 * Every place the navigation can send a reader, in one list: the header, the footer, the home
 * page's tools section and /tools/ all read it. A destination is shown only once its page exists
 * (see `site.ts`), so a tool that another change is still building appears the day it lands.
 */
export interface Destination {
  href: string;
  label: string;
  /** One sentence on what it is for: the text of /tools/ and of the home page's cards. */
  summary: string;
  /**
   * `section`: a link of its own in the header. `tools-index`: the Tools menu in the header, which
   * lists every `tool` and links to its own page. `resource`: footer and /tools/ only.
   */
  kind: 'section' | 'tools-index' | 'tool' | 'resource';
}

/** In header order (Status Codes, Compare, Tools, Blog), then the tools in menu order. */
export const DESTINATIONS: readonly Destination[] = [
  { kind: 'section', href: '/codes/', label: 'Status Codes', summary: 'Every registered and vendor status code, grouped by class and filtered as you type.' },
  { kind: 'section', href: '/compare/', label: 'Compare', summary: 'Any two codes side by side, and written guides to the pairs people confuse.' },
  { kind: 'tools-index', href: '/tools/', label: 'Tools', summary: 'Every tool on one page, with what each one is for.' },
  { kind: 'section', href: '/blog/', label: 'Blog', summary: 'Longer articles that follow a problem across several codes, from expired sessions to Retry-After.' },
  { kind: 'tool', href: '/cheat-sheet/', label: 'Cheat Sheet', summary: 'Every code on one page, a line each; filter it or print it.' },
  { kind: 'tool', href: '/quiz/', label: 'Quiz', summary: 'Ten questions at the level you choose, with a new round every time.' },
  { kind: 'tool', href: '/which-status-code/', label: 'Which status code?', summary: 'Answer a few plain questions about what your handler found and get the code to return, with the reason.' },
  { kind: 'tool', href: '/playground/', label: 'API Playground', summary: 'Ask a live test server for any status code, with the headers its spec requires, and read the raw response.' },
  { kind: 'tool', href: '/url-checker/', label: 'URL Checker', summary: 'Follow a URL through its redirects and see every status on the way, explained.' },
  { kind: 'resource', href: '/search/', label: 'Search', summary: 'Find a code by its number, its name, an old name, a library constant or a symptom.' },
  { kind: 'resource', href: '/api/codes.json', label: 'The dataset as JSON', summary: 'Every entry as static JSON for your own programs, with a JSON Schema.' },
];

/** A header entry: a plain link, or the Tools menu with its items. */
export type HeaderItem =
  | { type: 'link'; destination: Destination; current: 'page' | 'true' | undefined }
  | { type: 'menu'; destination: Destination; current: 'page' | 'true' | undefined; items: { destination: Destination; current: 'page' | 'true' | undefined }[] };

/** The header, in order, for the page at `path`, keeping only destinations that `exists`. */
export function headerItems(destinations: readonly Destination[], exists: (href: string) => boolean, path: string): HeaderItem[] {
  const present = destinations.filter((d) => exists(d.href));
  const withCurrent = (destination: Destination) => ({ destination, current: ariaCurrent(destination.href, path) });
  return present.flatMap((destination): HeaderItem[] => {
    if (destination.kind === 'section') return [{ type: 'link', ...withCurrent(destination) }];
    if (destination.kind !== 'tools-index') return [];
    const items = present.filter((d) => d.kind === 'tool').map(withCurrent);
    return [{ type: 'menu', ...withCurrent(destination), items }];
  });
}

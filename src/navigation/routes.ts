/**
 * From page source files to the URLs they serve, so the navigation can tell whether a
 * destination's page exists yet. Pure functions, tested in tests/unit/navigation.test.ts.
 */

const PAGES_DIR = '/src/pages';
const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;
const ENDPOINT_EXTENSIONS = /\.(ts|js)$/;

/**
 * The route a file under src/pages serves, in Astro's file-based routing:
 * `/src/pages/blog/index.astro` -> `/blog/`, `/src/pages/cheat-sheet.astro` -> `/cheat-sheet/`,
 * `/src/pages/api/codes.json.ts` -> `/api/codes.json`. Dynamic segments stay as written
 * (`/compare/[pair]/`). Files and folders whose name starts with `_` are not routes
 * (https://docs.astro.build/en/guides/routing/#excluding-pages): those give null.
 */
export function routeOfPageFile(file: string): string | null {
  if (!file.startsWith(`${PAGES_DIR}/`)) throw new Error(`routeOfPageFile: "${file}" is not under ${PAGES_DIR}/`);
  const relative = file.slice(PAGES_DIR.length + 1);
  if (relative.split('/').some((segment) => segment.startsWith('_'))) return null;
  if (PAGE_EXTENSIONS.test(relative)) {
    const path = relative.replace(PAGE_EXTENSIONS, '').replace(/(^|\/)index$/, '');
    return path === '' ? '/' : `/${path}/`;
  }
  if (ENDPOINT_EXTENSIONS.test(relative)) return `/${relative.replace(ENDPOINT_EXTENSIONS, '').replace(/(^|\/)index$/, '')}`;
  return null;
}

const segments = (path: string) => path.split('/').filter(Boolean);
const isRest = (segment: string) => /^\[\.\.\.[^\]]+\]$/.test(segment);

/**
 * Whether one of the routes answers `href`: a static route with the same path, or a route that
 * ends in a rest parameter right after that path (`/blog/[...page]/` answers `/blog/`, as a
 * paginated list does for its first page). A single dynamic segment (`/[slug]/`) never counts:
 * it would claim every address.
 */
export function routeAnswers(routes: readonly string[], href: string): boolean {
  const wanted = segments(href);
  return routes.some((route) => {
    const parts = segments(route);
    const sameStart = (length: number) => wanted.length === length && wanted.every((segment, i) => segment === parts[i]);
    if (sameStart(parts.length)) return true;
    return parts.length === wanted.length + 1 && isRest(parts.at(-1)!) && sameStart(parts.length - 1);
  });
}

/**
 * How a navigation link to `href` relates to the page at `path`: the page itself ("page"), a
 * page inside that section ("true", e.g. a code page under Status Codes), or neither.
 * See https://www.w3.org/TR/wai-aria-1.2/#aria-current.
 */
export function ariaCurrent(href: string, path: string): 'page' | 'true' | undefined {
  const normal = (p: string) => (p.endsWith('/') || /\.[a-z]+$/.test(p) ? p : `${p}/`);
  if (normal(path) === normal(href)) return 'page';
  if (href !== '/' && href.endsWith('/') && normal(path).startsWith(href)) return 'true';
  return undefined;
}

import { DESTINATIONS, headerItems, type Destination } from './destinations';
import { routeAnswers, routeOfPageFile } from './routes';

/**
 * The destinations bound to this build's pages. Vite lists the files under src/pages at build
 * time; only the names are read (the lazy importers are never called), so no page module is
 * pulled into another page's bundle.
 */
const routes = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx,html,ts,js}'))
  .map(routeOfPageFile)
  .filter((route): route is string => route !== null);

export const pageExists = (href: string) => routeAnswers(routes, href);

/** Destinations whose page exists, in list order, optionally of some kinds only. */
export function liveDestinations(...kinds: Destination['kind'][]): Destination[] {
  return DESTINATIONS.filter((d) => pageExists(d.href) && (kinds.length === 0 || kinds.includes(d.kind)));
}

export const siteHeaderItems = (path: string) => headerItems(DESTINATIONS, pageExists, path);

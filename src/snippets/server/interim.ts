import type { CodeEntry } from '../../data/codes';
import { jsArray, jsString } from '../format';

/**
 * What the interim (1xx) server snippets share, so that they route the code's own request and
 * run as pasted: the final response that follows the interim one, and stand-ins, named as such,
 * for the work the reader's own code does while the client waits.
 */

/** The Link fields of the example's 103, which the snippets send as early hints. */
export function earlyHintLinks(entry: CodeEntry): string[] {
  const links = entry.example.response?.headers.filter(([name]) => name.toLowerCase() === 'link').map(([, value]) => value) ?? [];
  if (links.length === 0) throw new Error(`${entry.slug}: the example's 103 has no Link field to hint`);
  return links;
}

/** writeEarlyHints' argument, inside a handler's body (one level deep). */
export function jsHints(entry: CodeEntry): string {
  const links = earlyHintLinks(entry);
  const short = `{ link: ${jsArray(links)} }`;
  return short.length <= 70 && !short.includes('\n') ? short : `{\n    link: ${jsArray(links, 2)},\n  }`;
}

/** The stylesheet the first hint preloads, which the stand-in page then uses. */
const preloadedHref = (entry: CodeEntry) => /^<([^>]+)>;\s*rel=preload/.exec(earlyHintLinks(entry)[0] ?? '')?.[1] ?? '/styles.css';

/** A page that uses what the hints preload: the final 200 after a 103. */
export const standInPage = (entry: CodeEntry) => `<!doctype html><title>Dashboard</title><link rel="stylesheet" href="${preloadedHref(entry)}">`;

/** How long the stand-in work takes: long enough to see the interim response arrive first. */
export const standInMs = 1_000;

/** The JavaScript stand-ins for the reader's work, declared above the server. */
export const jsStandIn = {
  page: (entry: CodeEntry) =>
    `// Stands in for your page rendering\nconst renderPage = async () => ${jsString(standInPage(entry))};`,
  work: `// Stands in for your long-running work (here, ${standInMs / 1000} second)\nconst copyCollection = () => new Promise((resolve) => setTimeout(resolve, ${standInMs}));`,
};

/**
 * The final response after the interim one: an upload (100) or a WebDAV COPY that made a new
 * resource (102, RFC 4918 section 9.8.5) ends in 201 Created; a page after its hints (103) in 200.
 */
export const finalAfter: Record<number, number> = { 100: 201, 102: 201, 103: 200, 104: 201 };

/** The codes each stack is run for: every entry whose page has a "Return it" snippet for that stack. */
import { codes, type CodeEntry } from '../../src/data/codes';
import { snippetGroups } from '../../src/snippets';

export interface Case {
  entry: CodeEntry;
  code: string;
}

/**
 * Recipes that cannot be checked against the page's request, and why. A static file's entity tag
 * is the server's own (modification time and size), so the example's If-None-Match and If-Range
 * never match it: nginx and Apache answer that request with 200, rightly.
 */
export const notRunHere: Record<string, Record<string, string>> = Object.fromEntries(
  ['nginx', 'apache'].map((stack) => [
    stack,
    {
      '304': "the page's If-None-Match is the example's ETag, not the one the server makes for its file",
      '206': "the page's If-Range is the example's ETag, not the one the server makes for its file",
    },
  ]),
);

/**
 * Stacks whose interim (1xx) snippets are served. Rails' 103 needs Puma started with
 * --early-hints (WEBrick, which the Rails run uses for its Date, cannot send a 1xx) and a view.
 */
const interimServed = new Set(['express', 'node-http', 'fastify', 'go']);

export function casesFor(stack: string): Case[] {
  const skipped = notRunHere[stack] ?? {};
  for (const [slug, reason] of Object.entries(skipped)) console.warn(`NOT RUN ${stack} ${slug}: ${reason}`);
  return codes
    .filter((entry) => (entry.code >= 200 || interimServed.has(stack)) && !(entry.slug in skipped))
    .flatMap((entry) => {
      const snippet = snippetGroups(entry).find((g) => g.id === 'return')?.snippets.find((s) => s.id === stack);
      return snippet ? [{ entry, code: snippet.code }] : [];
    });
}

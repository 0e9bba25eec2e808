/** The codes each stack is run for: every entry whose page has a "Return it" snippet for that stack. */
import { codes, type CodeEntry } from '../../src/data/codes';
import { snippetGroups } from '../../src/snippets';

export interface Case {
  entry: CodeEntry;
  code: string;
}

/**
 * Final responses only: the interim (1xx) snippets show an API inside a larger handler
 * (writeEarlyHints, writeProcessing) and are checked by the compile tests, not served here.
 */
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

export function casesFor(stack: string): Case[] {
  const skipped = notRunHere[stack] ?? {};
  for (const [slug, reason] of Object.entries(skipped)) console.warn(`NOT RUN ${stack} ${slug}: ${reason}`);
  return codes
    .filter((entry) => entry.code >= 200 && !(entry.slug in skipped))
    .flatMap((entry) => {
      const snippet = snippetGroups(entry).find((g) => g.id === 'return')?.snippets.find((s) => s.id === stack);
      return snippet ? [{ entry, code: snippet.code }] : [];
    });
}

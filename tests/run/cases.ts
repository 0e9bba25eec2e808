/** The codes each stack is run for: every entry whose page has a "Return it" snippet for that stack, interim (1xx) codes included. */
import { codes, type CodeEntry } from '../../src/data/codes';
import { snippetGroups } from '../../src/snippets';
import { serverSendsNoDate } from './expectations';

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

export function casesFor(stack: string): Case[] {
  const skipped = notRunHere[stack] ?? {};
  for (const [slug, reason] of Object.entries(skipped)) console.warn(`NOT RUN ${stack} ${slug}: ${reason}`);
  for (const [slug, reason] of Object.entries(serverSendsNoDate[stack] ?? {})) console.warn(`DATE MAY BE MISSING ${stack} ${slug}: ${reason}`);
  return codes
    .filter((entry) => !(entry.slug in skipped))
    .flatMap((entry) => {
      const snippet = snippetGroups(entry).find((g) => g.id === 'return')?.snippets.find((s) => s.id === stack);
      return snippet ? [{ entry, code: snippet.code }] : [];
    });
}

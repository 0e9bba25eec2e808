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
export function casesFor(stack: string): Case[] {
  return codes
    .filter((entry) => entry.code >= 200)
    .flatMap((entry) => {
      const snippet = snippetGroups(entry).find((g) => g.id === 'return')?.snippets.find((s) => s.id === stack);
      return snippet ? [{ entry, code: snippet.code }] : [];
    });
}

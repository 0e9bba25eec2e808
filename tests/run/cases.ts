/** The codes each stack is run for: every entry whose page has a "Return it" snippet for that stack, interim (1xx) codes included. */
import { codes, type CodeEntry } from '../../src/data/codes';
import { snippetGroups } from '../../src/snippets';
import { serverSendsNoDate } from './expectations';

export interface Case {
  entry: CodeEntry;
  code: string;
}

export function casesFor(stack: string): Case[] {
  for (const [slug, reason] of Object.entries(serverSendsNoDate[stack] ?? {})) console.warn(`DATE MAY BE MISSING ${stack} ${slug}: ${reason}`);
  return codes.flatMap((entry) => {
    const snippet = snippetGroups(entry).find((g) => g.id === 'return')?.snippets.find((s) => s.id === stack);
    return snippet ? [{ entry, code: snippet.code }] : [];
  });
}

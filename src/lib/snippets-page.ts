import type { SnippetGroup } from '../snippets';

type Group = Pick<SnippetGroup, 'id' | 'snippets'>;

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const phrases: Record<Group['id'], (group: Group) => string> = {
  return: (g) => `return it from ${count(g.snippets.length, 'server stack', 'server stacks')}`,
  diagnose: (g) => `find where it comes from with ${count(g.snippets.length, 'recipe', 'recipes')}`,
  handle: (g) => `handle it in ${count(g.snippets.length, 'client', 'clients')}`,
  test: (g) => `test it with ${list(g.snippets.map((s) => s.framework))}`,
};

/** The meta description of an entry's snippets page, from what its groups hold: "Code for 429 Too Many Requests: return it from 16 server stacks, …". */
export function snippetsPageDescription(title: string, groups: Group[]): string {
  return `Code for ${title}: ${list(groups.map((group) => phrases[group.id](group)))}, each ready to copy.`;
}

import type { CodeEntry } from '../data/codes';
import { expressSnippet } from './node-express';
import { nodeHttpSnippet } from './node-http';

export interface Snippet {
  title: string;
  lang: string;
  code: string;
}

/** Every snippet shown on an entry's page, in display order. */
export function snippetsFor(entry: CodeEntry): Snippet[] {
  return [
    { title: 'Node.js: Express', lang: 'js', code: expressSnippet(entry) },
    { title: 'Node.js: native http', lang: 'js', code: nodeHttpSnippet(entry) },
  ];
}

import type { CodeEntry } from '../data/codes';
import { axiosClient } from './client/axios';
import { fetchClient } from './client/fetch';
import { goClient } from './client/go';
import { requestsClient } from './client/requests';
import { diagnose } from './diagnose';
import { curl } from './test/curl';
import { snippetMode } from './rules';
import { apache } from './server/apache';
import { aspnet } from './server/aspnet';
import { axum } from './server/axum';
import { django } from './server/django';
import { express } from './server/express';
import { fastapi } from './server/fastapi';
import { fastify } from './server/fastify';
import { flask } from './server/flask';
import { goNetHttp } from './server/go';
import { laravel } from './server/laravel';
import { nextjs, nextMethods } from './server/nextjs';
import { snippetRequest } from './request';
import { nginx } from './server/nginx';
import { nodeHttp } from './server/node-http';
import { php } from './server/php';
import { rails } from './server/rails';
import { spring } from './server/spring';
import type { Generator, Snippet } from './types';

export type { Snippet } from './types';

/** Server-side generators in tab order: languages grouped, then frameworks within each. */
export const serverGenerators: Generator[] = [
  express, nodeHttp, fastify, nextjs,
  flask, fastapi, django,
  goNetHttp,
  spring,
  aspnet,
  laravel, php,
  rails,
  axum,
  nginx, apache,
];

export const clientGenerators: Generator[] = [fetchClient, axiosClient, requestsClient, goClient];

export interface SnippetGroup {
  id: 'return' | 'diagnose' | 'handle' | 'test';
  title: string;
  intro: string;
  snippets: Snippet[];
  /** Stacks that cannot express this code, and why, so their absence is explained rather than silent. */
  unavailable?: { frameworks: string[]; reason: string };
}

export const allGenerators = [...serverGenerators, ...clientGenerators, diagnose, curl];

/** The entry's hand-written snippet for a generator, or the generated one; undefined when the stack cannot express the code. */
function snippetText(generator: Generator, entry: CodeEntry): string | undefined {
  return entry.snippets?.[generator.id] ?? generator.generate(entry);
}

const run = (generators: Generator[], entry: CodeEntry): Snippet[] =>
  generators.flatMap((generator) => {
    const code = snippetText(generator, entry);
    const { id, language, framework, lang } = generator;
    return code === undefined ? [] : [{ id, language, framework, lang, code }];
  });

/** Why application frameworks skip a code: they cannot send it at all, not that we left it out. */
function unavailableReason(entry: CodeEntry): string {
  if (entry.code < 200) return 'we know of no supported way to send this interim (1xx) response from their application code; where the protocol needs one, the server sends it itself';
  if (entry.code > 599) return 'they accept only status codes from 100 (or 200) to 599';
  const { method } = snippetRequest(entry);
  if (!nextMethods.has(method)) return `a Next.js route handler cannot answer the ${method} method (it exports only ${[...nextMethods].join(', ')})`;
  return 'they have no way to send this code';
}

/**
 * Every snippet for an entry, in the groups the page shows. Codes an application never sends
 * get diagnostics (and the server configuration that produces or handles them) instead of
 * "return it" snippets.
 */
export function snippetGroups(entry: CodeEntry): SnippetGroup[] {
  const groups: SnippetGroup[] = [];
  if (snippetMode(entry) === 'return') {
    const snippets = run(serverGenerators, entry);
    // nginx and Apache only have recipes for the codes people produce in configuration.
    const skipped = serverGenerators.filter((g) => !['nginx', 'apache'].includes(g.id) && !snippets.some((s) => s.id === g.id));
    groups.push({
      id: 'return',
      title: 'Return it',
      intro: 'Send this status from your server or framework.',
      snippets,
      unavailable: skipped.length > 0 ? { frameworks: skipped.map((g) => g.framework), reason: unavailableReason(entry) } : undefined,
    });
  } else {
    groups.push({
      id: 'diagnose',
      title: 'Diagnose it',
      intro: 'Your application does not send this code itself: find where it comes from.',
      snippets: run([diagnose, nginx, apache], entry),
    });
  }
  groups.push({ id: 'handle', title: 'Handle it', intro: 'What a client should do when it receives this code.', snippets: run(clientGenerators, entry) });
  groups.push({ id: 'test', title: 'Test it', intro: 'Reproduce the example request and see the status line and headers.', snippets: run([curl], entry) });
  return groups.filter((group) => group.snippets.length > 0);
}

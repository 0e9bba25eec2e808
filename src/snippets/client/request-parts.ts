import type { CodeEntry } from '../../data/codes';
import { snippetRequest, type SnippetRequest } from '../request';

/**
 * The request as the client snippets send it: the code's shared request, without the fields
 * a client library sets or refuses (Expect: Node's fetch rejects it, and it only makes sense
 * with a body the client holds back), and with the body only where the method carries one.
 */
export function clientRequest(entry: CodeEntry, drop: string[] = []): SnippetRequest {
  const request = snippetRequest(entry);
  const dropped = new Set(['expect', ...drop.map((name) => name.toLowerCase())]);
  return {
    ...request,
    headers: request.headers.filter(([name]) => !dropped.has(name.toLowerCase())),
    body: ['GET', 'HEAD'].includes(request.method) ? undefined : request.body,
  };
}

/** The cached validator a 304's request sends, so the snippet can show what it is compared with. */
export const ifNoneMatch = (request: SnippetRequest) =>
  request.headers.find(([name]) => name.toLowerCase() === 'if-none-match')?.[1] ?? '"v1"';

import { jsObject, jsString } from '../format';
import { snippetRequest } from '../request';
import { phraseToSet, snippetHeaders } from '../rules';
import type { Generator } from '../types';
import { jsPayload } from './js-parts';

/** The methods an App Router route handler can export; any other method gets 405 from Next.js. */
export const nextMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Next.js App Router route handler, in the folder of the request's path. The Fetch API's
 * Response only accepts statuses 200 to 599, so interim and out-of-range codes cannot be
 * expressed, nor methods a route handler cannot export.
 */
export const nextjs: Generator = {
  id: 'nextjs',
  language: 'JavaScript',
  framework: 'Next.js',
  lang: 'ts',
  generate(entry) {
    const request = snippetRequest(entry);
    if (entry.code < 200 || entry.code > 599 || !nextMethods.has(request.method)) return undefined;
    const { payload, value, headers: payloadHeaders } = jsPayload(entry, 1);
    const headers = [...snippetHeaders(entry), ...payloadHeaders];
    const phrase = phraseToSet(entry, 'node');
    const initParts = [`status: ${entry.code}`, ...(phrase ? [`statusText: ${jsString(phrase)}`] : []), ...(headers.length > 0 ? [`headers: ${jsObject(headers, 2)}`] : [])];
    const init = `{ ${initParts.join(', ')} }`;
    const body =
      payload.kind === 'json'
        ? `return Response.json(${value}, ${init});`
        : payload.kind === 'text'
          ? `return new Response(${value}, ${init});`
          : `return new Response(null, ${init});`;
    const folder = request.path === '/' ? 'app' : `app${request.path.replace(/\/$/, '')}`;
    return `// ${folder}/route.ts
export async function ${request.method}(request: Request) {
  ${body}
}`;
  },
};

import { jsObject, jsString } from '../format';
import { snippetRequest } from '../request';
import { phraseToSet, snippetHeaders } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';
import { jsPayload, jsValidatorParts, type JsStack } from './js-parts';

const stack: JsStack = {
  get: (name) => `request.headers.get(${jsString(name)})`,
  send: (status, headers, body) => `return new Response(${body ?? 'null'}, { ${status === 200 ? '' : `status: ${status}, `}${headers === 'headers' ? 'headers' : `headers: ${headers}`} });`,
  // A string: every character of the stand-in is one byte, and Response takes it as typed.
  fileExpr: (plan) => `${jsString(plan.line)}.repeat(${plan.copies}).slice(0, ${plan.size})`,
  slice: 'slice',
};

/**
 * The file the handler goes in. Next.js redirects a path with a trailing slash to the one
 * without (308) unless next.config sets trailingSlash: true, so a request for "/owa/" says so.
 */
function fileLines(path: string, folder: string): string {
  const file = `// ${folder}/route.ts`;
  if (path === '/' || !path.endsWith('/')) return file;
  return `${file}\n// next.config: trailingSlash: true (without it, Next.js answers ${path} with a 308 to ${path.replace(/\/$/, '')})`;
}

/** 304 only when If-None-Match matches; 206 and 416 only from the Range header (rules.ts). */
function validatorsOrRanges(entry: CodeEntry, folder: string): string | undefined {
  const parts = jsValidatorParts(entry, stack);
  if (!parts) return undefined;
  const { consts, lines } = parts;
  return `${fileLines(snippetRequest(entry).path, folder)}
${consts}

export async function GET(request: Request) {
  ${lines.join('\n  ')}
}`;
}

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
    const folder = request.path === '/' ? 'app' : `app${request.path.replace(/\/$/, '')}`;
    const special = validatorsOrRanges(entry, folder);
    if (special) return special;
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
    return `${fileLines(request.path, folder)}
export async function ${request.method}(request: Request) {
  ${body}
}`;
  },
};

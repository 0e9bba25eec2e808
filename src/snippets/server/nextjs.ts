import { jsObject } from '../format';
import { errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/**
 * Next.js App Router route handler (app/example/route.ts). The Fetch API's Response only
 * accepts statuses 200 to 599, so interim and out-of-range codes cannot be expressed.
 */
export const nextjs: Generator = {
  id: 'nextjs',
  language: 'JavaScript',
  framework: 'Next.js',
  lang: 'ts',
  generate(entry) {
    if (entry.code < 200 || entry.code > 599) return undefined;
    const headers = snippetHeaders(entry);
    const init = headers.length > 0 ? `{ status: ${entry.code}, headers: ${jsObject(headers, 2)} }` : `{ status: ${entry.code} }`;
    const body = sendsBody(entry)
      ? `return Response.json(${jsObject(Object.entries(errorBody(entry)), 2)}, ${init});`
      : `return new Response(null, ${init});`;
    return `// app/example/route.ts
export async function GET(request: Request) {
  ${body}
}`;
  },
};

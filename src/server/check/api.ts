import { problemBody } from '../problem';
import { checkUrlText } from './guard';
import { checkUrl, type CheckerDeps, type CheckResult } from './follow';
import { Semaphore } from './limit';
import { verdictFor } from './verdict';

/**
 * POST /api/check with {"urls": [...]} (1 to 20) and GET /api/check?url=... Both answer
 * {"results": [...]}, one result per URL in order. A request that cannot be read gets 400 with
 * RFC 9457 Problem Details naming the field; one bad URL among several gets its own `error`.
 */

const MAX_BODY_BYTES = 64 * 1024;

export type CheckHandlerDeps = CheckerDeps;

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });

/** RFC 9457 Problem Details, as every error the server raises; `parameter` names the field at fault. */
const problem = (parameter: string, detail: string, status = 400, title = 'Bad Request') =>
  new Response(problemBody({ status, title, detail, parameter }), { status, headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' } });

async function readBody(request: Request): Promise<string | undefined> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** The URLs a request asks for, or the Response that explains why it cannot be read. */
async function requestedUrls(request: Request, deps: CheckHandlerDeps): Promise<string[] | Response> {
  const { maxUrls } = deps.settings;
  if (request.method === 'GET' || request.method === 'HEAD') {
    const urls = new URL(request.url).searchParams.getAll('url');
    if (urls.length !== 1) return problem('url', urls.length === 0 ? 'Give the URL to check as ?url=https://...' : 'Give one ?url= parameter; to check several URLs, POST {"urls": [...]}.');
    return urls;
  }
  if (request.method !== 'POST') return problem('method', `${request.method} is not supported here; use GET ?url= or POST {"urls": [...]}.`, 405, 'Method Not Allowed');
  const text = await readBody(request);
  if (text === undefined) return problem('body', `The body is over ${MAX_BODY_BYTES / 1024} KB.`, 413, 'Content Too Large');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem('body', 'The body is not JSON. Send {"urls": ["https://example.com/"]} with Content-Type: application/json.');
  }
  const urls = (body as { urls?: unknown } | null)?.urls;
  if (urls === undefined) return problem('urls', 'The JSON has no "urls" field: send {"urls": ["https://..."]}.');
  if (!Array.isArray(urls)) return problem('urls', '"urls" must be an array of URL strings.');
  if (urls.length === 0) return problem('urls', '"urls" is empty: give 1 to 20 URLs.');
  if (urls.length > maxUrls) return problem('urls', `"urls" has ${urls.length} URLs; at most ${maxUrls} are checked in one request.`);
  const notText = urls.findIndex((url) => typeof url !== 'string');
  if (notText !== -1) return problem(`urls[${notText}]`, 'Every item of "urls" must be a string.');
  return urls as string[];
}

export function createCheckHandler(deps: CheckHandlerDeps): (request: Request) => Promise<Response> {
  const slots = new Semaphore(deps.settings.concurrency);
  return async (request) => {
    const urls = await requestedUrls(request, deps);
    if (urls instanceof Response) return urls;
    // One URL that cannot be checked at all is a bad request; among several, it gets its own error.
    if (urls.length === 1) {
      const text = checkUrlText(urls[0]!, deps.settings);
      if (!text.ok) return problem(request.method === 'POST' ? 'urls[0]' : 'url', `This URL is refused: ${text.reason}.`);
    }
    const deadline = AbortSignal.timeout(deps.settings.timeouts.perRequestMs);
    const results = await Promise.all(
      urls.map((url): Promise<CheckResult> => {
        const text = checkUrlText(url, deps.settings);
        if (!text.ok) {
          const error = `refused: ${text.reason}`;
          return Promise.resolve({ url, hops: [], error, verdict: verdictFor([], error) });
        }
        return slots.run(() => checkUrl(url, deps, deadline));
      }),
    );
    return json({ results });
  };
}

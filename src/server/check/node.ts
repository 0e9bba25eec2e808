/**
 * /api/check on the Node server: the Web-standard handler behind the same kind of rate limit as
 * /status/* (its own budget, so checking URLs does not spend the playground's), with the system
 * resolver and the pinned node:http fetch. The checker needs sockets and DNS it controls, so it
 * runs on Node only; the Worker answers 501 (src/server/worker.ts).
 */
import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SITE } from '../../consts';
import { codeUrl } from '../../lib/urls';
import { nodeRateLimiter } from '../limits/node-rate-limiter';
import { noRateLimit } from '../limits/types';
import { problemBody } from '../problem';
import type { Settings } from '../settings';
import type { StatusTable } from '../status/table';
import { createCheckHandler } from './api';
import { fetchHop } from './fetch-hop';
import { catalogueFromTable } from './meaning';
import { systemResolver } from './node-resolver';
import type { CheckerSettings } from './settings';

function toWebRequest(request: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(request) as ReadableStream<Uint8Array>);
  return new Request(url, { method, headers, body, duplex: 'half' } as RequestInit);
}

export function nodeCheckListener(settings: Settings, checker: CheckerSettings, table: StatusTable, clientKey: (request: IncomingMessage) => string) {
  const handle = createCheckHandler({
    settings: checker,
    resolve: systemResolver,
    catalogue: catalogueFromTable(table),
    pageUrl: (slug) => new URL(codeUrl({ slug }), SITE.url).href,
    fetchHop,
  });
  const limiter = settings.rateLimit ? nodeRateLimiter(settings) : noRateLimit;

  return async function handleCheckRequest(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const decision = await limiter.take(clientKey(request));
    if (!decision.allowed) {
      const retryAfter = String(decision.retryAfter ?? 1);
      response.writeHead(429, 'Too Many Requests', [
        ['content-type', 'application/problem+json'],
        ['cache-control', 'no-store'],
        ['retry-after', retryAfter],
        ...decision.headers,
      ].flat());
      response.end(problemBody({ status: 429, title: 'Too Many Requests', detail: `Too many checks from this client; try again in ${retryAfter} s.` }));
      return;
    }
    const answer = await handle(toWebRequest(request, url));
    const headers: string[] = [];
    answer.headers.forEach((value, name) => headers.push(name, value));
    for (const [name, value] of decision.headers) headers.push(name, value);
    response.writeHead(answer.status, headers);
    response.end(request.method === 'HEAD' ? undefined : Buffer.from(await answer.arrayBuffer()));
  };
}

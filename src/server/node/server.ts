/**
 * The Node server: /status/* goes straight to the status handler (no page pipeline in the way),
 * /api/check to the URL checker, everything else to the prerendered site. Used by `npm run serve` and by the tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { nodeCheckListener } from '../check/node';
import type { CheckerSettings } from '../check/settings';
import { nodeRateLimiter } from '../limits/node-rate-limiter';
import { sleepGate } from '../limits/sleep-gate';
import { noRateLimit } from '../limits/types';
import type { Settings } from '../settings';
import { handleStatus, type Runtime } from '../status/handler';
import { NODE_INTERIM } from '../status/plan';
import type { StatusTable } from '../status/table';
import { readBody } from './read-body';
import { staticFiles } from './static-files';
import { writePlan } from './write-plan';

export interface NodeServerOptions {
  settings: Settings;
  /** The URL checker's settings (src/server/check/settings.ts). */
  checker: CheckerSettings;
  table: StatusTable;
  /** The built site (dist/). */
  root: string;
}

function clientKey(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? request.headers['x-forwarded-for'] : undefined;
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  return first || request.socket.remoteAddress || 'unknown';
}

export function nodeRuntime(settings: Settings, table: StatusTable): Runtime {
  return {
    name: 'Node',
    table,
    rateLimiter: settings.rateLimit ? nodeRateLimiter(settings) : noRateLimit,
    sleepGate: sleepGate({ perClient: settings.sleepPerClient, total: settings.sleepTotal }),
    interim: NODE_INTERIM,
    finalStatus: () => null,
    abortRefusal: null,
    random: Math.random,
    sleep: (ms) => wait(ms),
  };
}

/** The /status/* part of the Node server, also used by `astro dev` (src/server/dev.ts). */
export function nodeStatusListener(settings: Settings, runtime: Runtime) {
  return async function handleStatusRequest(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const length = request.headers['content-length'];
    const outcome = await handleStatus(
      {
        method: request.method ?? 'GET',
        code: url.pathname.slice('/status/'.length),
        params: url.searchParams,
        accept: request.headers.accept ?? null,
        preflightMethod: (request.headers['access-control-request-method'] as string | undefined) ?? null,
        preflightHeaders: (request.headers['access-control-request-headers'] as string | undefined) ?? null,
        clientKey: clientKey(request, settings.trustProxy),
        contentLength: length === undefined ? null : Number(length),
        readBody: (limit) => readBody(request, limit),
      },
      runtime,
    );
    if (outcome.abort) request.socket.destroy();
    else writePlan(request, response, outcome.plan);
  };
}

export function createNodeServer({ settings, checker, table, root }: NodeServerOptions): Server {
  const handleStatusRequest = nodeStatusListener(settings, nodeRuntime(settings, table));
  const handleCheckRequest = nodeCheckListener(settings, checker, table, (request) => clientKey(request, settings.trustProxy));
  const serveStatic = staticFiles(resolve(root));

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/status/')) return handleStatusRequest(request, response, url);
    if (url.pathname === '/api/check') return handleCheckRequest(request, response, url);
    return serveStatic(request, response, url);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal error\n');
      else response.destroy();
    });
  });
  server.headersTimeout = settings.headersTimeout;
  server.requestTimeout = settings.requestTimeout;
  return server;
}

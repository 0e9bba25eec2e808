/** Helpers for the status-server tests: a Node server on a loopback port, raw HTTP exchanges. */
import { readCheckerSettings } from '../../src/server/check/settings';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCodesByNumber } from '../../src/data/queries';
import { createNodeServer } from '../../src/server/node/server';
import { readSettings } from '../../src/server/settings';
import { buildStatusTable } from '../../src/server/status/table';
import { headersFile } from '../../src/integrations/csp';

export const table = buildStatusTable(getCodesByNumber);

/** A tiny built site: a page, the 404 page, one dataset file and the real _headers rules. */
export function fakeSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'status-site-'));
  mkdirSync(join(root, 'api'));
  mkdirSync(join(root, 'codes/404'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(root, 'codes/404/index.html'), '<!doctype html><title>404</title>');
  writeFileSync(join(root, 'api/codes.json'), '{"count":0}');
  writeFileSync(join(root, '_headers'), headersFile("default-src 'self'"));
  return root;
}

/** Starts the Node server on 127.0.0.1:`port` (the tests' range is 5200-5299) with these settings. */
export async function startNode(port: number, env: Record<string, string> = {}) {
  const settings = readSettings({ STATUS_RATE_LIMIT: 'off', ...env });
  const server = createNodeServer({ settings, checker: readCheckerSettings(env), table, root: fakeSite() });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

export interface Exchange {
  status: number;
  phrase: string;
  headers: IncomingHttpHeaders;
  body: string;
  interim: { status: number; phrase: string; headers: IncomingHttpHeaders }[];
}

/** One request with node:http, which shows the reason phrase and every interim response. */
export function exchange(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const interim: Exchange['interim'] = [];
    const headers = { ...options.headers };
    // Node sends a DELETE or OPTIONS body without framing unless told its length.
    if (options.body !== undefined && !headers['Transfer-Encoding']) headers['Content-Length'] = String(Buffer.byteLength(options.body));
    const req = httpRequest(url, { method: options.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, phrase: res.statusMessage!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), interim }),
      );
    });
    req.on('information', (info) => interim.push({ status: info.statusCode, phrase: info.statusMessage, headers: info.headers }));
    req.on('error', reject);
    req.end(options.body);
  });
}

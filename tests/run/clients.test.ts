/**
 * Client snippets (fetch, axios, requests, Go) run as rendered against a local server that
 * answers with the code, changed only in the origin of the URL they request (http://127.0.0.1:<port>;
 * several lanes, each its own server and port, run programs at once). Each must send
 * the code's request and take the branch it claims: retry once when told to, refresh the token
 * once on 401, follow a redirect, revalidate with If-None-Match, and fail loudly where the
 * request itself must change.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type CodeEntry } from '../../src/data/codes';
import { snippetGroups } from '../../src/snippets';
import { clientStrategy, type ClientStrategy } from '../../src/snippets/client/strategy';
import { requestUrl, sentTarget, snippetRequest } from '../../src/snippets/request';
import { isIdempotent } from '../../src/snippets/client/request-parts';
import { snippetHeaders, snippetPayload } from '../../src/snippets/rules';
import { websocketAccept } from './expectations';
import { has, HOST, PORT_LAST, skipNote, within, workDir } from './harness';

/**
 * Lanes: each a local server on its own port with its own case, so that several programs run
 * at once (most of a run is a program starting, or sleeping before its retry).
 */
const LANES = 4;

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  /** The first WebSocket message, after a 101 (text frames only). */
  message?: string;
}

/** One server, the case it answers for, and what it received. */
interface Lane {
  port: number;
  server?: Server;
  entry?: CodeEntry;
  strategy?: ClientStrategy;
  seen: Seen[];
  /** The lane's cases run one after another. */
  queue: Promise<unknown>;
}

const lanes: Lane[] = Array.from({ length: LANES }, (_, i) => ({ port: PORT_LAST - 1 - i, seen: [], queue: Promise.resolve() }));

/** Runs one case on its lane once the lane's previous case has finished. */
function onLane<T>(lane: Lane, work: () => Promise<T>): Promise<T> {
  const run = lane.queue.then(work);
  lane.queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

function answer(lane: Lane, req: IncomingMessage, res: ServerResponse): void {
  const { entry, strategy } = lane;
  lane.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
  req.resume();
  if (!entry || !strategy) return void res.writeHead(500).end();
  if (req.url === '/landed') return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end('landed');
  if (strategy === 'no-response') return void req.socket.destroy();
  const repeat = lane.seen.length > 1;
  // Told to retry or to refresh the token, the client is answered 200 the second time.
  if (repeat && ['retry-after', 'retry-transient', 'reauth'].includes(strategy)) return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  const headers: Record<string, string> = Object.fromEntries(snippetHeaders(entry));
  if (headers['Retry-After']) headers['Retry-After'] = '1'; // the snippet obeys whatever the server says; keep the run short
  if (strategy === 'redirect' || strategy === 'created') headers.Location = '/landed';
  const payload = snippetPayload(entry);
  if (payload.kind === 'json') res.writeHead(entry.code, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(Object.fromEntries(payload.fields)));
  else if (payload.kind === 'text') res.writeHead(entry.code, { ...headers, 'Content-Type': payload.contentType }).end(payload.text);
  else res.writeHead(entry.code, headers).end();
}

/**
 * 101: the WebSocket handshake (RFC 6455 section 4.2.2), then the client's first frame is read
 * (masked, as a client's must be) and the server closes with 1000, so the program can end.
 */
function upgrade(lane: Lane, req: IncomingMessage, socket: Duplex): void {
  const seen: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
  lane.seen.push(seen);
  const key = req.headers['sec-websocket-key'];
  if (lane.strategy !== 'websocket' || typeof key !== 'string') return void socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${websocketAccept(key)}\r\n\r\n`);
  let buffered = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    // A short frame: FIN and opcode, then the mask bit and a length under 126, the mask, the payload.
    if (seen.message !== undefined || buffered.length < 6) return;
    const length = buffered[1]! & 0x7f;
    if (buffered.length < 6 + length) return;
    const mask = buffered.subarray(2, 6);
    const payload = Buffer.from(buffered.subarray(6, 6 + length).map((byte, i) => byte ^ mask[i % 4]!));
    seen.message = (buffered[0]! & 0x0f) === 1 ? payload.toString() : `(opcode ${buffered[0]! & 0x0f})`;
    socket.end(Buffer.from([0x88, 0x02, 0x03, 0xe8])); // Close, 1000: normal closure
  });
  socket.on('error', () => undefined);
}

interface Client {
  id: string;
  missing?: string;
  extension: string;
  /** Returns the command that runs the file. */
  command: (file: string) => [string, string[]];
  prepare?: (dir: string, files: string[]) => Promise<void>;
}

const pythonWithRequests = ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import requests'], { stdio: 'ignore', timeout: 30_000 }).status === 0);
const only = process.env.SNIPPET_STACKS?.split(',');
const goOk = has('go', ['version']);

const clients: Client[] = [
  // Node 20 has WebSocket behind a flag; the snippet says Node 22+, which has it by default.
  { id: 'fetch', extension: '.mjs', command: (file) => [process.execPath, ['--experimental-websocket', file]] },
  { id: 'axios', extension: '.mjs', command: (file) => [process.execPath, [file]] },
  { id: 'requests', missing: pythonWithRequests ? undefined : 'Python requests (apt: python3-requests)', extension: '.py', command: (file) => [pythonWithRequests!, [file]] },
  {
    id: 'go-client',
    missing: goOk ? undefined : 'go (apt: golang-go)',
    extension: '.go',
    command: (file) => [file.replace(/\/([^/]+)\/main\.go$/, '/bin/$1'), []],
  },
];

function runFile(command: [string, string[]]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command[1], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

function goBuild(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('go', ['build', '-ldflags=-s -w', '-o', 'bin/', './...'], {
      cwd: dir,
      env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 900_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (status === 0) resolve();
      else reject(new Error(`go build of the client snippets failed:\n${err}`));
    });
  });
}

const cases = codes.flatMap((entry) => {
  if (only && !clients.some((client) => only.includes(client.id))) return [];
  const strategy = clientStrategy(entry);
  if (!strategy) return [];
  const handle = snippetGroups(entry).find((g) => g.id === 'handle')?.snippets ?? [];
  return clients.filter((client) => !only || only.includes(client.id)).flatMap((client) => {
    const snippet = handle.find((s) => s.id === client.id);
    return snippet ? [{ entry, strategy, client, code: snippet.code }] : [];
  });
});

/** The branch each strategy claims, as seen from the server and the program's exit. */
function branchProblems(entry: CodeEntry, strategy: ClientStrategy, result: { status: number | null; output: string }, seen: Seen[]): string[] {
  const found: string[] = [];
  const request = snippetRequest(entry);
  const first = seen[0];
  if (!first) return ['the client sent no request'];
  if (strategy !== 'not-modified' && first.method !== request.method) found.push(`sent ${first.method}, the code's request is ${request.method}`);
  // An elided example target (414) is sent built out, as the curl command builds it.
  if (first.url !== sentTarget(entry)) found.push(`requested ${first.url.slice(0, 200)}, expected ${sentTarget(entry).slice(0, 200)}`);
  if (strategy === 'websocket') {
    // The WebSocket API makes its own handshake: a fresh key, and the fields of RFC 6455 section 4.1.
    if (first.headers.upgrade !== 'websocket' || !/upgrade/i.test(first.headers.connection ?? '') || first.headers['sec-websocket-version'] !== '13')
      found.push(`not a WebSocket handshake: ${JSON.stringify(first.headers)}`);
    if (first.message !== 'hello') found.push(`its first message was ${JSON.stringify(first.message)}, expected "hello" once open`);
    if (/refused/i.test(result.output)) found.push('took the error branch');
    if (result.status !== 0) found.push(`exited ${result.status}`);
    return found;
  }
  for (const [name, value] of request.headers) {
    if (['authorization', 'expect'].includes(name.toLowerCase())) continue;
    if (first.headers[name.toLowerCase()] !== value) found.push(`header ${name}: sent ${JSON.stringify(first.headers[name.toLowerCase()])}, expected "${value}"`);
  }
  const ok = result.status === 0;
  const count = seen.filter((s) => s.url !== '/landed').length;
  switch (strategy) {
    case 'fail':
      if (ok) found.push('exited 0; it claims to fail on this code');
      if (count !== 1) found.push(`sent ${count} requests; it must not retry`);
      break;
    case 'retry-after':
    case 'retry-transient':
      // A request whose method is not idempotent is never resent (RFC 9110 section 9.2.2).
      if (!isIdempotent(request.method)) {
        if (count !== 1) found.push(`sent ${request.method} ${count} times; it is not idempotent and must not be resent`);
      } else if (count !== 2) found.push(`sent ${count} requests; expected one retry after the ${entry.code}`);
      if (!ok) found.push(`exited ${result.status}`);
      break;
    case 'reauth':
      if (count !== 2) found.push(`sent ${count} requests; expected one retry with a fresh token`);
      else if (seen[1]!.headers.authorization !== 'Bearer new-access-token') found.push(`the retry carried ${seen[1]!.headers.authorization}`);
      if (!ok) found.push(`exited ${result.status}`);
      break;
    case 'redirect':
      if (!seen.some((s) => s.url === '/landed')) found.push('did not follow the redirect');
      if (!ok) found.push(`exited ${result.status}`);
      break;
    case 'not-modified':
      if (!first.headers['if-none-match']) found.push('sent no If-None-Match');
      if (!/not modified|still fresh/i.test(result.output)) found.push('did not take the 304 branch');
      if (!ok) found.push(`exited ${result.status}`);
      break;
    case 'created':
      if (!/created at/i.test(result.output)) found.push('did not read Location');
      if (!ok) found.push(`exited ${result.status}`);
      break;
    case 'read':
      // 207: the multistatus body is read as XML (its href printed), never parsed as JSON.
      if (entry.code === 207 && !result.output.includes(`${request.path}`)) found.push('did not print the href of the multistatus response');
      if (!ok) found.push(`exited ${result.status}`);
      break;
    case 'partial':
      if (!/bytes \d+-\d+\/\d+/.test(result.output)) found.push('did not read Content-Range');
      if (!ok) found.push(`exited ${result.status}`);
      break;
    case 'no-response':
      // The branch that reports a closed or reset connection, not the timeout's, and no uncaught error
      // (Go's snippet ends with log.Fatal there, so its exit status says nothing).
      if (!/fetch failed|ECONNRESET|socket hang up|closed or reset/i.test(result.output)) found.push('did not report the closed connection');
      if (/Traceback|Uncaught|\n\s+at |panic:|TimeoutError|ECONNABORTED|No response within/i.test(result.output)) found.push('took another branch, or failed without handling the error');
      break;
    default:
      if (!ok) found.push(`exited ${result.status}`);
  }
  return found;
}

const missing = clients.filter((c) => c.missing);
for (const client of missing) skipNote(client.id, client.missing!);

/** The snippet as rendered, its request URL pointed at the lane's server (nothing else changes: a Referer keeps its origin). */
function localCode(c: (typeof cases)[number], port: number): string {
  const { path } = snippetRequest(c.entry);
  const origin = new URL(requestUrl(c.entry)).origin;
  const local = `http://${HOST}:${port}`;
  // The request URL (a WebSocket's with its own scheme), or an origin alone in quotes (axios' baseURL).
  const froms: [string, string][] = [
    [`${origin}${path}`, `${local}${path}`],
    [`${origin.replace(/^http/, 'ws')}${path}`, `${local.replace(/^http/, 'ws')}${path}`],
    [`'${origin}'`, `'${local}'`],
    [`"${origin}"`, `"${local}"`],
  ];
  if (!froms.some(([from]) => c.code.includes(from))) throw new Error(`${c.client.id} ${c.entry.slug}: the snippet does not request ${origin}${path}`);
  return froms.reduce((code, [from, to]) => code.split(from).join(to), c.code);
}

describe('client snippets, run against a server that answers with the code', () => {
  const dir = workDir('clients');
  const runnable = cases.filter((c) => !c.client.missing);
  const laneOf = new Map(runnable.map((c, i) => [c, lanes[i % LANES]!]));
  const files = new Map<(typeof cases)[number], string>();

  beforeAll(async () => {
    for (const lane of lanes) {
      lane.server = createServer((req, res) => answer(lane, req, res)).on('upgrade', (req, socket) => upgrade(lane, req, socket));
      await new Promise<void>((resolve) => lane.server!.listen(lane.port, HOST, resolve));
    }
    for (const c of runnable) {
      const name = `${c.client.id}_${c.entry.slug.replace(/\W/g, '_')}`;
      if (c.client.id === 'go-client') {
        mkdirSync(within(dir, 'go', name), { recursive: true });
        files.set(c, within(dir, 'go', name, 'main.go'));
      } else files.set(c, within(dir, `${name}${c.client.extension}`));
      writeFileSync(files.get(c)!, localCode(c, laneOf.get(c)!.port));
    }
    if (runnable.some((c) => c.client.id === 'go-client')) {
      writeFileSync(within(dir, 'go', 'go.mod'), 'module clients\n\ngo 1.19\n');
      await goBuild(within(dir, 'go'));
    }
  }, 900_000);

  afterAll(() => Promise.all(lanes.map((lane) => new Promise<void>((resolve) => (lane.server ? lane.server.close(() => resolve()) : resolve())))));

  it.concurrent.each(runnable.map((c) => [c.entry.slug, c.client.id, c] as const))('%s / %s', async (_slug, _id, c) => {
    const lane = laneOf.get(c)!;
    const { result, seen } = await onLane(lane, async () => {
      lane.entry = c.entry;
      lane.strategy = c.strategy;
      lane.seen = [];
      return { result: await runFile(c.client.command(files.get(c)!)), seen: lane.seen };
    });
    expect(branchProblems(c.entry, c.strategy, result, seen), result.output.slice(0, 1500)).toEqual([]);
  });
});

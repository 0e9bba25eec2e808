/**
 * Sends a code's request exactly as the page's "Test it" curl command does: the command is
 * taken from the same generator, and only its origin changes to http://127.0.0.1:<port>
 * (plus -sS and a deadline, which do not change the request).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CodeEntry } from '../../src/data/codes';
import { snippetGroups } from '../../src/snippets';
import { requestUrl } from '../../src/snippets/request';
import { HOST } from './harness';

export interface Exchange {
  status: number;
  reason: string;
  /** Header fields in order, names lower-cased. */
  headers: [string, string][];
  body: Buffer;
  /** What the status-only command printed (a final code's request only). */
  quietStatus?: string;
  /** Interim (1xx) heads before the final response, in order. */
  interim: { status: number; headers: [string, string][] }[];
}

/** The page's two curl commands for the entry, pointed at a local port. */
export function curlCommands(entry: CodeEntry, port: number): { full: string; quiet?: string } {
  const text = snippetGroups(entry).find((g) => g.id === 'test')?.snippets.find((s) => s.id === 'curl')?.code;
  if (!text) throw new Error(`${entry.slug}: no curl snippet`);
  const origin = new URL(requestUrl(entry)).origin;
  const local = (command: string) =>
    command.split(origin).join(`http://${HOST}:${port}`).replace(/^curl /m, 'curl -sS --max-time 10 ');
  const [full, rest] = text.split('\n\n# Just the status code');
  const quiet = rest?.slice(rest.indexOf('\n') + 1);
  if (!full || (!quiet && entry.code >= 200)) throw new Error(`${entry.slug}: the curl snippet lost its status-only command`);
  if (!full.includes(origin)) throw new Error(`${entry.slug}: the curl command does not request ${origin}`);
  return { full: local(full), quiet: quiet && local(quiet) };
}

/** Where the commands run: a file a command uploads (100) is made here. */
export const CURL_DIR = resolve('.snippet-run');

/**
 * Runs a shell command with a deadline (without blocking the test worker) and returns its raw
 * stdout. `timeoutOk`: curl's own deadline (exit 28) is an answer too, for a 101 whose connection
 * stays open for the new protocol.
 */
function sh(command: string, timeoutOk = false): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    mkdirSync(CURL_DIR, { recursive: true });
    const child = spawn('sh', ['-c', command], { cwd: CURL_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (status === 0 || (timeoutOk && status === 28)) resolve(Buffer.concat(out));
      else reject(new Error(`${command.slice(0, 2000)}\nexited ${status}: ${err}`));
    });
  });
}

/** Parses curl -i output: skips interim (1xx) heads, returns the final response. */
export function parseCurlOutput(raw: Buffer): Omit<Exchange, 'quietStatus'> {
  let rest = raw;
  const interim: Exchange['interim'] = [];
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (!rest.subarray(0, 5).equals(Buffer.from('HTTP/')) || end === -1) throw new Error(`not an HTTP response:\n${raw.toString().slice(0, 500)}`);
    const [statusLine, ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const match = /^HTTP\/[\d.]+ (\d{3})(?: (.*))?$/.exec(statusLine ?? '');
    if (!match) throw new Error(`bad status line: ${statusLine}`);
    const status = Number(match[1]);
    const body = rest.subarray(end + 4);
    const headers = lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
    });
    if (status >= 100 && status < 200 && status !== 101) {
      interim.push({ status, headers });
      rest = body;
      continue;
    }
    return { status, reason: match[2] ?? '', headers, body, interim };
  }
}

/** A command with one request field removed (value undefined) or given another value; fails if the command does not send it. */
function withField(entry: CodeEntry, command: string, field: string, value?: string): string {
  // The field, and the line continuation after it, which goes too when the field is removed.
  const sent = new RegExp(`-H '${field}: [^']*'((?: \\\\\n\\s*)?)`, 'i');
  if (!sent.test(command)) throw new Error(`${entry.slug}: the curl command sends no ${field}`);
  return command.replace(sent, (_, continuation: string) => (value === undefined ? '' : `-H '${field}: ${value}'${continuation}`));
}

/**
 * The page's full command with one request field removed or given another value (a variant of
 * the request that must not get the code: no If-None-Match, no Range).
 */
export function variantCommand(entry: CodeEntry, port: number, field: string, value?: string): string {
  return withField(entry, curlCommands(entry, port).full, field, value);
}

/** Sends a variant of the page's request (see variantCommand). */
export async function variantExchange(entry: CodeEntry, port: number, field: string, value?: string): Promise<Omit<Exchange, 'quietStatus'>> {
  return parseCurlOutput(await sh(variantCommand(entry, port, field, value)));
}

/**
 * Sends the page's request (both commands) to the port. `replaced`: one field sent with another
 * value, where the page's value cannot be the server's (a validator the server makes itself).
 */
export async function exchange(entry: CodeEntry, port: number, replaced?: [string, string]): Promise<Exchange> {
  const commands = curlCommands(entry, port);
  const full = replaced ? withField(entry, commands.full, ...replaced) : commands.full;
  const quiet = replaced && commands.quiet ? withField(entry, commands.quiet, ...replaced) : commands.quiet;
  // The file an upload sends (100): the reader's own; here 64 KiB of zeros.
  for (const [, file] of full.matchAll(/--data-binary @(\S+)/g)) writeFileSync(join(CURL_DIR, file!), Buffer.alloc(64 * 1024));
  const parsed = parseCurlOutput(await sh(entry.code === 101 ? full.replace('--max-time 10', '--max-time 2') : full, entry.code === 101));
  return { ...parsed, quietStatus: quiet && (await sh(quiet)).toString().trim() };
}

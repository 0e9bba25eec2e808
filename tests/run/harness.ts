/**
 * What every run-for-real test shares: a work folder, processes started with a deadline and
 * stopped by their own PID, ports in the range this suite may use, and waiting for them.
 * Only 127.0.0.1 is ever bound or contacted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';

/** The ports the suite's servers may use: 5100 to 5199, on 127.0.0.1 only. */
export const PORT_FIRST = Number(process.env.SNIPPET_PORT_FIRST ?? 5100);
export const PORT_LAST = PORT_FIRST + 99;
export const HOST = '127.0.0.1';

/** A fresh folder in .snippet-run/ (git-ignored); snippets there resolve the project's packages (express, next...). */
export function workDir(name: string): string {
  const dir = resolve('.snippet-run', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const within = (dir: string, ...parts: string[]) => join(dir, ...parts);

/** Whether a command exists; a stack whose toolchain is missing is skipped, and says so. */
export function has(command: string, args = ['--version']): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 });
  return result.status === 0;
}

export function skipNote(stack: string, missing: string): void {
  console.warn(`SKIPPED ${stack}: ${missing} is not installed (CI installs it through .ci/run)`);
}

export interface Server {
  pid: number;
  output: () => string;
  exited: () => boolean;
  stop: () => Promise<void>;
}

/** Starts a process (never through a shell, so its PID is the server's own) and keeps its output for error messages. */
export function start(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Server {
  const child: ChildProcess = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let done = false;
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.on('exit', () => (done = true));
  child.on('error', (error) => {
    output += String(error);
    done = true;
  });
  return {
    pid: child.pid ?? -1,
    output: () => output,
    exited: () => done,
    async stop() {
      if (done || child.pid === undefined) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(() => !done && child.pid !== undefined && process.kill(child.pid, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: HOST, port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });

/** Waits until every port accepts connections; fails with the server's output when it exits or the deadline passes. */
export async function waitForPorts(servers: Server[], ports: number[], timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(ports);
  while (pending.size > 0) {
    for (const port of [...pending]) if (await portOpen(port)) pending.delete(port);
    if (pending.size === 0) return;
    const dead = servers.find((server) => server.exited());
    if (dead) throw new Error(`${what} exited before listening on ${[...pending].join(', ')}:\n${dead.output()}`);
    if (Date.now() > deadline)
      throw new Error(`${what} did not listen on ${[...pending].join(', ')} within ${timeoutMs / 1000} s:\n${servers.map((s) => s.output()).join('\n')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Stops every server by its own PID, whatever happened. */
export async function stopAll(servers: Server[]): Promise<void> {
  await Promise.all(servers.map((server) => server.stop()));
}

/** Splits a list into groups of at most `size`, so one group's ports fit in the range. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

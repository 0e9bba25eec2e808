/**
 * Next.js: each snippet is a route.ts at the folder its first line names. Routes for different
 * methods on one path share the file; two codes on the same path and method go to separate
 * apps, so the codes are split into as few apps as that allows, each built and started once.
 * A route whose path ends in "/" asks for trailingSlash: true in next.config, and gets an app
 * with that setting.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Case } from './cases';
import { describeStack } from './stack';
import { HOST, start, waitForPorts, within, workDir, type Server } from './harness';

const nextBin = resolve('node_modules/next/dist/bin/next');

interface Route {
  file: string;
  method: string;
  /** The snippet asks for trailingSlash: true in next.config (its path ends in "/"). */
  trailingSlash: boolean;
}

function routeOf(c: Case): Route {
  const file = /^\/\/ (app\/\S*route\.ts)\n/.exec(c.code)?.[1];
  const method = /export async function (\w+)\(/.exec(c.code)?.[1];
  if (!file || !method) throw new Error(`nextjs ${c.entry.slug}: no "// app/.../route.ts" line or no exported method`);
  return { file, method, trailingSlash: /^\/\/ next\.config: trailingSlash: true\b/m.test(c.code) };
}

interface App {
  routes: Set<string>;
  trailingSlash: boolean;
}

/** Splits the cases into apps in which no two share a path and a method, and all agree on trailingSlash. */
function apps(cases: Case[]): { appOf: number[]; list: App[] } {
  const list: App[] = [];
  const appOf = cases.map((c) => {
    const { file, method, trailingSlash } = routeOf(c);
    const key = `${method} ${file}`;
    let app = list.findIndex((a) => a.trailingSlash === trailingSlash && !a.routes.has(key));
    if (app === -1) app = list.push({ routes: new Set(), trailingSlash }) - 1;
    list[app]!.routes.add(key);
    return app;
  });
  return { appOf, list };
}

function run(args: string[], cwd: string, timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out = (out + chunk).slice(-10_000)));
    child.stderr.on('data', (chunk) => (out = (out + chunk).slice(-10_000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (status === 0) resolvePromise();
      else reject(new Error(`next ${args.join(' ')} failed:\n${out}`));
    });
  });
}

describeStack('nextjs', existsSync(nextBin) ? undefined : 'next (npm ci installs it)', async (cases, ports) => {
  const { appOf, list } = apps(cases);
  const count = list.length;
  const dirs = Array.from({ length: count }, (_, k) => workDir(`nextjs-${k}`));
  cases.forEach((c, i) => {
    const file = within(dirs[appOf[i]!]!, routeOf(c).file);
    mkdirSync(dirname(file), { recursive: true });
    // Another method on the same path: the handlers share the file, as they would in an app.
    const before = existsSync(file) ? `${readFileSync(file, 'utf8')}\n\n` : '';
    writeFileSync(file, before + c.code);
  });
  for (const dir of dirs) {
    writeFileSync(within(dir, 'package.json'), '{ "private": true }\n');
    // The one setting a snippet asks for, in the app that holds its route.
    if (list[dirs.indexOf(dir)]!.trailingSlash) writeFileSync(within(dir, 'next.config.js'), 'module.exports = { trailingSlash: true };\n');
    await run(['build', '--no-lint'], dir, 400_000);
  }
  const servers: Server[] = dirs.map((dir, k) => start(process.execPath, [nextBin, 'start', '-H', HOST, '-p', String(ports[k])], { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: '1' } }));
  await waitForPorts(servers, ports.slice(0, count), 60_000, 'nextjs');
  return { servers, portOf: (i) => ports[appOf[i]!]! };
}, 900_000);

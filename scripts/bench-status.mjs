// The status server's throughput against an anchor measured in the same run: python3-httpbin under
// gunicorn (one worker per core), both on loopback, with autocannon, 50 connections for 10 s per
// path, rate limit off. Budgets: at least 4x httpbin's requests per second, p99 under 20 ms, and no
// errors or unexpected statuses. Figures only; run alone with `npm run bench:status`, or as part of
// `npm run bench`. Needs Debian's python3-httpbin and gunicorn (apt-get install -y python3-httpbin gunicorn).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { buildServer } from './build-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OURS = 5230;
const HTTPBIN = 5231;
const BUDGET = { ratio: 4, p99Ms: 20 };
const PATHS = [
  { path: '/status/200', expect: 200 },
  { path: '/status/404', expect: 404 },
];
const headers = { accept: 'application/json' };

function start(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  process.on('exit', () => child.kill());
  return { child, stderr: () => stderr };
}

async function waitFor(url, name, proc) {
  for (let i = 0; i < 150; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      if (proc.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${name} did not start on ${url}:\n${proc.stderr()}`);
}

function run(url) {
  return new Promise((done, fail) =>
    autocannon({ url, connections: 50, duration: 10, headers }, (error, result) => (error ? fail(error) : done(result))),
  );
}

/** Resident memory of a process, from /proc (Linux). */
function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? (Number(line[1]) / 1024).toFixed(1) : '?';
}

function summarise(result, expected) {
  const statuses = result.statusCodeStats ?? {};
  const unexpected = Object.entries(statuses).filter(([code]) => Number(code) !== expected).reduce((n, [, s]) => n + s.count, 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, unexpected };
}

export async function benchStatus() {
  const broken = [];
  const gunicorn = ['/usr/bin/gunicorn', 'gunicorn'].find((g) => g.startsWith('/') ? existsSync(g) : spawnSync('which', [g]).status === 0);
  if (!gunicorn) {
    return { broken: ['the httpbin anchor is missing: apt-get install -y python3-httpbin gunicorn'] };
  }
  await buildServer();
  const workers = cpus().length;
  const ours = start(process.execPath, [join(ROOT, 'dist-server/node.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(OURS), HOST: '127.0.0.1', STATUS_RATE_LIMIT: 'off' },
  });
  // Debian's gunicorn runs under Debian's python3, where python3-httpbin is installed.
  const httpbin = start(gunicorn, ['-w', String(workers), '-b', `127.0.0.1:${HTTPBIN}`, '--log-level', 'warning', 'httpbin:app'], { cwd: ROOT });
  try {
    await waitFor(`http://127.0.0.1:${OURS}/status/200`, 'the Node server', ours);
    await waitFor(`http://127.0.0.1:${HTTPBIN}/status/200`, `httpbin under gunicorn (${gunicorn})`, httpbin);
    // A short warm-up for each, so neither pays for its first requests in the figures.
    for (const port of [OURS, HTTPBIN]) await new Promise((d) => autocannon({ url: `http://127.0.0.1:${port}/status/200`, connections: 10, duration: 2, headers }, d));

    console.log(`\nStatus server vs httpbin (autocannon, 50 connections, 10 s each, Accept: application/json, rate limit off; gunicorn -w ${workers})`);
    console.log('  path           server      req/s     p50 ms  p99 ms  errors  unexpected');
    for (const { path, expect } of PATHS) {
      const mine = summarise(await run(`http://127.0.0.1:${OURS}${path}`), expect);
      const anchor = summarise(await run(`http://127.0.0.1:${HTTPBIN}${path}`), expect);
      const row = (name, m) => `  ${path.padEnd(15)}${name.padEnd(12)}${String(Math.round(m.rps)).padStart(7)}  ${String(m.p50).padStart(8)}${String(m.p99).padStart(8)}${String(m.errors).padStart(8)}${String(m.unexpected).padStart(12)}`;
      console.log(row('ours', mine));
      console.log(row('httpbin', anchor));
      const ratio = mine.rps / anchor.rps;
      console.log(`  ${''.padEnd(15)}ratio       ${ratio.toFixed(1)}x`);
      if (ratio < BUDGET.ratio) broken.push(`${path}: ${ratio.toFixed(1)}x httpbin's throughput (budget ${BUDGET.ratio}x)`);
      if (mine.p99 >= BUDGET.p99Ms) broken.push(`${path}: p99 ${mine.p99} ms (budget under ${BUDGET.p99Ms} ms)`);
      if (mine.errors || mine.unexpected) broken.push(`${path}: ${mine.errors} errors and ${mine.unexpected} unexpected statuses`);
    }
    console.log(`  Node server memory after the runs: ${rssMb(ours.child.pid)} MB resident`);
  } finally {
    ours.child.kill();
    httpbin.child.kill();
  }
  return { broken };
}

if (process.argv[1] === import.meta.filename) {
  const { broken } = await benchStatus();
  console.log(broken.length === 0 ? '\nStatus server budgets hold.' : `\nBudgets broken:\n${broken.map((b) => `  - ${b}`).join('\n')}`);
  process.exit(broken.length === 0 ? 0 : 1);
}

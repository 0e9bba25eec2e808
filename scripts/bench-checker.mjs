// The URL checker's throughput: how many checks a second the Node server sustains against a
// redirect chain of three hops (301, then 302, then 200) served by this script on loopback, with
// the chain's host:port in URL_CHECKER_ALLOW for the run and the rate limit off. autocannon, 16
// connections (the server's default cap on checks in flight) for 10 s. The chain server's own
// rate for one request is printed beside it, as the ceiling: a check makes three requests to it.
// Figures only; run alone with `npm run bench:checker`, or as part of `npm run bench`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { buildServer } from './build-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OURS = 5233;
const CHAIN = 5234;
const CONNECTIONS = 16;

/** /hop1 answers 301 to /hop2, which answers 302 to /hop3, which answers 200. */
function chainServer() {
  const server = createServer((request, response) => {
    const next = { '/hop1': [301, '/hop2'], '/hop2': [302, '/hop3'] }[request.url ?? ''];
    if (next) response.writeHead(next[0], { location: next[1], 'content-length': '0' }).end();
    else if (request.url === '/hop3') response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '3' }).end('ok\n');
    else response.writeHead(404, { 'content-length': '0' }).end();
  });
  return new Promise((done) => server.listen(CHAIN, '127.0.0.1', () => done(server)));
}

const run = (url) =>
  new Promise((done, fail) => autocannon({ url, connections: CONNECTIONS, duration: 10 }, (error, result) => (error ? fail(error) : done(result))));

async function waitFor(url, child) {
  for (let i = 0; i < 150; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`the Node server did not start on ${url}`);
}

export async function benchChecker() {
  await buildServer();
  const chain = await chainServer();
  const ours = spawn(process.execPath, [join(ROOT, 'dist-server/node.mjs')], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(OURS), HOST: '127.0.0.1', STATUS_RATE_LIMIT: 'off', URL_CHECKER_ALLOW: `127.0.0.1:${CHAIN}` },
  });
  process.on('exit', () => ours.kill());
  const broken = [];
  try {
    const check = `http://127.0.0.1:${OURS}/api/check?url=${encodeURIComponent(`http://127.0.0.1:${CHAIN}/hop1`)}`;
    await waitFor(`http://127.0.0.1:${OURS}/status/200`, ours);
    // One check first: it must follow the whole chain, or the figure measures something else.
    const sample = await (await fetch(check)).json();
    const statuses = sample.results?.[0]?.hops?.map((hop) => hop.status).join(' → ');
    if (statuses !== '301 → 302 → 200') broken.push(`URL checker: the sample check saw ${statuses ?? JSON.stringify(sample)}, not 301 → 302 → 200`);
    const checks = await run(check);
    const direct = await run(`http://127.0.0.1:${CHAIN}/hop3`);
    const failed = checks.non2xx + checks.errors + checks.timeouts;
    console.log(`\nURL checker (autocannon, ${CONNECTIONS} connections, 10 s, a three-hop chain on loopback, rate limit off)`);
    console.log(`  checks a second:     ${Math.round(checks.requests.average)} (p50 ${checks.latency.p50} ms, p99 ${checks.latency.p99} ms, ${failed} failed)`);
    console.log(`  chain server alone:  ${Math.round(direct.requests.average)} requests a second for one hop (each check makes three)`);
    if (failed > 0) broken.push(`URL checker: ${failed} of ${checks.requests.total} checks failed`);
  } finally {
    ours.kill();
    chain.close();
  }
  return { broken };
}

if (process.argv[1] === import.meta.filename) {
  const { broken } = await benchChecker();
  console.log(broken.length === 0 ? '\nURL checker: no failures.' : `\nProblems:\n${broken.map((b) => `  - ${b}`).join('\n')}`);
  process.exit(broken.length === 0 ? 0 : 1);
}

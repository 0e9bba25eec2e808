// `npm test`: every gate, in order, stopping at the first that fails.
import { spawn } from 'node:child_process';

// No telemetry from test runs.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/**
 * Each entry is one step, or a group of steps that run side by side (the browser tests and the
 * snippets run for real use different ports and folders, and each waits much of its time on
 * servers and child processes, so together they take far less than one after the other). The
 * first step of a group prints as it goes; the others' output is held and printed when they end.
 */
const steps = [
  ['type check', 'npx', ['astro', 'check']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['production build (site and server)', 'npm', ['run', 'build']],
  ['HTML validation', 'npx', ['html-validate', 'dist/**/*.html']],
  ['internal links', 'node', ['scripts/check-links.mjs']],
  ['titles, descriptions, alt text, JSON-LD', 'node', ['scripts/check-dist.mjs']],
  [
    ['end-to-end tests', 'npx', ['playwright', 'test']],
    // Every snippet served in its real framework on 127.0.0.1:5100-5199 and requested with the page's curl.
    ['snippets run for real', 'npx', ['vitest', 'run', '--config', 'vitest.run.config.ts']],
  ],
];

function run([name, command, args], live) {
  return new Promise((resolve) => {
    console.log(`\n=== ${name}: ${command} ${args.join(' ')}${live ? '' : ' (alongside; its output follows when it ends)'}`);
    const started = Date.now();
    const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const held = [];
    child.stdout?.on('data', (chunk) => held.push(chunk));
    child.stderr?.on('data', (chunk) => held.push(chunk));
    child.on('close', (status) => {
      if (!live) {
        console.log(`\n=== ${name}: output`);
        process.stdout.write(Buffer.concat(held));
      }
      console.log(`=== ${name}: ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(status ?? 1);
    });
  });
}

for (const step of steps) {
  const group = Array.isArray(step[0]) ? step : [step];
  const statuses = await Promise.all(group.map((one, i) => run(one, i === 0)));
  const failed = statuses.find((status) => status !== 0);
  if (failed !== undefined) process.exit(failed);
}

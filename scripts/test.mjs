// `npm test`: every gate, in order, stopping at the first that fails.
import { spawnSync } from 'node:child_process';

// No telemetry from test runs.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const steps = [
  ['type check', 'npx', ['astro', 'check']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['production build (site and server)', 'npm', ['run', 'build']],
  ['HTML validation', 'npx', ['html-validate', 'dist/**/*.html']],
  ['internal links', 'node', ['scripts/check-links.mjs']],
  ['titles, descriptions, alt text, JSON-LD', 'node', ['scripts/check-dist.mjs']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
  // Every snippet served in its real framework on 127.0.0.1:5100-5199 and requested with the page's curl.
  ['snippets run for real', 'npx', ['vitest', 'run', '--config', 'vitest.run.config.ts']],
];

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) process.exit(status ?? 1);
}

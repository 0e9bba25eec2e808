// Builds the live half into dist-server/ (after `astro build`, which owns dist/):
//   status-table.json  the status table, generated from the catalogue (no zod, no content at runtime)
//   node.mjs           the Node server (`npm run serve`)
//   worker.mjs         the Cloudflare Worker (wrangler.toml points here)
// Usage: node scripts/build-server.mjs [outDir]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');

/** A glob such as "./*.ts" or "./[0-9]*.ts" (one folder, no **) as a regular expression for file names. */
function globToRegExp(glob) {
  const source = glob
    .replace(/^\.\//, '')
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\[!/g, '[^')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

/** Vite's eager `import.meta.glob('./pattern', { eager: true })`, which the content folders use, for esbuild. */
const eagerGlob = {
  name: 'eager-glob',
  setup(b) {
    b.onLoad({ filter: /[\\/]content[\\/][^\\/]+[\\/]index\.ts$/ }, (args) => {
      let imports = '';
      let n = 0;
      // One pattern ('./*.ts') or a list whose '!' entries exclude (['./*.ts', '!./index.ts']), as Vite reads them.
      const call = /import\.meta\.glob\(\s*(\[[^\]]*\]|'[^']+')\s*,\s*\{\s*eager:\s*true\s*\}\s*\)/g;
      const contents = readFileSync(args.path, 'utf8').replace(call, (_, globs) => {
        const patterns = [...globs.matchAll(/'([^']+)'/g)].map((m) => m[1]);
        const include = patterns.filter((p) => !p.startsWith('!')).map(globToRegExp);
        const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
        const files = readdirSync(dirname(args.path))
          .filter((f) => include.some((re) => re.test(f)) && !exclude.some((re) => re.test(f)))
          .sort();
        const entries = files.map((file) => {
          imports += `import * as glob${n} from './${file}';\n`;
          return `'./${file}': glob${n++}`;
        });
        return `{ ${entries.join(', ')} }`;
      });
      return { contents: imports + contents, loader: 'ts' };
    });
  },
};

const virtualTable = (json) => ({
  name: 'status-table',
  setup(b) {
    b.onResolve({ filter: /^virtual:status-table$/ }, () => ({ path: 'status-table', namespace: 'status-table' }));
    b.onLoad({ filter: /.*/, namespace: 'status-table' }, () => ({ contents: json, loader: 'json' }));
  },
});

/** The status table from the catalogue, through the same validation as the pages. */
export async function generateTable() {
  const dir = mkdtempSync(join(tmpdir(), 'status-table-'));
  try {
    const outfile = join(dir, 'emit-table.mjs');
    await build({
      entryPoints: [join(ROOT, 'src/server/status/emit-table.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      plugins: [eagerGlob],
      logLevel: 'warning',
    });
    // A child process, so this also works when a test runner loads this script through its own module system.
    return JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function buildServer(outDir = join(ROOT, 'dist-server')) {
  const started = Date.now();
  const table = await generateTable();
  const json = JSON.stringify(table);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'status-table.json'), json);
  const common = { bundle: true, format: 'esm', plugins: [virtualTable(json)], logLevel: 'warning', legalComments: 'none' };
  await build({
    ...common,
    entryPoints: [join(ROOT, 'src/server/node.ts')],
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile: join(outDir, 'node.mjs'),
  });
  await build({
    ...common,
    entryPoints: [join(ROOT, 'src/server/worker.ts')],
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    outfile: join(outDir, 'worker.mjs'),
  });
  console.log(`built ${outDir}: node.mjs, worker.mjs, status-table.json (${Object.keys(table).length} codes) in ${Date.now() - started} ms`);
}

if (process.argv[1] === import.meta.filename) await buildServer(process.argv[2] ? resolve(process.argv[2]) : undefined);

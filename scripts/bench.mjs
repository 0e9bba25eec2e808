// `npm run bench`: builds the site, measures it, checks the budgets, prints a table.
// Figures only: nothing here is a test assertion; the exit code is non-zero when a budget breaks.
// `npm run bench -- --sizes` checks only the size budgets on the existing dist/ (what CI runs).
// Needs Chromium (as the e2e tests do): $CHROMIUM_PATH or /usr/bin/chromium.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');
const ranking = JSON.parse(readFileSync(join(ROOT, 'src/search/ranking.json'), 'utf8'));
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// BENCH_PORT moves the preview server, so two checkouts can run the benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4331);
const BASE = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const PAGES = {
  home: '/',
  'code page (429)': '/codes/429/',
  'code snippets (429)': '/codes/429/snippets/',
  category: '/categories/client-error/',
  'codes index': '/codes/',
  comparison: '/compare/502-vs-504/',
  'compare picker': '/compare/',
  'cheat sheet': '/cheat-sheet/',
  quiz: '/quiz/',
  tools: '/tools/',
  playground: '/playground/',
  'guide question': '/which-status-code/',
  'guide result': '/which-status-code/conflict/',
};

const BUDGETS = {
  codePageKb: 25, // HTML + CSS + JS + fonts, gzip, for a code page
  jsBeforeInteractionKb: 5, // gzip, every page but the quiz
  guideJsKb: 5, // gzip, the decision guide's steps (issue 15)
  buildSeconds: 60,
  searchExtraBytes: 0.25, // forgiving search may fetch at most 25% more than Pagefind alone for one query
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  // Cumulative layout shift as Lighthouse measures it on a phone: nothing (the header included) may move.
  cls: 0,
};

const kb = (bytes) => (bytes / 1024).toFixed(1);
const seconds = (ms) => (ms / 1000).toFixed(1);

function build(cwd) {
  const started = Date.now();
  execFileSync(process.execPath, [join(cwd, 'node_modules/astro/astro.js'), 'build'], { cwd, env, stdio: 'ignore' });
  return Date.now() - started;
}

/** A copy of the project with nine synthetic clones of every entry (a catalogue ten times larger), never committed. */
function syntheticProject() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-10x-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'ec.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const codesDir = join(dir, 'content/codes');
  const slugs = readdirSync(codesDir).filter((f) => /^\d/.test(f)).map((f) => f.replace(/\.ts$/, ''));
  // Each clone's prose is marked as its own, since the data validation rejects a gist or a
  // paragraph that two entries share.
  writeFileSync(
    join(dir, 'content/synthetic-clone.ts'),
    `export const clone = (base, copy) => {
  const own = (text) => \`\${text} [synthetic \${copy}]\`;
  return {
    ...base,
    slug: \`\${base.slug}-synthetic\${copy}\`,
    name: \`\${base.name} (synthetic \${copy})\`,
    gist: \`\${base.gist.slice(0, 44)} #\${copy}\`,
    summary: \`\${base.summary.slice(0, 185)} [synthetic \${copy}]\`,
    explanation: base.explanation.map(own),
    definition: own(base.definition),
    causes: base.causes.map(own),
    fix: { visitor: base.fix.visitor.map(own), owner: base.fix.owner.map(own) },
    faq: base.faq.map((f) => ({ ...f, answer: own(f.answer) })),
  };
};
`,
  );
  for (const slug of slugs)
    for (let copy = 1; copy <= 9; copy++)
      writeFileSync(
        join(codesDir, `${slug}-synthetic${copy}.ts`),
        `import base from './${slug}';\nimport { clone } from '../synthetic-clone';\nexport default clone(base, ${copy});\n`,
      );
  return { dir, entries: slugs.length * 10 };
}

function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(entry));
    if (statSync(path).isFile()) total += statSync(path).size;
  }
  return total;
}

function startServer() {
  const server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: ROOT, env, stdio: 'ignore' });
  process.on('exit', () => server.kill());
  return server;
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not start on ${BASE}`);
}

const gzipKb = (text) => gzipSync(text, { level: 9 }).length;

/**
 * What every built page needs before interaction, read from dist/ without a browser, so the
 * budgets hold for all pages and not only the sample measured in Chromium: its HTML, its
 * stylesheets, its module scripts with everything they import statically (a dynamic import()
 * waits for the reader), and its inline scripts. Each file is gzipped on its own, as served.
 */
function staticWeights() {
  const dist = join(ROOT, 'dist');
  const fileGzip = new Map();
  const gz = (file) => {
    if (!fileGzip.has(file)) fileGzip.set(file, gzipKb(readFileSync(file)));
    return fileGzip.get(file);
  };
  /** A module and its static imports, transitively (Vite writes them as import…from"./x.js"). */
  const moduleGraph = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/\b(?:import|export)\s*(?!\()(?:[\w$*{},\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) moduleGraph(resolve(dirname(file), spec), seen);
    return seen;
  };
  const pages = [];
  for (const entry of readdirSync(dist, { recursive: true })) {
    const file = String(entry);
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(dist, file), 'utf8');
    const path = `/${file.replace(/index\.html$/, '')}`;
    const local = (href) => join(dist, href.split(/[?#]/)[0]);
    const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((n, [, href]) => n + gz(local(href)), 0);
    const modules = new Set();
    const inline = [];
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const type = attrs.match(/\btype="([^"]+)"/)?.[1];
      if (type && type !== 'module' && type !== 'text/javascript') continue;
      const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
      if (src) for (const file of moduleGraph(local(src))) modules.add(file);
      else inline.push(body);
    }
    const externalJs = [...modules].reduce((n, file) => n + gz(file), 0);
    const js = externalJs + (inline.length ? gzipKb(inline.join('\n')) : 0);
    pages.push({ path, js, total: gzipKb(html) + css + externalJs });
  }
  return pages;
}

/** Client bundles that carry zod: the validation library belongs to the build, never to the browser. */
function bundlesWithZod() {
  const dir = join(ROOT, 'dist/_astro');
  // "ZodError" is the error class's name, a string that survives minification in zod 3 and 4.
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes('ZodError'))
    .map((f) => relative(ROOT, join(dir, f)));
}

/** Loads a page in Chromium and sorts every response before the load event by kind. */
async function measurePage(browser, path) {
  const page = await browser.newPage();
  const responses = [];
  let loaded = false;
  page.on('response', async (response) => {
    if (loaded) return;
    const type = response.request().resourceType();
    try {
      const body = await response.body();
      responses.push({ type, url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
  loaded = true;
  // Inline scripts run before interaction too; count their bytes with the external ones.
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').map((s) => s.textContent ?? ''));
  await page.close();
  const sum = (types, field) => responses.filter((r) => types.includes(r.type)).reduce((n, r) => n + r[field], 0);
  const inlineRaw = inline.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const inlineGzip = inline.length ? gzipSync(inline.join('\n'), { level: 9 }).length : 0;
  return {
    // Inline scripts are part of the HTML's bytes: counted in `js` (what runs before interaction), not twice in the total.
    external: sum(['document', 'stylesheet', 'script', 'font'], 'gzip'),
    html: { raw: sum(['document'], 'raw'), gzip: sum(['document'], 'gzip') },
    css: { raw: sum(['stylesheet'], 'raw'), gzip: sum(['stylesheet'], 'gzip') },
    js: { raw: sum(['script'], 'raw') + inlineRaw, gzip: sum(['script'], 'gzip') + inlineGzip },
    fonts: { raw: sum(['font'], 'raw'), gzip: sum(['font'], 'gzip'), count: responses.filter((r) => r.type === 'font').length },
    requests: responses.filter((r) => ['document', 'stylesheet', 'script', 'font', 'image'].includes(r.type)).length,
  };
}

/**
 * What one query costs, cold, on a fresh page. `plain`: Pagefind alone, as the site searched
 * before forgiving search (runtime, WebAssembly, index chunks, ten results' fragments). `site`:
 * the header dialog as a reader uses it (press "/", type, wait for the status line), which adds
 * the results code, the vocabulary and the exact-word and fallback searches. Bytes are bodies as
 * fetched; time runs from the keystroke (or the import) to the results.
 */
async function measureQuery(browser, query, mode) {
  const page = await browser.newPage();
  await page.goto(`${BASE}/`);
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  const files = new Set();
  const pending = [];
  page.on('response', (response) => {
    files.add(response.url());
    pending.push(response.body().then((b) => (bytes += b.length), () => {}));
  });
  let ms;
  if (mode === 'plain') {
    ms = await page.evaluate(async ({ query, ranking }) => {
      const started = performance.now();
      const url = '/pagefind/pagefind.js';
      const pagefind = await import(url);
      await pagefind.options({ ranking });
      await pagefind.init();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return performance.now() - started;
    }, { query, ranking });
  } else {
    const started = Date.now();
    await page.keyboard.press('/');
    await page.locator('#dialog-search').fill(query);
    await page.locator('dialog [data-status]').filter({ hasText: /results? for|No code matches/ }).waitFor();
    ms = Date.now() - started;
  }
  await page.waitForTimeout(300);
  await Promise.all(pending);
  await page.close();
  return { bytes, requests: files.size, ms };
}

function lighthouse(path) {
  const out = execFileSync(
    join(ROOT, 'node_modules/.bin/lighthouse'),
    [`${BASE}${path}`, '--output=json', '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--only-categories=performance,accessibility,best-practices,seo'],
    { env: { ...env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
  );
  const { categories, audits } = JSON.parse(out.toString());
  const scores = Object.fromEntries(Object.entries(categories).map(([key, c]) => [key, Math.round(c.score * 100)]));
  return { ...scores, cls: audits['cumulative-layout-shift'].numericValue };
}

const broken = [];
const check = (ok, message) => {
  if (!ok) broken.push(message);
};
const report = () => {
  console.log(broken.length === 0 ? '\nAll budgets hold.' : `\nBudgets broken:\n${broken.map((b) => `  - ${b}`).join('\n')}`);
  process.exit(broken.length === 0 ? 0 : 1);
};

/** The size budgets on every built page, read from dist/ (no browser, no timing: the same on any machine). */
function checkEveryPage() {
  const everyPage = staticWeights();
  const codePages = everyPage.filter((p) => /^\/codes\/[^/]+\/$/.test(p.path));
  const heaviestCode = codePages.reduce((a, b) => (b.total > a.total ? b : a));
  const jsPages = everyPage.filter((p) => p.path !== '/quiz/');
  const mostJs = jsPages.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(`\nEvery built page (${everyPage.length}), from dist/ (gzip)`);
  console.log(`  heaviest code page:  ${heaviestCode.path} ${kb(heaviestCode.total)} KB of ${codePages.length} (budget ${BUDGETS.codePageKb} KB)`);
  console.log(`  most JS before interaction, quiz aside: ${mostJs.path} ${kb(mostJs.js)} KB (budget ${BUDGETS.jsBeforeInteractionKb} KB)`);
  for (const p of codePages) check(p.total / 1024 <= BUDGETS.codePageKb, `${p.path}: ${kb(p.total)} KB gzip to render (budget ${BUDGETS.codePageKb} KB)`);
  for (const p of jsPages) check(p.js / 1024 <= BUDGETS.jsBeforeInteractionKb, `${p.path}: ${kb(p.js)} KB gzip of JS before interaction (budget ${BUDGETS.jsBeforeInteractionKb} KB)`);
  const zod = bundlesWithZod();
  console.log(`  client bundles with zod: ${zod.length === 0 ? 'none' : zod.join(', ')}`);
  check(zod.length === 0, `zod is in client bundles: ${zod.join(', ')}`);
}


console.log(`Benchmark on ${new Date().toISOString().slice(0, 10)}: ${process.env.BENCH_MACHINE ?? `${(await import('node:os')).cpus().length} cores, Node ${process.version}`}\n`);

// `npm run bench -- --sizes`: only the size budgets, on the dist/ already built (CI runs this
// after `npm test`; they depend on the build alone, not on how busy the machine is).
if (process.argv.includes('--sizes')) {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  checkEveryPage();
  report();
}

const buildMs = build(ROOT);
const pageCount = readdirSync(join(ROOT, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const synthetic = syntheticProject();
let syntheticMs;
try {
  syntheticMs = build(synthetic.dir);
} finally {
  rmSync(synthetic.dir, { recursive: true, force: true });
}
const realEntries = readdirSync(join(ROOT, 'content/codes')).filter((f) => /^\d/.test(f)).length;
console.log('Build (Astro + Pagefind)');
console.log(`  real catalogue:      ${realEntries} entries, ${pageCount} pages, ${seconds(buildMs)} s`);
console.log(`  10x catalogue:       ${synthetic.entries} entries, ${seconds(syntheticMs)} s`);
console.log(`  ratio:               ${(syntheticMs / buildMs).toFixed(2)} for 10x the entries (linear growth would be at most 10)`);
check(buildMs / 1000 < BUDGETS.buildSeconds, `build took ${seconds(buildMs)} s (budget ${BUDGETS.buildSeconds} s)`);
check(syntheticMs / buildMs <= 10, `10x catalogue build grew ${(syntheticMs / buildMs).toFixed(1)}x: worse than linear`);

const server = startServer();
await waitForServer();
const browser = await chromium.launch({ executablePath: existsSync(CHROME) ? CHROME : undefined });

console.log('\nPage weight (KB, raw / gzip), requests for first render, JS before interaction');
console.log('  page               HTML          CSS           JS            fonts   total gz  requests');
const weights = {};
for (const [name, path] of Object.entries(PAGES)) {
  const m = await measurePage(browser, path);
  weights[name] = m;
  const total = m.external;
  const cell = (x) => `${kb(x.raw)} / ${kb(x.gzip)}`.padEnd(14);
  console.log(`  ${name.padEnd(18)} ${cell(m.html)}${cell(m.css)}${cell(m.js)}${String(m.fonts.count).padEnd(8)}${kb(total).padEnd(10)}${m.requests}`);
  if (name.startsWith('code page')) check(total / 1024 <= BUDGETS.codePageKb, `code page is ${kb(total)} KB gzip (budget ${BUDGETS.codePageKb} KB)`);
  if (name.startsWith('guide')) check(m.js.gzip / 1024 <= BUDGETS.guideJsKb, `${name}: ${kb(m.js.gzip)} KB gzip of JS before interaction (budget ${BUDGETS.guideJsKb} KB)`);
  if (name !== 'quiz') check(m.js.gzip / 1024 <= BUDGETS.jsBeforeInteractionKb, `${name}: ${kb(m.js.gzip)} KB gzip of JS before interaction (budget ${BUDGETS.jsBeforeInteractionKb} KB)`);
  check(m.fonts.count === 0, `${name}: loads ${m.fonts.count} web fonts before first render`);
}

checkEveryPage();

const queries = { short: 'rate limit', question: 'why is my website showing error 503' };
const cost = {};
for (const [name, query] of Object.entries(queries))
  for (const mode of ['plain', 'site']) cost[`${name} ${mode}`] = await measureQuery(browser, query, mode);
await browser.close();
const line = (m) => `${kb(m.bytes).padStart(6)} KB in ${String(m.requests).padStart(2)} requests, ${Math.round(m.ms)} ms`;
console.log('\nSearch (Pagefind; one query, cold)');
console.log(`  index on disk:       ${kb(dirSize(join(ROOT, 'dist/pagefind')))} KB (all files, including the unused UI bundles)`);
console.log(`  vocabulary:          ${kb(statSync(join(ROOT, 'dist/search/vocabulary.json')).size)} KB (gzip ${kb(gzipSync(readFileSync(join(ROOT, 'dist/search/vocabulary.json'))).length)} KB)`);
for (const [name, query] of Object.entries(queries)) {
  const plain = cost[`${name} plain`];
  const site = cost[`${name} site`];
  console.log(`  "${query}"`);
  console.log(`    Pagefind alone:    ${line(plain)}`);
  console.log(`    forgiving search:  ${line(site)} (${site.bytes >= plain.bytes ? '+' : ''}${(((site.bytes - plain.bytes) / plain.bytes) * 100).toFixed(0)}% bytes, dialog code included)`);
}
const short = { plain: cost['short plain'], site: cost['short site'] };
check(
  short.site.bytes <= short.plain.bytes * (1 + BUDGETS.searchExtraBytes),
  `one query ("${queries.short}") fetches ${kb(short.site.bytes)} KB, over ${Math.round(BUDGETS.searchExtraBytes * 100)}% more than Pagefind alone (${kb(short.plain.bytes)} KB)`,
);

console.log('\nLighthouse (mobile): performance / accessibility / best practices / SEO; cumulative layout shift');
for (const [name, path] of Object.entries(PAGES)) {
  const scores = lighthouse(path);
  console.log(`  ${name.padEnd(18)} ${scores.performance} / ${scores.accessibility} / ${scores['best-practices']} / ${scores.seo}; CLS ${scores.cls}`);
  check(scores.cls <= BUDGETS.cls, `${name}: cumulative layout shift ${scores.cls} (budget ${BUDGETS.cls})`);
  for (const [category, minimum] of Object.entries(BUDGETS.lighthouse))
    check(scores[category] >= minimum, `${name}: Lighthouse ${category} ${scores[category]} (budget ${minimum})`);
}

server.kill();

// The live half: the status server against httpbin (scripts/bench-status.mjs).
const { benchStatus } = await import('./bench-status.mjs');
broken.push(...(await benchStatus()).broken);
// And the URL checker against a local three-hop chain (scripts/bench-checker.mjs).
const { benchChecker } = await import('./bench-checker.mjs');
broken.push(...(await benchChecker()).broken);

report();

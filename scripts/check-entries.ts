/**
 * Checks the content for authors: `npm run check:entries` (everything) or
 * `npm run check:entries -- 404 401-vs-403` (problems of those files first). It runs the same
 * validation as the build, then the unit tests, and exits non-zero whenever either fails, so
 * "valid" here means the test suite accepts the data too.
 */
import { spawnSync } from 'node:child_process';
import type * as Catalogue from '../src/data/catalogue';
import { formatProblem } from '../src/data/problems';

// Imported here rather than above so that a content file that does not even parse (a stray quote)
// ends the check with its message and a non-zero exit, instead of an unhandled rejection.
let catalogueModule: typeof Catalogue;
try {
  catalogueModule = await import('../src/data/catalogue');
} catch (error) {
  console.error(`error: the content could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { checkCatalogue, contentSources } = catalogueModule;

const wanted = process.argv.slice(2);
const { catalogue, problems } = checkCatalogue(contentSources);
const concerns = (problem: (typeof problems)[number]) =>
  wanted.length === 0 || wanted.some((slug) => problem.slug === slug || problem.file.endsWith(`/${slug}.ts`));

const picked = problems.filter(concerns);
for (const problem of picked) console.error(`error: ${formatProblem(problem)}`);
const elsewhere = problems.length - picked.length;
if (elsewhere > 0) console.error(`error: ${elsewhere} more problem${elsewhere === 1 ? '' : 's'} in other files; run without arguments to list them`);

if (problems.length > 0) {
  console.error(`\nThe data has ${problems.length} problem${problems.length === 1 ? '' : 's'}; the build would fail.`);
  process.exit(1);
}
console.log(
  `The data is valid: ${catalogue.codes.length} entries, ${catalogue.comparisons.length} comparisons, ${catalogue.libraries.length} constants tables.\n` +
    'Now the unit tests, which also check the catalogue against the registries and render every snippet:',
);
const tests = spawnSync('npx', ['vitest', 'run'], { stdio: 'inherit' });
process.exit(tests.status ?? 1);

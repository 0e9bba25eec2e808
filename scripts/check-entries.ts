/**
 * Checks some entries alone, for authors: `npm run check:entries -- 404 410`.
 * Reports schema and per-entry problems; a related slug that has no file yet is reported
 * as a warning only, since entries are often written in batches.
 */
import { codeModules } from '../content/codes/index';
import { keyedByRepoPath } from '../src/data/modules';
import { DataValidationError, formatProblem, validateEntries } from '../src/data/validate';

const wanted = process.argv.slice(2);
const picked = Object.fromEntries(
  Object.entries(keyedByRepoPath(codeModules, 'content/codes')).filter(
    ([path]) => wanted.length === 0 || wanted.some((slug) => path.endsWith(`/${slug}.ts`)),
  ),
);
const known = new Set(Object.keys(codeModules).map((p) => p.replace(/^\.\/(.*)\.ts$/, '$1')));
try {
  validateEntries({ ...picked });
  console.log(`OK: ${Object.keys(picked).length} entries`);
} catch (error) {
  if (!(error instanceof DataValidationError)) throw error;
  let failures = 0;
  for (const problem of error.problems) {
    const missingRelated = /is not the slug of any entry/.test(problem.message);
    const relatedExists = missingRelated && known.has(problem.message.match(/"([^"]+)"/)?.[1] ?? '');
    if (relatedExists) continue; // exists, just not among the picked files
    if (missingRelated) console.warn(`warning: ${formatProblem(problem)}`);
    else {
      console.error(`error: ${formatProblem(problem)}`);
      failures++;
    }
  }
  console.log(failures === 0 ? `OK with warnings: ${Object.keys(picked).length} entries` : `${failures} errors`);
  process.exitCode = failures === 0 ? 0 : 1;
}

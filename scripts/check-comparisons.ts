/** Checks the curated comparisons alone, for authors: `npx vite-node scripts/check-comparisons.ts`. */
import { comparisons } from '../src/data/comparisons';

console.log(`OK: ${comparisons.length} comparisons`);

/** Checks the curated comparisons alone, for authors: `npm run check:comparisons`. */
import { comparisons } from '../src/data/comparisons';

console.log(`OK: ${comparisons.length} comparisons`);

import { codeModules } from '../../content/codes/index';
import { comparisonModules } from '../../content/comparisons/index';
import { libraryModules } from '../../content/constants/index';
import { FEATURED_COMPARISONS, POPULAR_CODES } from '../consts';
import { categories } from './categories';
import { EVERYDAY_CODES } from './everyday';
import { keyedByRepoPath } from './modules';
import { DataValidationError, type DataProblem } from './problems';
import type { CodeEntryData, Library } from './schema';
import { compareSiteOrder } from './site-order';
import { checkEntries } from './validate-codes';
import { checkComparisons, type Comparison } from './validate-comparisons';
import { checkLibraries } from './validate-constants';
import { checkLists, type SlugList } from './validate-lists';

/**
 * The one validation of the site's data. The build (through codes.ts, comparisons.ts and
 * constants.ts), `npm run check:entries` and the unit tests all call `checkCatalogue`, so
 * they cannot disagree about what is valid.
 */

export interface CatalogueSources {
  /** Modules keyed by their path from the repository root ("content/codes/404.ts"). */
  codes: Record<string, unknown>;
  comparisons: Record<string, unknown>;
  libraries: Record<string, unknown>;
  lists: readonly SlugList[];
}

export interface Catalogue {
  /** In site order. */
  codes: CodeEntryData[];
  comparisons: Comparison[];
  libraries: Library[];
}

export const siteLists: readonly SlugList[] = [
  { file: 'src/consts.ts', name: 'POPULAR_CODES', slugs: POPULAR_CODES, of: 'code' },
  { file: 'src/consts.ts', name: 'FEATURED_COMPARISONS', slugs: FEATURED_COMPARISONS, of: 'comparison' },
  { file: 'src/data/everyday.ts', name: 'EVERYDAY_CODES', slugs: EVERYDAY_CODES, of: 'code' },
];

/** The repository's own content. */
export const contentSources: CatalogueSources = {
  codes: keyedByRepoPath(codeModules, 'content/codes'),
  comparisons: keyedByRepoPath(comparisonModules, 'content/comparisons'),
  libraries: keyedByRepoPath(libraryModules, 'content/constants'),
  lists: siteLists,
};

/** Parses and checks everything; returns what parsed and every problem, across all kinds at once. */
export function checkCatalogue(sources: CatalogueSources): { catalogue: Catalogue; problems: DataProblem[] } {
  const entries = checkEntries(sources.codes);
  const codes = entries.entries.sort(compareSiteOrder);
  const slugs = new Set(codes.map((entry) => entry.slug));
  const comparisons = checkComparisons(sources.comparisons, codes);
  const libraries = checkLibraries(sources.libraries, slugs);
  const lists = checkLists(sources.lists, { code: slugs, comparison: new Set(comparisons.comparisons.map((c) => c.slug)) }, categories);
  return {
    catalogue: { codes, comparisons: comparisons.comparisons, libraries: libraries.libraries },
    problems: [...entries.problems, ...comparisons.problems, ...libraries.problems, ...lists],
  };
}

/** The validated catalogue, or a DataValidationError listing every problem, each naming its file, entry and field. */
export function loadCatalogue(sources: CatalogueSources = contentSources): Catalogue {
  const { catalogue, problems } = checkCatalogue(sources);
  if (problems.length > 0) throw new DataValidationError(problems);
  return catalogue;
}

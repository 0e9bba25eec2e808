import { catalogue } from './load';
import type { CodeEntryData } from './schema';

export type CodeEntry = CodeEntryData;
export { compareSiteOrder } from './site-order';

/** Every entry, validated (see catalogue.ts), in site order. */
export const codes: readonly CodeEntry[] = catalogue.codes;

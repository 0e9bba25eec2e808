import type { ComparisonInput } from './comparison-schema';

/** Identity helper for content/comparisons modules; validation happens in `comparisons.ts`. */
export function defineComparison(comparison: ComparisonInput): ComparisonInput {
  return comparison;
}

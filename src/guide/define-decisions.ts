import type { DecisionTreeInput } from './schema';

/** Identity helper that types content/decisions.ts; validation happens in `guide.ts` at build time. */
export function defineDecisions(tree: DecisionTreeInput): DecisionTreeInput {
  return tree;
}

import decisions from '../../content/decisions';
import { codes } from '../data/codes';
import { comparisons } from '../data/comparisons';
import { mustReach } from './coverage';
import { validateDecisionTree, type DecisionTree } from './validate';

/** The decision guide, validated once when the build first imports this module. */
export const guide: DecisionTree = validateDecisionTree(decisions, {
  entries: new Set(codes.map((entry) => entry.slug)),
  comparisons,
  mustReach,
});

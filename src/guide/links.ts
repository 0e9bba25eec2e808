import { comparePickerUrl, compareUrl, guideStepUrl, guideUrl } from '../lib/urls';
import type { DecisionTree } from './validate';

/** A step's page: the start lives at /which-status-code/ itself. */
export const stepUrl = (tree: Pick<DecisionTree, 'start'>, id: string) => (id === tree.start ? guideUrl : guideStepUrl(id));

/** Where to compare two codes: the curated guide when the tree names one, else the any-pair picker. */
export const comparisonUrl = (a: { code: number; slug: string }, b: { code: number; slug: string }, curated: string | undefined) =>
  curated !== undefined ? compareUrl(curated) : a.code <= b.code ? comparePickerUrl(a.slug, b.slug) : comparePickerUrl(b.slug, a.slug);

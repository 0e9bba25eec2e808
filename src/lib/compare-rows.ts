import { methodOnRedirect } from '../data/redirects';
import { classLabel } from './class-label';
import type { ApiCode } from './api';
import { behaviourLabels, standingLabels } from './labels';

/** The facts compared side by side; every cell comes from the two entries' data, nothing is written per pair. */
export interface CompareRow {
  label: string;
  a: string;
  b: string;
  /** Whether the two codes differ on this fact, so the table can point it out. */
  differs: boolean;
}

type Facts = Pick<ApiCode, 'code' | 'number' | 'name' | 'class' | 'category' | 'standing' | 'vendor' | 'summary' | 'headers' | 'facts'>;

const requiredHeaders = (code: Facts) =>
  code.headers
    .filter((h) => h.in === 'response' && h.requirement === 'MUST' && !h.when)
    .map((h) => h.name)
    .join(', ') || 'None';

const standing = (code: Facts) => `${standingLabels[code.standing]}${code.vendor ? ` (${code.vendor.name})` : ''}`;

/** Builds the comparison table from two entries' public data (the same shape as /api/codes/<slug>.json). */
export function compareRows(a: Facts, b: Facts): CompareRow[] {
  const rows: [string, (code: Facts) => string][] = [
    ['Class', (c) => (c.class === 'nonstandard' ? classLabel(c.class) : `${c.class} ${c.category.name}`)],
    ['Meaning', (c) => c.summary],
    ['Standing', standing],
    ['Cacheable by default', (c) => behaviourLabels.cacheable[c.facts.cacheable.value]],
    ['Response body', (c) => behaviourLabels.body[c.facts.body.value]],
    ['Required response headers', requiredHeaders],
    ['Method on redirect', (c) => methodOnRedirect(c.code)],
    ['Safe to retry', (c) => behaviourLabels.retry[c.facts.retry.value]],
    ['Where you see it', (c) => behaviourLabels.seen[c.facts.seen.value]],
  ];
  return rows.map(([label, cell]) => {
    const [x, y] = [cell(a), cell(b)];
    return { label, a: x, b: y, differs: x !== y };
  });
}

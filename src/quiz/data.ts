import { categories } from '../data/categories';
import type { CodeEntry } from '../data/codes';
import type { Comparison } from '../data/comparisons';
import { isEveryday } from '../data/everyday';
import { displayNumber } from '../data/queries';
import { unconditionalMustHeaders } from '../lib/header-rules';
import { statusClassOf } from '../lib/status-class';
import type { QuizData } from './types';

/** Builds the quiz's dataset from the entries and comparisons, at build time. */
export function toQuizData(entries: readonly CodeEntry[], comparisons: readonly Comparison[]): QuizData {
  return {
    codes: entries.map((entry) => ({
      slug: entry.slug,
      number: displayNumber(entry.code),
      name: entry.name,
      gist: entry.gist,
      summary: entry.summary,
      statusClass: statusClassOf(entry.code),
      vendor: entry.vendor?.name,
      registered: categories[entry.category].kind === 'class',
      everyday: isEveryday(entry.slug),
      mustHeaders: unconditionalMustHeaders(entry.headers).map((h) => h.name),
      facts: entry.behaviour,
    })),
    pairs: comparisons.map((c) => ({ a: c.a, b: c.b, useA: c.useA, useB: c.useB })),
  };
}

import { describe, expect, it } from 'vitest';
import { codes } from '../../src/data/codes';
import { comparisons, findComparison, validateComparisons } from '../../src/data/comparisons';
import { DataValidationError } from '../../src/data/validate';
import { toApiCode } from '../../src/lib/api';
import { compareRows } from '../../src/lib/compare-rows';
import { requireCode } from '../../src/data/queries';

const valid = {
  a: '401',
  b: '403',
  theme: 'auth',
  summary: 'Who you are versus what you may do.',
  answer: 'An answer.',
  useA: ['One', 'Two'],
  useB: ['One', 'Two'],
  mistakes: ['One', 'Two'],
};

function problems(files: Record<string, unknown>): string[] {
  try {
    validateComparisons(Object.fromEntries(Object.entries(files).map(([f, v]) => [f, { default: v }])), codes);
    return [];
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
  }
}

describe('the curated comparisons', () => {
  it('number at least 30', () => {
    expect(comparisons.length).toBeGreaterThanOrEqual(30);
  });

  it('include the pairs the seed page features', () => {
    for (const [a, b] of [['401', '403'], ['301', '302'], ['404', '410'], ['500', '502']]) expect(findComparison(a!, b!), `${a} vs ${b}`).toBeDefined();
  });

  it('reference existing entries, lower number first, each pair once in either order', () => {
    const pairs = new Set<string>();
    for (const c of comparisons) {
      expect(c.entryA.code, c.slug).toBeLessThanOrEqual(c.entryB.code);
      const key = [c.a, c.b].sort().join(' ');
      expect(pairs.has(key), c.slug).toBe(false);
      pairs.add(key);
    }
  });

  it('are found whichever order the two codes are given in', () => {
    expect(findComparison('403', '401')?.slug).toBe('401-vs-403');
    expect(findComparison('401', '440')?.slug).toBe('401-vs-440');
  });

  it.each([
    ['an unknown code', { ...valid, b: '999-nope' }, 'content/comparisons/401-vs-999-nope.ts: b: "999-nope" is not the slug of any entry'],
    ['the higher code first', { ...valid, a: '403', b: '401' }, 'content/comparisons/403-vs-401.ts: a: must be the lower code: write the pair as 401-vs-403'],
    ['a code against itself', { ...valid, b: '401' }, 'content/comparisons/401-vs-401.ts: b: must differ from a'],
    ['too few scenarios', { ...valid, useA: ['One'] }, 'content/comparisons/401-vs-403.ts: useA: must list at least 2 items'],
  ])('reject %s with a message naming the file and field', (_, data, message) => {
    const file = `content/comparisons/${data.a}-vs-${data.b}.ts`;
    expect(problems({ [file]: data })).toContain(message);
  });

  it('reject the same pair written twice in either order', () => {
    expect(problems({ 'content/comparisons/401-vs-403.ts': valid, 'content/comparisons/401-vs-403-again.ts': valid })).toContain(
      'content/comparisons/401-vs-403-again.ts: (pair): compares the same two codes as content/comparisons/401-vs-403.ts',
    );
  });
});

describe('the side-by-side table', () => {
  it('takes every cell from the two entries', () => {
    const a = toApiCode(requireCode('301'));
    const b = toApiCode(requireCode('308'));
    const rows = Object.fromEntries(compareRows(a, b).map((r) => [r.label, r]));
    expect(rows['Meaning']).toMatchObject({ a: a.summary, b: b.summary });
    expect(rows['Method on redirect']).toMatchObject({ differs: true });
    expect(rows['Method on redirect']!.b).toMatch(/Never changes/);
    expect(rows['Class']).toMatchObject({ a: '3xx Redirection', differs: false });
  });

  it('follows a change in the data, so nothing is typed per pair', () => {
    const a = toApiCode(requireCode('401'));
    const b = toApiCode(requireCode('403'));
    const changed = { ...b, facts: { ...b.facts, cacheable: { value: 'never' as const, note: 'x' } } };
    const row = (x: typeof b) => compareRows(a, x).find((r) => r.label === 'Cacheable by default')!.b;
    expect(row(changed)).not.toBe(row(b));
  });

  it('lists the headers the spec requires', () => {
    const rows = compareRows(toApiCode(requireCode('401')), toApiCode(requireCode('407')));
    const headers = rows.find((r) => r.label === 'Required response headers')!;
    expect(headers.a).toContain('WWW-Authenticate');
    expect(headers.b).toContain('Proxy-Authenticate');
  });
});

import { describe, expect, it } from 'vitest';
import { comparisons, findComparison } from '../../src/data/comparisons';
import { toApiCode } from '../../src/data/api';
import { compareRows } from '../../src/lib/compare-rows';
import { requireCode } from '../../src/data/queries';

describe('the curated comparisons', () => {
  it('number at least 30', () => {
    expect(comparisons.length).toBeGreaterThanOrEqual(30);
  });

  it('include the four pairs the home page has always featured', () => {
    for (const [a, b] of [['401', '403'], ['301', '302'], ['404', '410'], ['500', '502']]) expect(findComparison(a!, b!), `${a} vs ${b}`).toBeDefined();
  });

  it('are found whichever order the two codes are given in', () => {
    expect(findComparison('403', '401')?.slug).toBe('401-vs-403');
    expect(findComparison('401', '440')?.slug).toBe('401-vs-440');
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

import { describe, expect, it } from 'vitest';
import { categoryOrder } from '../../src/data/categories';
import { codes } from '../../src/data/codes';
import {
  getCode,
  getCodesByCategory,
  getCodesByClass,
  getCodesByNumber,
  neighbours,
  otherMeanings,
  relatedCodes,
} from '../../src/data/queries';

describe('site order', () => {
  it('puts the five classes first, by number', () => {
    const classEntries = codes.filter((entry) => ['informational', 'success', 'redirection', 'client-error', 'server-error'].includes(entry.category));
    expect(codes.slice(0, classEntries.length)).toEqual(classEntries);
    const numbers = classEntries.map((entry) => entry.code);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('follows the vendor groups in order: nginx, Cloudflare, AWS ELB, Microsoft IIS, others', () => {
    const order = ['nginx', 'cloudflare', 'aws-elb', 'microsoft-iis', 'other-vendors'];
    const seen: string[] = [...new Set(codes.map((entry) => entry.category).filter((c) => order.includes(c)))];
    expect(seen).toEqual(order.filter((c) => seen.includes(c)));
  });

  it('links an entry to the ones just before and after it under the ordering rule', () => {
    // The oracle applies the rule as written (group order, then number, then slug) to a shuffled copy,
    // so adding an entry anywhere does not break the test.
    const rule = (a: (typeof codes)[number], b: (typeof codes)[number]) =>
      categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) || a.code - b.code || (a.slug < b.slug ? -1 : 1);
    const expected = [...codes].reverse().sort(rule);
    for (const slug of ['440', '451-iis', '404', '520', '100']) {
      const i = expected.indexOf(getCode(slug)!);
      expect(neighbours(getCode(slug)!), slug).toEqual({ previous: expected[i - 1], next: expected[i + 1] });
    }
  });

  it('has no neighbour before the first entry or after the last', () => {
    expect(neighbours(codes[0]!).previous).toBeUndefined();
    expect(neighbours(codes.at(-1)!).next).toBeUndefined();
  });
});

describe('lookups', () => {
  it('finds an entry by slug, and nothing for an unknown slug', () => {
    expect(getCode('404')?.name).toBe('Not Found');
    expect(getCode('404-nope')).toBeUndefined();
  });

  it('returns every meaning of a number, the registered one first', () => {
    expect(getCodesByNumber(451).map((entry) => entry.slug)).toEqual(['451', '451-iis']);
    expect(getCodesByNumber(499).map((entry) => entry.slug)[0]).toBe('499');
    expect(getCodesByNumber(499).length).toBeGreaterThanOrEqual(1);
    expect(getCodesByNumber(123)).toEqual([]);
  });

  it('lists the other meanings of a number, never the entry itself', () => {
    expect(otherMeanings(getCode('451-iis')!).map((entry) => entry.slug)).toEqual(['451']);
    expect(otherMeanings(getCode('200')!)).toEqual([]);
  });

  it('groups by class and by category', () => {
    expect(getCodesByClass('2xx').every((entry) => entry.code >= 200 && entry.code < 300)).toBe(true);
    expect(getCodesByClass('2xx').map((entry) => entry.slug)).toEqual(expect.arrayContaining(['200', '201', '204']));
    expect(getCodesByCategory('microsoft-iis').map((entry) => entry.slug)).toEqual(expect.arrayContaining(['440', '451-iis']));
    expect(getCodesByCategory('client-error').some((entry) => entry.slug === '451-iis')).toBe(false);
  });

  it('resolves related slugs to entries, in the order written', () => {
    const entry = getCode('404')!;
    expect(relatedCodes(entry).map((related) => related.slug)).toEqual(entry.related);
  });
});

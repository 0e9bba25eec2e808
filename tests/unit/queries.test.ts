import { describe, expect, it } from 'vitest';
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

const slugs = () => codes.map((entry) => entry.slug);

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

  it("matches the seed page's previous/next links around 440", () => {
    const { previous, next } = neighbours(getCode('440')!);
    expect(previous?.slug).toBe('561');
    expect(next?.slug).toBe('449');
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

  it('has unique slugs', () => {
    expect(new Set(slugs()).size).toBe(codes.length);
  });
});

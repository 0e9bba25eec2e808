import { describe, expect, it } from 'vitest';
import { categories } from '../../src/data/categories';
import { codes } from '../../src/data/codes';
import { displayNumber, getCode, getCodesByNumber } from '../../src/data/queries';
import { readTsv } from '../fixtures/reference/read-tsv';

const iana = readTsv(new URL('../fixtures/reference/iana-registry.tsv', import.meta.url));
const vendors = readTsv(new URL('../fixtures/reference/vendor-codes.tsv', import.meta.url));

/** The registry's qualifiers become the entry's standing, not part of its name. */
const qualifier = /\s*\((TEMPORARY[^)]*|OBSOLETED)\)$/;
const expectedStanding = (phrase: string) =>
  /\(TEMPORARY/.test(phrase) ? 'temporary' : /\(OBSOLETED\)/.test(phrase) ? 'obsolete' : phrase === '(Unused)' ? 'unused' : undefined;

describe('the registered codes', () => {
  it.each(iana.map((row) => [row.code!, row.reason_phrase!] as const))('%s has an entry named as the registry names it', (code, phrase) => {
    const entry = getCode(code);
    expect(entry, `no entry with slug ${code}`).toBeDefined();
    // 418 is listed as "(Unused)", but RFC 9110 §15.5.19 reserves it because of "I'm a teapot" (RFC 2324), the name people know.
    const name = code === '418' ? "I'm a teapot" : phrase.replace(qualifier, '');
    expect(entry!.name).toBe(name);
    const standing = expectedStanding(phrase);
    if (standing) expect(entry!.standing).toBe(standing);
    else if (code !== '305') expect(entry!.standing).toBe('standard');
    expect(categories[entry!.category].kind).toBe('class');
  });

  it('no other entry claims a registered number outside the vendor categories', () => {
    const registered = new Set(iana.map((row) => Number(row.code)));
    const claims = codes.filter((entry) => registered.has(entry.code) && entry.slug !== displayNumber(entry.code));
    for (const entry of claims) expect(categories[entry.category].kind, entry.slug).toBe('vendor');
  });

  it('say "cacheable by default" exactly for the codes the RFCs name', () => {
    // RFC 9110 §15.1 lists the heuristically cacheable codes; RFC 7725 §3 adds 451; RFC 6585 forbids storing 428, 429, 431 and 511.
    const heuristic = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501];
    const never = [428, 429, 431, 511];
    for (const row of iana) {
      const entry = getCode(row.code!)!;
      const value = entry.behaviour.cacheable.value;
      const expected = heuristic.includes(entry.code) ? 'heuristic' : never.includes(entry.code) ? 'never' : entry.code === 304 ? 'refreshes' : undefined;
      if (expected) expect(value, row.code).toBe(expected);
      else expect(['explicit', 'not-applicable'], `${row.code} is ${value}`).toContain(value);
    }
  });

  it('every registered number defined by RFC 9110 links its RFC 9110 section', () => {
    for (const row of iana.filter((r) => r.reference!.startsWith('RFC9110'))) {
      const section = row.reference!.match(/Section ([\d.]+)/)![1];
      expect(getCode(row.code!)!.reference.url, row.code).toBe(`https://www.rfc-editor.org/rfc/rfc9110#section-${section}`);
    }
  });
});

describe('the vendor and unofficial codes', () => {
  it.each(vendors.map((row) => [row.code!, row.name!, row.vendor_category!] as const))(
    '%s %s (%s) has an entry in a vendor category',
    (code, name, vendor) => {
      const candidates = getCodesByNumber(Number(code)).filter((entry) => categories[entry.category].kind === 'vendor');
      expect(candidates.length, `no vendor entry for ${code}`).toBeGreaterThan(0);
      if (name === '') return; // AWS gives 000, 460, 463 and 464 no reason phrase; the entry's name is descriptive
      const wanted = name.replace(/\s*\(obsolete\)$/, '');
      // The reference's phrases come from Wikipedia; where the vendor's own documentation words it
      // differently (Cloudflare's "Web Server Returns an Unknown Error"), the entry follows the vendor
      // and keeps the reference's phrase as an alias, so it is still found by that name.
      const names = (entry: (typeof candidates)[number]) => [entry.name, ...entry.aliases.map((alias) => alias.name)].map((n) => n.toLowerCase());
      const match = candidates.find((entry) => names(entry).includes(wanted.toLowerCase()));
      expect(match, `no entry for ${code} named "${wanted}" (${vendor}); found ${candidates.map((e) => e.name).join(', ')}`).toBeDefined();
    },
  );

  it('covers exactly as many vendor meanings as the reference lists', () => {
    expect(codes.filter((entry) => categories[entry.category].kind === 'vendor').length).toBe(vendors.length);
  });
});

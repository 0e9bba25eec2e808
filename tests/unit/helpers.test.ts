import { describe, expect, it } from 'vitest';
import { parseFetchedCode } from '../../src/compare/parse-code';
import { toApiCode } from '../../src/data/api';
import { comparisons } from '../../src/data/comparisons';
import { codes } from '../../src/data/codes';
import { requireCode } from '../../src/data/queries';
import { filterText, matchesFilter } from '../../src/lib/filter';
import { comesFirst, orderPair, pairSlug } from '../../src/lib/pairs';
import { ShapeError } from '../../src/lib/shape';
import { pickTab, readChoice, rememberChoice, withPick, type TabOption } from '../../src/lib/snippet-choice';
import { parseQuizData } from '../../src/quiz/parse';
import { toQuizData } from '../../src/quiz/data';
import { exactCodeTarget, moveSelection, readSearchParams } from '../../src/search/query';
import { tocEntries } from '../../src/lib/toc';

describe('the codes-index filter', () => {
  const row = (number: string, entry: Parameters<typeof filterText>[0]) => ({ number, text: filterText(entry) });
  const tooMany = row('429', { name: 'Too Many Requests', aliases: [], summary: 'Rate limited: slow down and retry later.' });
  const iis = row('440', { name: 'Login Time-out', aliases: [{ name: 'Login Timeout' }], vendor: { name: 'Microsoft IIS' }, summary: 'The session expired.' });

  it('matches a number prefix, so "4" and "42" narrow the list as the reader types', () => {
    expect(matchesFilter(tooMany, '4')).toBe(true);
    expect(matchesFilter(tooMany, '42')).toBe(true);
    expect(matchesFilter(tooMany, '43')).toBe(false);
  });

  it('needs every word, in any case, anywhere in the names, vendor and summary', () => {
    expect(matchesFilter(tooMany, 'MANY rate')).toBe(true);
    expect(matchesFilter(tooMany, 'many gone')).toBe(false);
    expect(matchesFilter(iis, 'microsoft timeout')).toBe(true);
  });

  it('treats a number that is a word of the text as a match (a vendor code named in a summary)', () => {
    const summary = row('530', { name: 'Site Frozen', aliases: [], summary: 'Pantheon answers 530 for a frozen site.' });
    expect(matchesFilter(summary, '530')).toBe(true);
    expect(matchesFilter(row('530', { name: 'Site Frozen', aliases: [], summary: 'No number.' }), '1016')).toBe(false);
  });

  it('matches everything for an empty or blank query', () => {
    expect(matchesFilter(tooMany, '')).toBe(true);
    expect(matchesFilter(tooMany, '   ')).toBe(true);
  });
});

describe('the remembered snippet stack', () => {
  const options: TabOption[] = [
    { language: 'JavaScript', framework: 'Express' },
    { language: 'JavaScript', framework: 'Fastify' },
    { language: 'Python', framework: 'Flask' },
    { language: 'Python', framework: 'FastAPI' },
  ];
  const memory = () => {
    const store = new Map<string, string>();
    return { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), store };
  };

  it('shows the first tab to a new reader', () => {
    expect(pickTab(options, {}, 'return')).toEqual(options[0]);
  });

  it('keeps the framework picked in a group, and the language across groups', () => {
    const choice = withPick({}, 'return', options[3]!);
    expect(pickTab(options, choice, 'return')).toEqual(options[3]);
    // Another group has no framework picked yet: it opens on the same language's first tab.
    expect(pickTab(options, choice, 'handle')).toEqual(options[2]);
  });

  it('falls back to the first tab when the remembered language is not offered', () => {
    expect(pickTab(options, { language: 'Ruby', frameworks: { return: 'Rails' } }, 'return')).toEqual(options[0]);
  });

  it('round-trips through storage, and survives broken or foreign stored values', () => {
    const storage = memory();
    rememberChoice(withPick({}, 'return', options[1]!), storage);
    expect(readChoice(storage)).toEqual({ language: 'JavaScript', frameworks: { return: 'Fastify' } });
    storage.store.set('snippet-choice', '{not json');
    expect(readChoice(storage)).toEqual({});
    storage.store.set('snippet-choice', JSON.stringify({ language: 7, frameworks: { return: 'Flask', handle: 3 } }));
    expect(readChoice(storage)).toEqual({ frameworks: { return: 'Flask' } });
    expect(readChoice(undefined)).toEqual({});
  });

  it('does not throw when storage is blocked', () => {
    const blocked = { setItem: () => { throw new Error('SecurityError'); } };
    expect(() => rememberChoice({ language: 'Python' }, blocked)).not.toThrow();
  });
});

describe('the search helpers', () => {
  const numbers = new Set(['404', '000', '451']);

  it('jumps to a code page only for three digits the site has', () => {
    expect(exactCodeTarget('404', numbers)).toBe('/codes/404/');
    expect(exactCodeTarget(' 451 ', numbers)).toBe('/codes/451/');
    expect(exactCodeTarget('000', numbers)).toBe('/codes/000/');
    expect(exactCodeTarget('40', numbers)).toBeUndefined();
    expect(exactCodeTarget('418', numbers)).toBeUndefined();
    expect(exactCodeTarget('404 not found', numbers)).toBeUndefined();
  });

  it('moves the selection around the list, wrapping at both ends', () => {
    expect(moveSelection(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveSelection(2, 'ArrowDown', 3)).toBe(0);
    expect(moveSelection(0, 'ArrowUp', 3)).toBe(2);
    expect(moveSelection(-1, 'ArrowUp', 3)).toBe(2);
    expect(moveSelection(1, 'Home', 3)).toBe(0);
    expect(moveSelection(0, 'End', 3)).toBe(2);
    expect(moveSelection(1, 'x', 3)).toBe(1);
    expect(moveSelection(1, 'ArrowDown', 0)).toBe(-1);
  });

  it('reads the query and the known filters from a /search/ URL, ignoring the rest', () => {
    expect(readSearchParams('?q=%20rate%20limit%20&class=4xx&category=&utm=x')).toEqual({ query: 'rate limit', filters: { class: '4xx' } });
    expect(readSearchParams('')).toEqual({ query: '', filters: {} });
  });
});

describe('pair order', () => {
  const e = (slug: string, code: number) => ({ slug, code });

  it('puts the lower number first, and the registered meaning first when numbers tie', () => {
    expect(orderPair(e('403', 403), e('401', 401)).map((m) => m.slug)).toEqual(['401', '403']);
    expect(orderPair(e('451-iis', 451), e('451', 451)).map((m) => m.slug)).toEqual(['451', '451-iis']);
    expect(comesFirst(e('451', 451), e('451-iis', 451))).toBe(true);
    expect(comesFirst(e('451-iis', 451), e('451', 451))).toBe(false);
    expect(pairSlug('401', '403')).toBe('401-vs-403');
  });

  it('agrees with every curated comparison, which the data validation also orders this way', () => {
    for (const c of comparisons) expect(orderPair(c.entryB, c.entryA).map((m) => m.slug), c.slug).toEqual([c.a, c.b]);
  });
});

describe('JSON fetched in the browser is checked', () => {
  it('accepts every code file the build publishes', () => {
    for (const entry of codes) expect(() => parseFetchedCode(JSON.parse(JSON.stringify(toApiCode(entry)))), entry.slug).not.toThrow();
  });

  it('names the first field that does not fit', () => {
    const file = JSON.parse(JSON.stringify(toApiCode(requireCode('404'))));
    expect(() => parseFetchedCode({ ...file, name: 404 })).toThrow(new ShapeError('name: expected a string, got number'));
    expect(() => parseFetchedCode({ ...file, facts: { ...file.facts, body: { value: 'maybe', note: '' } } })).toThrow(
      'facts.body.value: expected one of allowed, forbidden, none, got string',
    );
    expect(() => parseFetchedCode({ ...file, headers: [{ ...file.headers[0], name: null }] })).toThrow('headers[0]');
    expect(() => parseFetchedCode('<html>')).toThrow('(root): expected an object, got string');
  });

  it('accepts the quiz data the build publishes, and rejects a broken file', () => {
    const data = JSON.parse(JSON.stringify(toQuizData(codes, comparisons)));
    expect(parseQuizData(data).codes).toHaveLength(codes.length);
    expect(() => parseQuizData({ ...data, codes: [{ ...data.codes[0], statusClass: '6xx' }] })).toThrow('codes[0].statusClass');
    expect(() => parseQuizData({ codes: [] })).toThrow('pairs: expected an array, got undefined');
  });
});

describe('the "On this page" links', () => {
  it('lists the h2 headings that carry an id and a label, in page order, and nothing else', () => {
    const html = [
      '<section><h2 id="example" data-toc="Example">Example HTTP exchange</h2></section>',
      '<h2 id="untitled">No label: not listed</h2>',
      '<h3 id="fix-owner" data-toc="Owner">An h3 is not a section</h3>',
      '<h2 class="x" data-toc="Q &amp; A" id="faq">404: questions</h2>',
    ].join('');
    expect(tocEntries(html)).toEqual([
      { id: 'example', label: 'Example' },
      { id: 'faq', label: 'Q & A' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { indexedForms, ownForms, queryUnits, queryWords } from '../../src/search/equivalents';
import { fillerWords } from '../../src/search/filler-words';
import { forgivingSearch, subsets, type Engine, type EngineResult, type Knowledge } from '../../src/search/forgiving';
import { closestWord, correctWords, isProtected, lexicon, maxEdits, mayNeedCorrection } from '../../src/search/spelling';
import { synonymGroups } from '../../src/search/synonyms';
import { buildVocabulary, identifierWords, parseVocabulary } from '../../src/search/vocabulary';

const lex = lexicon(['unauthorized', 'service', 'unavailable', 'permanent', 'redirect', 'gateway', 'timeout', 'found', 'not', 'teapot', 'forbidden', 'large', 'payload', 'too']);
const nothingIndexed = () => false;

describe('spelling correction', () => {
  it.each([
    ['unathorized', 'unauthorized'],
    ['servcie', 'service'],
    ['premanent', 'permanent'],
    ['gatway', 'gateway'],
    ['forbiden', 'forbidden'],
    ['teapto', 'teapot'],
  ])('corrects "%s" to "%s", a vocabulary word within the edit limit', (typo, fix) => {
    expect(correctWords([typo], lex, nothingIndexed)).toEqual({ words: [fix], changed: true });
  });

  it('allows more edits for longer words: none up to 3 letters, 1 at 4, 2 up to 8, 3 from 9', () => {
    expect([2, 3, 4, 5, 8, 9, 14].map(maxEdits)).toEqual([0, 0, 1, 2, 2, 3, 3]);
  });

  it('leaves a word alone when the closest vocabulary word is beyond the limit', () => {
    // "nto" is one edit from "not", but a 3-letter word is never corrected.
    expect(correctWords(['nto'], lex, nothingIndexed)).toEqual({ words: ['nto'], changed: false });
    // "fuond" is two edits from "found" (5 letters may move 2); "fuodn" is three.
    expect(closestWord('fuond', lex)).toBe('found');
    expect(closestWord('fuodn', lex)).toBeUndefined();
    expect(correctWords(['zebra'], lex, nothingIndexed)).toEqual({ words: ['zebra'], changed: false });
  });

  it.each(['404', '4o4', 'TOO_MANY_REQUESTS', 'StatusTeapot', ':unprocessable_entity', 'HTTP_NOT_FOUND', 'CORS', 'HTTP/2', 'e.g.'])(
    'never corrects "%s": numbers, identifiers and acronyms are taken as typed',
    (word) => {
      expect(isProtected(word)).toBe(true);
      expect(mayNeedCorrection(word, lex)).toBe(false);
      expect(correctWords([word], lex, nothingIndexed).changed).toBe(false);
    },
  );

  it('does not correct a word the index has, even when a vocabulary word is one edit away', () => {
    // "fund" is not in the vocabulary, but the index knows it, so it is not "found".
    expect(mayNeedCorrection('fund', lex)).toBe(true);
    expect(correctWords(['fund'], lex, (word) => word === 'fund')).toEqual({ words: ['fund'], changed: false });
    expect(correctWords(['fund'], lex, nothingIndexed)).toEqual({ words: ['found'], changed: true });
  });

  it('does not ask about vocabulary words or the start of one (the reader may be typing)', () => {
    expect(mayNeedCorrection('Unauthorized', lex)).toBe(false);
    expect(mayNeedCorrection('unauth', lex)).toBe(false);
    expect(mayNeedCorrection('unathorized', lex)).toBe(true);
  });

  it('breaks a tie in favour of the word listed first (the vocabulary lists the most used first)', () => {
    expect(closestWord('cat', lexicon(['bat', 'hat']))).toBeUndefined(); // 3 letters: never
    expect(closestWord('bast', lexicon(['bass', 'last']))).toBe('bass');
    expect(closestWord('bast', lexicon(['last', 'bass']))).toBe('last');
  });
});

describe('the synonym table', () => {
  it('has no form in two groups, and no empty form', () => {
    const forms = synonymGroups.flat();
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
    expect(forms.every((f) => f.trim() !== '')).toBe(true);
  });

  it('indexes a page under every form of the groups its key text uses, in any case or hyphenation', () => {
    expect(indexedForms('Unauthorized · The request lacks valid credentials.')).toEqual(expect.arrayContaining(['unauthorised', 'password']));
    expect(indexedForms('Login Time-out')).toEqual(expect.arrayContaining(['timeout', 'timed out', 'login', 'sign in']));
    expect(indexedForms("Twitter's old rate-limit code")).toContain('throttled');
    expect(indexedForms('Content Too Large')).toContain('too big');
    expect(indexedForms('Not Found')).toEqual([]);
    // Whole words only: "download" is not "down", "certificates" is its own form.
    expect(indexedForms('download')).toEqual([]);
  });

  it('searches a form the catalogue does not use as the catalogue word, and keeps the catalogue\'s own wording', () => {
    // The forms the catalogue's names use, as ownForms finds them.
    const catalogue = new Set(ownForms(['Unauthorized', 'Connection Timed Out', 'Login Time-out', 'Upload Resumption Supported', 'SSL Handshake Failed']));
    expect([...catalogue].sort()).toEqual(['login', 'ssl', 'time-out', 'timed out', 'unauthorized', 'upload']);
    expect(queryUnits(['unauthorised'], catalogue)).toEqual([['unauthorized']]);
    expect(queryUnits(['throttled', 'api'], catalogue)).toEqual([['rate', 'limit'], ['api']]);
    expect(queryUnits(['TLS', 'handshake'], catalogue)).toEqual([['ssl'], ['handshake']]);
    expect(queryUnits(['login', 'time-out'], catalogue)).toEqual([['login'], ['time-out']]);
    expect(queryUnits(['request', 'time', 'out'], catalogue)).toEqual([['request'], ['timeout']]);
    expect(queryUnits(['connection', 'timed', 'out'], catalogue)).toEqual([['connection'], ['timed', 'out']]);
    expect(queryUnits(['upload'], catalogue)).toEqual([['upload']]);
  });
});

describe('query words', () => {
  it.each([
    ['HttpStatus.NOT_FOUND', ['NOT_FOUND']],
    ['Response::HTTP_FORBIDDEN', ['HTTP_FORBIDDEN']],
    ['status.HTTP_422_UNPROCESSABLE_ENTITY', ['HTTP_422_UNPROCESSABLE_ENTITY']],
    [':unprocessable_entity', [':unprocessable_entity']],
    ['upstream timed out (110: Connection timed out)', ['upstream', 'timed', 'out', '110', 'Connection', 'timed', 'out']],
    ['“Forbidden”, says the server.', ['Forbidden', 'says', 'the', 'server']],
    ["I'm a teapot", ["I'm", 'a', 'teapot']],
    ['nginx/1.18.0', ['nginx/1.18.0']],
  ])('splits %j as people paste it', (query, words) => {
    expect(queryWords(query)).toEqual(words);
  });
});

describe('the vocabulary', () => {
  it('lists the words of names and identifiers by use, and the numbers', () => {
    const vocabulary = buildVocabulary(['Not Found', 'File Not Found', identifierWords('HTTP_NOT_FOUND'), identifierWords('StatusTeapot')], ['404', '418', '404']);
    expect(vocabulary.words.slice(0, 2)).toEqual(['found', 'not']);
    expect(vocabulary.words).toEqual(expect.arrayContaining(['file', 'http', 'status', 'teapot']));
    expect(vocabulary.numbers).toEqual(['404', '418']);
    expect(vocabulary.forms).toEqual([]);
    expect(buildVocabulary(['Gateway Time-out'], []).forms).toEqual(['time-out']);
  });

  it('rejects a malformed file with the field named', () => {
    const filters = { class: ['4xx'], category: ['Client Error'] };
    expect(() => parseVocabulary({ words: ['ok'], numbers: [404], forms: [], filters }, 'vocabulary')).toThrow('vocabulary.numbers[0]: expected a string, got number');
    expect(() => parseVocabulary({ words: ['ok'], numbers: ['404'], forms: [] }, 'vocabulary')).toThrow('vocabulary.filters: expected an object, got undefined');
    expect(() => parseVocabulary({ words: [], numbers: [], forms: [], filters: { ...filters, category: [5] } }, 'vocabulary')).toThrow(
      'vocabulary.filters.category[0]: expected a string, got number',
    );
  });
});

/** A fake engine: pages with words; a page matches when it has every word of the term; score = weight of matched words. */
function fakeEngine(pages: Record<string, { words: string[]; kind: string; code?: string }>): Engine & { terms: string[] } {
  const terms: string[] = [];
  return {
    terms,
    async search(term) {
      terms.push(term);
      const exact = term.startsWith('"');
      const words = term.replace(/"/g, '').toLowerCase().split(' ');
      const results: EngineResult[] = Object.entries(pages)
        .filter(([, page]) => words.every((w) => page.words.some((pw) => (exact ? pw === w : pw.startsWith(w)))))
        .map(([url, page]) => ({
          id: url,
          score: words.reduce((n, w) => n + page.words.filter((pw) => pw.startsWith(w)).length, 0),
          data: async () => ({ url, excerpt: '', meta: { kind: page.kind, code: page.code }, filters: {} }),
        }));
      return results.sort((a, b) => b.score - a.score);
    },
  };
}

const knowledge = (words: string[], numbers: string[]): Knowledge => ({
  lexicon: lexicon([...words, ...fillerWords]),
  catalogueWords: new Set(words),
  catalogueForms: new Set(ownForms(words)),
  numbers: new Set(numbers),
});

describe('forgiving search', () => {
  const pages = {
    '/codes/503/': { words: ['503', 'service', 'unavailable', 'overloaded', 'maintenance'], kind: 'Status code', code: '503' },
    '/codes/502/': { words: ['502', 'bad', 'gateway', 'upstream', 'nginx'], kind: 'Status code', code: '502' },
    '/codes/504/': { words: ['504', 'gateway', 'timeout', 'upstream'], kind: 'Status code', code: '504' },
    '/compare/502-vs-504/': { words: ['502', '504', 'nginx', 'nginx', 'nginx', 'gateway', 'gateway', 'timeout', 'upstream'], kind: 'Comparison', code: '502 vs 504' },
    '/codes/401/': { words: ['401', 'unauthorized', 'credentials'], kind: 'Status code', code: '401' },
    '/codes/404/': { words: ['404', 'not', 'found', 'not_found', 'http_not_found'], kind: 'Status code', code: '404' },
  };
  const know = knowledge(['service', 'unavailable', 'bad', 'gateway', 'timeout', 'unauthorized', 'nginx', 'not', 'found', 'http'], ['401', '404', '502', '503', '504']);

  it('corrects a misspelled word and says what it searched', async () => {
    const outcome = await forgivingSearch('servcie unavailable', fakeEngine(pages), know);
    expect(outcome?.correctedQuery).toBe('service unavailable');
    expect(outcome?.results[0]?.url).toBe('/codes/503/');
  });

  it('searches the words as typed when asked to', async () => {
    const engine = fakeEngine(pages);
    const outcome = await forgivingSearch('servcie unavailable', engine, know, { literal: true });
    expect(outcome?.correctedQuery).toBeUndefined();
    expect(engine.terms.some((t) => t.includes('service'))).toBe(false);
  });

  it('keeps a short query that finds enough exactly as Pagefind ranks it, with one search', async () => {
    const engine = fakeEngine(pages);
    const outcome = await forgivingSearch('gateway', engine, know);
    expect(engine.terms).toEqual(['gateway']);
    expect(outcome?.results.map((r) => r.url)).toEqual(['/compare/502-vs-504/', '/codes/502/', '/codes/504/']);
  });

  it('answers a question by its key words, the queried code first, a comparison that only mentions them after', async () => {
    const outcome = await forgivingSearch('what does it mean when nginx says 504', fakeEngine(pages), know);
    const urls = outcome?.results.map((r) => r.url);
    expect(urls?.[0]).toBe('/codes/504/');
    expect(urls).toContain('/compare/502-vs-504/');
  });

  it('finds a code page from the best subset when no page has every key word', async () => {
    const outcome = await forgivingSearch('why is my website showing unauthorized', fakeEngine(pages), know);
    expect(outcome?.results[0]?.url).toBe('/codes/401/');
  });

  it('searches a qualified constant by its last part, and one the index lacks by the words the catalogue knows', async () => {
    const engine = fakeEngine(pages);
    expect((await forgivingSearch('HttpURLConnection.HTTP_NOT_FOUND', engine, know))?.results[0]?.url).toBe('/codes/404/');
    expect(engine.terms).toContain('HTTP_NOT_FOUND');
    const unknown = fakeEngine(pages);
    const outcome = await forgivingSearch('HttpServletResponse.SC_NOT_FOUND', unknown, know);
    expect(unknown.terms).toContain('not found');
    expect(outcome?.results[0]?.url).toBe('/codes/404/');
    expect(outcome?.correctedQuery).toBeUndefined();
  });

  it('lists subsets largest first', () => {
    expect(subsets(3)).toEqual([[0, 1, 2], [0, 1], [0, 2], [1, 2], [0], [1], [2]]);
  });
});

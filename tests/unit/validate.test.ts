import { describe, expect, it } from 'vitest';
import { checkCatalogue, loadCatalogue, type CatalogueSources } from '../../src/data/catalogue';
import type { ComparisonInput } from '../../src/data/comparison-schema';
import { DataValidationError, formatProblem } from '../../src/data/problems';
import type { LibraryInput } from '../../src/data/schema';
import { checkLibraries, libraryOrder } from '../../src/data/validate-constants';
import { fixtureFiles, notFoundEntry, validEntry } from '../fixtures/entries';

/** Files given as undefined are removed from the fixture catalogue. */
const present = (files: Record<string, unknown>) => Object.fromEntries(Object.entries(files).filter(([, value]) => value !== undefined));

/** Modules as import.meta.glob gives them. */
const asModules = (files: Record<string, unknown>) => Object.fromEntries(Object.entries(files).map(([file, value]) => [file, { default: value }]));

/** The fixture catalogue with some files replaced or added; returns every problem, formatted. */
function problemsWith(changes: { codes?: Record<string, unknown>; comparisons?: Record<string, unknown>; libraries?: Record<string, unknown>; lists?: CatalogueSources['lists'] }): string[] {
  const { lists, ...files } = changes;
  const sources: CatalogueSources = {
    codes: asModules(present({ ...fixtureFiles(), ...files.codes })),
    comparisons: asModules(present({ 'content/comparisons/404-vs-410.ts': comparison(), ...files.comparisons })),
    libraries: asModules(files.libraries ?? {}),
    lists: lists ?? [],
  };
  // The real libraryOrder names tables the fixtures do not have; constants tables are checked on their own below.
  return checkCatalogue(sources).problems.filter((p) => p.field !== 'libraryOrder').map(formatProblem);
}

function comparison(overrides: Partial<ComparisonInput> = {}): ComparisonInput {
  return {
    a: '404',
    b: '410',
    theme: 'missing',
    summary: 'Missing for now or gone for good.',
    answer: 'An answer.',
    useA: ['One', 'Two'],
    useB: ['One', 'Two'],
    mistakes: ['One', 'Two'],
    ...overrides,
  };
}

const withoutKey = (key: string) => {
  const entry: Record<string, unknown> = { ...validEntry() };
  delete entry[key];
  return entry;
};

describe('the catalogue validation', () => {
  it('accepts the fixture catalogue, which meets every rule', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it('accepts the real content (the build runs the same function)', () => {
    expect(() => loadCatalogue()).not.toThrow();
  });

  it('throws one error listing every problem, each on its own line', () => {
    const sources: CatalogueSources = {
      codes: asModules({ ...fixtureFiles(), 'content/codes/410.ts': validEntry({ causes: ['Deleted'], related: ['404', '404'] }) }),
      comparisons: {},
      libraries: {},
      lists: [],
    };
    expect(() => loadCatalogue(sources)).toThrow(DataValidationError);
    expect(() => loadCatalogue(sources)).toThrow(
      'problems in the site\'s data:\n  - content/codes/410.ts (entry "410"): causes: has 1 items; an entry needs at least 4\n  - content/codes/410.ts (entry "410"): related: "404" is listed twice',
    );
  });
});

describe('entries', () => {
  it.each([
    { case: 'a duplicate slug', codes: { 'content/codes/410-copy.ts': validEntry({ gist: 'Another gist' }) }, message: 'content/codes/410-copy.ts (entry "410"): slug: duplicates the slug of content/codes/410.ts' },
    { case: 'a file not named after its slug', codes: { 'content/codes/410.ts': undefined, 'content/codes/gone.ts': validEntry() }, message: 'content/codes/gone.ts (entry "410"): slug: is "410", so the file must be named 410.ts' },
    { case: 'a related slug that does not exist', codes: { 'content/codes/410.ts': validEntry({ related: ['404', '999-nope'] }) }, message: 'content/codes/410.ts (entry "410"): related[1]: "999-nope" is not the slug of any entry' },
    { case: 'a missing section', codes: { 'content/codes/410.ts': withoutKey('causes') }, message: 'content/codes/410.ts (entry "410"): causes: Required' },
    { case: 'an empty string', codes: { 'content/codes/410.ts': validEntry({ definition: '  ' }) }, message: 'content/codes/410.ts (entry "410"): definition: must not be empty' },
    { case: 'one cause', codes: { 'content/codes/410.ts': validEntry({ causes: ['Deleted'] }) }, message: 'content/codes/410.ts (entry "410"): causes: has 1 items; an entry needs at least 4' },
    { case: 'a two-sentence explanation', codes: { 'content/codes/410.ts': validEntry({ explanation: ['It went. It is gone.'] }) }, message: 'content/codes/410.ts (entry "410"): explanation: has 2 sentences; an entry needs at least 3' },
    { case: 'two FAQ entries', codes: { 'content/codes/410.ts': validEntry({ faq: [{ question: 'A?', answer: 'A.' }, { question: 'B?', answer: 'B.' }] }) }, message: 'content/codes/410.ts (entry "410"): faq: has 2 items; an entry needs at least 3' },
    { case: 'one owner fix', codes: { 'content/codes/410.ts': validEntry({ fix: { visitor: ['a', 'b'], owner: ['c'] } }) }, message: 'content/codes/410.ts (entry "410"): fix.owner: has 1 items; an entry needs at least 2' },
    { case: 'one related code', codes: { 'content/codes/410.ts': validEntry({ related: ['404'] }) }, message: 'content/codes/410.ts (entry "410"): related: has 1 items; an entry needs at least 2' },
    { case: 'a gist another entry has', codes: { 'content/codes/404.ts': notFoundEntry({ gist: 'gone GIST' }) }, message: 'content/codes/404.ts (entry "404"): gist: is the same as the gist of 410; quiz choices need each gist to be distinct' },
    { case: 'a paragraph copied from another entry', codes: { 'content/codes/404.ts': notFoundEntry({ definition: 'The Gone definition.' }) }, message: 'content/codes/404.ts (entry "404"): (text): "The Gone definition.…" also appears in 410; write it for this code' },
    { case: 'a snippet override for no generator', codes: { 'content/codes/410.ts': validEntry({ snippets: { expresso: 'app.get()' } }) }, message: 'content/codes/410.ts (entry "410"): snippets.expresso: no snippet generator has the id "expresso" (known: express, node-http, fastify, nextjs, flask, fastapi, django, go, spring, aspnet, laravel, php, rails, axum, nginx, apache, fetch, axios, requests, go-client, shell, curl)' },
    { case: 'a number above 999', codes: { 'content/codes/1000.ts': validEntry({ code: 1000, slug: '1000' }) }, message: 'content/codes/1000.ts (entry "1000"): code: must be between 000 and 999' },
    { case: 'a slug that does not start with the code', codes: { 'content/codes/410.ts': undefined, 'content/codes/411.ts': validEntry({ slug: '411' }) }, message: 'content/codes/411.ts (entry "411"): slug: must start with the entry\'s code "410"' },
    { case: 'a code in the wrong class category', codes: { 'content/codes/410.ts': validEntry({ category: 'server-error' }) }, message: 'content/codes/410.ts (entry "410"): category: "server-error" is for 5xx codes, but the code is 410' },
    { case: 'a vendor code without its vendor', codes: { 'content/codes/410.ts': validEntry({ category: 'nginx', standing: 'unofficial' }) }, message: 'content/codes/410.ts (entry "410"): vendor: is required for an entry in the vendor category "nginx"' },
    { case: 'the same cause twice', codes: { 'content/codes/410.ts': validEntry({ causes: ['Deleted', 'Deleted', 'Moved', 'Expired'] }) }, message: 'content/codes/410.ts (entry "410"): causes: "Deleted" is listed twice' },
    {
      case: 'a required header missing from the example',
      codes: { 'content/codes/410.ts': validEntry({ headers: [{ name: 'Allow', in: 'response', requirement: 'MUST', note: 'Lists methods.' }] }) },
      message: 'content/codes/410.ts (entry "410"): example.response.headers: the spec requires Allow (headers[0]) but the example response does not send it',
    },
    {
      case: 'an example that neither answers nor logs',
      codes: { 'content/codes/410.ts': validEntry({ example: { request: { method: 'GET', target: '/' } } }) },
      message: 'content/codes/410.ts (entry "410"): example.response: needs a response, or a log line for codes that are never sent',
    },
    {
      case: 'a body in a 204 example',
      codes: {
        'content/codes/204.ts': validEntry({ code: 204, slug: '204', name: 'No Content', gist: 'Nothing to send', category: 'success', behaviour: { ...validEntry().behaviour, body: { value: 'forbidden', note: 'None.' } } }),
      },
      message: 'content/codes/204.ts (entry "204"): example.response.body: a 204 response cannot carry content; remove the body',
    },
  ])('rejects $case, naming the file, the entry and the field', ({ codes, message }) => {
    expect(problemsWith({ codes })).toContain(message);
  });

  it('reports every problem at once, not only the first', () => {
    expect(problemsWith({ codes: { 'content/codes/410.ts': validEntry({ causes: [], faq: [], related: ['nope', '404'] }) } }).length).toBeGreaterThanOrEqual(3);
  });
});

describe('example messages', () => {
  const withResponse = (headers: [string, string][], body?: string, httpVersion?: '1.1' | '2') =>
    validEntry({ example: { request: { method: 'GET', target: '/old', headers: [['Host', 'example.com']] }, response: { headers, body, httpVersion } } });

  it('rejects a Content-Length that does not match the body', () => {
    expect(problemsWith({ codes: { 'content/codes/410.ts': withResponse([['Content-Length', '99']], 'Gone for good.') } })).toContain(
      'content/codes/410.ts (entry "410"): example.response.headers: Content-Length is 99 but the body is 14 bytes (UTF-8)',
    );
  });

  it('counts bytes, not characters', () => {
    expect(problemsWith({ codes: { 'content/codes/410.ts': withResponse([['Content-Length', '6']], 'Gone ✓') } })).toContain(
      'content/codes/410.ts (entry "410"): example.response.headers: Content-Length is 6 but the body is 8 bytes (UTF-8)',
    );
  });

  it('requires Content-Length on an HTTP/1.1 body without Transfer-Encoding (RFC 9112 §6.3)', () => {
    expect(problemsWith({ codes: { 'content/codes/410.ts': withResponse([['Content-Type', 'text/plain']], 'Gone for good.') } })).toContain(
      'content/codes/410.ts (entry "410"): example.response.headers: the response has a body of 14 bytes, so HTTP/1.1 needs Content-Length: 14 (or Transfer-Encoding)',
    );
    const request = validEntry({
      example: {
        request: { method: 'POST', target: '/old', headers: [['Host', 'example.com']], body: '{"a":1}' },
        response: { headers: [['Content-Length', '0']] },
      },
    });
    expect(problemsWith({ codes: { 'content/codes/410.ts': request } })).toContain(
      'content/codes/410.ts (entry "410"): example.request.headers: the request has a body of 7 bytes, so HTTP/1.1 needs Content-Length: 7 (or Transfer-Encoding)',
    );
  });

  it('accepts a chunked body, and an HTTP/2 body without Content-Length', () => {
    expect(problemsWith({ codes: { 'content/codes/410.ts': withResponse([['Transfer-Encoding', 'chunked']], 'Gone for good.') } })).toEqual([]);
    expect(problemsWith({ codes: { 'content/codes/410.ts': withResponse([['Content-Type', 'text/plain']], 'Gone for good.', '2') } })).toEqual([]);
  });
});

describe('comparisons', () => {
  it.each([
    ['an unknown code', comparison({ b: '999-nope' }), 'content/comparisons/404-vs-999-nope.ts (entry "404-vs-999-nope"): b: "999-nope" is not the slug of any entry'],
    ['the higher code first', comparison({ a: '410', b: '404' }), 'content/comparisons/410-vs-404.ts (entry "410-vs-404"): a: must be the lower code: write the pair as 404-vs-410'],
    ['a code against itself', comparison({ b: '404' }), 'content/comparisons/404-vs-404.ts (entry "404-vs-404"): b: must differ from a'],
    ['too few scenarios', comparison({ useA: ['One'] }), 'content/comparisons/404-vs-410.ts (entry "404-vs-410"): useA: must list at least 2 items'],
  ])('rejects %s, naming the file and the field', (_, data, message) => {
    expect(problemsWith({ comparisons: { 'content/comparisons/404-vs-410.ts': undefined, [`content/comparisons/${data.a}-vs-${data.b}.ts`]: data } })).toContain(message);
  });

  it('rejects a file not named after its pair', () => {
    expect(problemsWith({ comparisons: { 'content/comparisons/missing.ts': comparison({ b: '400' }) } })).toContain(
      'content/comparisons/missing.ts (entry "404-vs-400"): a: must be the lower code: write the pair as 400-vs-404',
    );
    expect(problemsWith({ comparisons: { 'content/comparisons/gone.ts': comparison({ a: '400', b: '404' }) } })).toContain(
      'content/comparisons/gone.ts (entry "400-vs-404"): (file): must be named 400-vs-404.ts',
    );
  });

  it('rejects the same pair written twice', () => {
    expect(problemsWith({ comparisons: { 'content/comparisons/404-vs-410-again.ts': comparison() } })).toContain(
      'content/comparisons/404-vs-410-again.ts (entry "404-vs-410"): (pair): compares the same two codes as content/comparisons/404-vs-410.ts',
    );
  });
});

describe('constants tables', () => {
  const table = (overrides: Partial<LibraryInput> = {}): LibraryInput => ({
    id: 'node',
    ecosystem: 'Node.js',
    api: 'http.STATUS_CODES',
    usage: "http.STATUS_CODES['{}']",
    version: '20',
    source: { label: 'Node.js docs', url: 'https://nodejs.org/api/http.html' },
    constants: { '404': [{ id: '404' }] },
    ...overrides,
  });
  const check = (files: Record<string, LibraryInput>, order: readonly string[] = ['node']) =>
    checkLibraries(asModules(files), new Set(['404', '410']), order).problems.map(formatProblem);

  it('accepts a table whose keys are entries, in the order list', () => {
    expect(check({ 'content/constants/node.ts': table() })).toEqual([]);
  });

  it.each([
    ['a key that is no entry', { 'content/constants/node.ts': table({ constants: { '404': [{ id: 'A' }], '499-nope': [{ id: 'B' }] } }) }, ['node'], 'content/constants/node.ts (entry "node"): constants.499-nope: "499-nope" is not the slug of any entry'],
    ['a file not named after its id', { 'content/constants/isnode.ts': table() }, ['node'], 'content/constants/isnode.ts (entry "node"): id: is "node", so the file must be named node.ts'],
    ['a table missing from the order', { 'content/constants/node.ts': table() }, [], 'content/constants/node.ts (entry "node"): id: "node" is missing from libraryOrder in src/data/validate-constants.ts, which sets the table order'],
    ['an ordered id with no table', { 'content/constants/node.ts': table() }, ['node', 'ktor'], 'src/data/validate-constants.ts: libraryOrder: "ktor" has no table in content/constants/'],
    ['a constant with no name', { 'content/constants/node.ts': table({ constants: { '404': [] } }) }, ['node'], 'content/constants/node.ts (entry "node"): constants.404: must name at least one constant'],
  ])('rejects %s', (_, files, order, message) => {
    expect(check(files as Record<string, LibraryInput>, order)).toContain(message);
  });

  it('orders the real tables as libraryOrder lists them', async () => {
    const { libraries } = await import('../../src/data/constants');
    expect(libraries.map((library) => library.id)).toEqual([...libraryOrder]);
  });
});

describe("the site's hand-picked lists", () => {
  it('reject a slug that names no entry or comparison', () => {
    const problems = problemsWith({
      lists: [
        { file: 'src/consts.ts', name: 'POPULAR_CODES', slugs: ['404', '418'], of: 'code' },
        { file: 'src/consts.ts', name: 'FEATURED_COMPARISONS', slugs: ['404-vs-410', '401-vs-403'], of: 'comparison' },
      ],
    });
    expect(problems).toEqual([
      'src/consts.ts: POPULAR_CODES[1]: "418" is not the slug of any entry',
      'src/consts.ts: FEATURED_COMPARISONS[1]: "401-vs-403" is not the slug of any comparison',
    ]);
  });

  it('accept lists whose slugs all exist', () => {
    expect(problemsWith({ lists: [{ file: 'src/consts.ts', name: 'POPULAR_CODES', slugs: ['404', '400'], of: 'code' }] })).toEqual([]);
  });
});

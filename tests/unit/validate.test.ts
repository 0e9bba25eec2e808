import { describe, expect, it } from 'vitest';
import { DataValidationError, validateEntries } from '../../src/data/validate';
import { notFoundEntry, validEntry } from '../fixtures/entries';

/** Runs the validator over named fixture files and returns its messages (empty when valid). */
function problemsFor(files: Record<string, unknown>): string[] {
  try {
    validateEntries(Object.fromEntries(Object.entries(files).map(([file, entry]) => [file, { default: entry }])));
    return [];
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return error.message.split('\n').slice(1).map((line) => line.replace(/^\s+- /, ''));
  }
}

const withoutKey = (key: string) => {
  const entry: Record<string, unknown> = { ...validEntry() };
  delete entry[key];
  return entry;
};

describe('validateEntries', () => {
  it('accepts well-formed entries that reference each other', () => {
    expect(problemsFor({ 'content/codes/410.ts': validEntry(), 'content/codes/404.ts': notFoundEntry() })).toEqual([]);
  });

  it.each([
    {
      case: 'a duplicate slug',
      files: { 'content/codes/410.ts': validEntry(), 'content/codes/410-copy.ts': validEntry(), 'content/codes/404.ts': notFoundEntry() },
      message: 'content/codes/410-copy.ts (entry "410"): slug: duplicates the slug of content/codes/410.ts',
    },
    {
      case: 'a related slug that does not exist',
      files: { 'content/codes/410.ts': validEntry({ related: ['404', '999-nope'] }), 'content/codes/404.ts': notFoundEntry() },
      message: 'content/codes/410.ts (entry "410"): related[1]: "999-nope" is not the slug of any entry',
    },
    {
      case: 'a missing section',
      files: { 'content/codes/410.ts': withoutKey('causes'), 'content/codes/404.ts': notFoundEntry() },
      message: 'content/codes/410.ts (entry "410"): causes: Required',
    },
    {
      case: 'an empty list',
      files: { 'content/codes/410.ts': validEntry({ faq: [] }), 'content/codes/404.ts': notFoundEntry() },
      message: 'content/codes/410.ts (entry "410"): faq: must list at least one item',
    },
    {
      case: 'an empty string',
      files: { 'content/codes/410.ts': validEntry({ definition: '  ' }), 'content/codes/404.ts': notFoundEntry() },
      message: 'content/codes/410.ts (entry "410"): definition: must not be empty',
    },
    {
      case: 'a body in a 204 example',
      files: {
        'content/codes/204.ts': validEntry({
          code: 204,
          slug: '204',
          name: 'No Content',
          category: 'success',
          behaviour: { ...validEntry().behaviour, body: { value: 'forbidden', note: 'None.' } },
          related: ['404'],
        }),
        'content/codes/404.ts': notFoundEntry(),
      },
      message: 'content/codes/204.ts (entry "204"): example.response.body: a 204 response cannot carry content; remove the body',
    },
    {
      case: 'a number above 999',
      files: { 'content/codes/1000.ts': validEntry({ code: 1000, slug: '1000' }) },
      message: 'content/codes/1000.ts (entry "1000"): code: must be between 000 and 999',
    },
    {
      case: 'a negative number',
      files: { 'content/codes/410.ts': validEntry({ code: -1 }) },
      message: 'content/codes/410.ts (entry "410"): code: must be between 000 and 999',
    },
    {
      case: 'a slug that does not start with the code',
      files: { 'content/codes/410.ts': validEntry({ slug: '411' }), 'content/codes/404.ts': notFoundEntry() },
      message: 'content/codes/410.ts (entry "411"): slug: must start with the entry\'s code "410"',
    },
    {
      case: 'a code in the wrong class category',
      files: { 'content/codes/410.ts': validEntry({ category: 'server-error' }), 'content/codes/404.ts': notFoundEntry() },
      message: 'content/codes/410.ts (entry "410"): category: "server-error" is for 5xx codes, but the code is 410',
    },
    {
      case: 'a vendor code without its vendor',
      files: { 'content/codes/410.ts': validEntry({ category: 'nginx', standing: 'unofficial' }), 'content/codes/404.ts': notFoundEntry() },
      message: 'content/codes/410.ts (entry "410"): vendor: is required for an entry in the vendor category "nginx"',
    },
    {
      case: 'a required header missing from the example',
      files: {
        'content/codes/410.ts': validEntry({
          headers: [{ name: 'Allow', in: 'response', requirement: 'MUST', note: 'Lists methods.' }],
        }),
        'content/codes/404.ts': notFoundEntry(),
      },
      message:
        'content/codes/410.ts (entry "410"): example.response.headers: the spec requires Allow (headers[0]) but the example response does not send it',
    },
    {
      case: 'the same cause twice',
      files: { 'content/codes/410.ts': validEntry({ causes: ['Deleted', 'Deleted'] }), 'content/codes/404.ts': notFoundEntry() },
      message: 'content/codes/410.ts (entry "410"): causes: "Deleted" is listed twice',
    },
    {
      case: 'an example that neither answers nor logs',
      files: {
        'content/codes/410.ts': validEntry({ example: { request: { method: 'GET', target: '/' } } }),
        'content/codes/404.ts': notFoundEntry(),
      },
      message: 'content/codes/410.ts (entry "410"): example.response: needs a response, or a log line for codes that are never sent',
    },
  ])('rejects $case, naming the file, the entry and the field', ({ files, message }) => {
    expect(problemsFor(files)).toContain(message);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsFor({ 'content/codes/410.ts': validEntry({ causes: [], faq: [], related: ['nope'] }) });
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe('validateEntries on example messages', () => {
  it('rejects a Content-Length that does not match the body', () => {
    const entry = validEntry({
      example: {
        request: { method: 'GET', target: '/old', headers: [['Host', 'example.com']] },
        response: { headers: [['Content-Length', '99']], body: 'Gone for good.' },
      },
    });
    expect(problemsFor({ 'content/codes/410.ts': entry, 'content/codes/404.ts': notFoundEntry() })).toContain(
      'content/codes/410.ts (entry "410"): example.response.headers: Content-Length is 99 but the body is 14 bytes (UTF-8)',
    );
  });
});

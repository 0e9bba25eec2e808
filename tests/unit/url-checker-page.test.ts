import { describe, expect, it } from 'vitest';
import { parseResults, resultsAsText, shareUrl, urlsFromText, type CheckedUrl } from '../../src/url-checker/results';

const result: CheckedUrl = {
  url: 'http://example.com/old',
  hops: [
    { url: 'http://example.com/old', method: 'GET', status: 301, statusText: 'Moved Permanently', ms: 42, headers: { location: 'https://example.com/new' }, code: { slug: '301', name: 'Moved Permanently', url: 'https://siteerror.com/codes/301/' } },
    { url: 'https://example.com/new', method: 'GET', status: 404, statusText: '', ms: 7, headers: {}, code: { slug: '404', name: 'Not Found', url: 'https://siteerror.com/codes/404/' } },
  ],
  verdict: { level: 'problem', summary: '404 Not Found after 1 redirect.', findings: [{ level: 'problem', message: 'The final answer is 404 Not Found, not a success (2xx).' }] },
};

describe('the URL checker page helpers', () => {
  it('reads one URL per line, dropping blank lines and spaces', () => {
    expect(urlsFromText(' https://a.example/ \r\n\n  https://b.example/x\n ')).toEqual(['https://a.example/', 'https://b.example/x']);
    expect(urlsFromText('   ')).toEqual([]);
  });

  it('makes a share link that keeps every URL, encoded', () => {
    expect(shareUrl(['https://a.example/?q=1&r=2', 'http://b.example/'])).toBe('/url-checker/?url=https%3A%2F%2Fa.example%2F%3Fq%3D1%26r%3D2&url=http%3A%2F%2Fb.example%2F');
    expect(new URLSearchParams(shareUrl(['https://a.example/?q=1&r=2']).split('?')[1]).getAll('url')).toEqual(['https://a.example/?q=1&r=2']);
  });

  it('copies results as text: a line per hop with its meaning, then the verdict', () => {
    expect(resultsAsText([result])).toBe(
      [
        'http://example.com/old',
        '  1. 301 Moved Permanently (Moved Permanently) http://example.com/old 42 ms -> https://example.com/new',
        '  2. 404 (Not Found) https://example.com/new 7 ms',
        '  verdict: 404 Not Found after 1 redirect.',
        '  - problem: The final answer is 404 Not Found, not a success (2xx).',
      ].join('\n'),
    );
  });

  it('checks the JSON it is given, naming what does not fit', () => {
    expect(parseResults(JSON.parse(JSON.stringify({ results: [result] })))).toEqual([result]);
    expect(() => parseResults({ results: [{ ...result, hops: [{ ...result.hops[0], status: '301' }] }] })).toThrow('results[0].hops[0].status: expected a number, got string');
    expect(() => parseResults({ results: [{ ...result, hops: [{ ...result.hops[0], headers: { server: 5 } }] }] })).toThrow('results[0].hops[0].headers.server');
  });
});

import { describe, expect, it } from 'vitest';
import { readPair } from '../../src/compare/pair';

const options = [
  { slug: '401', code: 401 },
  { slug: '403', code: 403 },
  { slug: '440', code: 440 },
  { slug: '451', code: 451 },
  { slug: '451-iis', code: 451 },
  { slug: '000', code: 0 },
];
const curated = new Set(['401-vs-403', '451-vs-451-iis']);

describe('readPair', () => {
  it.each([
    ['', { kind: 'none' }],
    ['?a=401&b=440', { kind: 'pair', a: '401', b: '440' }],
    ['?a=440&b=401', { kind: 'pair', a: '401', b: '440' }],
    ['?a=403&b=401', { kind: 'curated', url: '/compare/401-vs-403/' }],
    ['?a=451-iis&b=451', { kind: 'curated', url: '/compare/451-vs-451-iis/' }],
    ['?a=0&b=440', { kind: 'pair', a: '000', b: '440' }],
    ['?a=%20401%20&b=440', { kind: 'pair', a: '401', b: '440' }],
  ])('%s reads as %j', (search, expected) => {
    expect(readPair(search, options, curated)).toEqual(expected);
  });

  it.each([
    ['?a=401', 'Choose two codes to compare: the link names only one.'],
    ['?a=401&b=4040', 'No status code “4040” on this site. Pick codes from the lists below.'],
    ['?a=abc&b=xyz', 'No status code “abc” or “xyz” on this site. Pick codes from the lists below.'],
    ['?a=401&b=401', 'Both sides are 401: choose two different codes.'],
  ])('%s gives a clear message', (search, message) => {
    expect(readPair(search, options, curated)).toEqual({ kind: 'error', message });
  });
});

/** The pure parts: the status table drawn from the entries, and the body format chosen from Accept. */
import { describe, expect, it } from 'vitest';
import { requireCode } from '../../src/data/queries';
import { negotiate } from '../../src/server/status/negotiate';
import { pickWeighted } from '../../src/server/status/parse';
import { table } from './support';

describe('the status table', () => {
  it('takes header values from the entry\'s example exchange', () => {
    const example = (slug: string, name: string) => requireCode(slug).example.response!.headers.find(([n]) => n === name)![1];
    expect(table[401]!.headers).toContainEqual(['WWW-Authenticate', example('401', 'WWW-Authenticate')]);
    expect(table[405]!.headers).toContainEqual(['Allow', example('405', 'Allow')]);
    expect(table[426]!.headers).toContainEqual(['Upgrade', example('426', 'Upgrade')]);
    expect(table[206]!.headers).toContainEqual(['Content-Range', example('206', 'Content-Range')]);
  });

  it('points Location back at this server and keeps Retry-After short', () => {
    for (const code of [300, 301, 302, 303, 307, 308]) expect(table[code]!.headers).toContainEqual(['Location', '/status/200']);
    for (const code of [429, 503]) expect(table[code]!.headers).toContainEqual(['Retry-After', '30']);
  });

  it('never carries a field the server manages, a group of names, or a conditional field the example does not show', () => {
    for (const row of Object.values(table))
      for (const [name] of row.headers) {
        expect(['content-length', 'content-type', 'transfer-encoding', 'connection', 'date', 'cache-control']).not.toContain(name.toLowerCase());
        expect(name).not.toContain(',');
      }
    // 413's Retry-After applies "when the condition is temporary", and its example does not show it.
    expect(table[413]!.headers).toEqual([]);
  });

  it('answers a shared number with the registered meaning and names the others', () => {
    expect(table[451]!.slug).toBe('451');
    expect(table[451]!.otherMeanings.map((m) => m.slug)).toEqual(['451-iis']);
  });

  it('marks exactly 1xx, 204, 205 and 304 as bodiless', () => {
    const bodiless = Object.values(table).filter((row) => row.noBody).map((row) => row.code);
    expect(bodiless.every((code) => code < 200 || [204, 205, 304].includes(code))).toBe(true);
    expect(bodiless).toEqual(expect.arrayContaining([100, 103, 204, 205, 304]));
  });
});

describe('the body format from Accept', () => {
  it.each([
    [null, 'text/plain'],
    ['*/*', 'text/plain'],
    ['application/json', 'application/json'],
    ['application/problem+json, application/json;q=0.9', 'application/problem+json'],
    ['application/json;q=0.5, text/html', 'text/html'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html'],
    ['image/png', 'text/plain'],
    ['text/html;q=0, application/json;q=0.1', 'application/json'],
  ])('%s gives %s', (accept, format) => {
    expect(negotiate(accept)).toBe(format);
  });
});

describe('a weighted random pick', () => {
  it('follows the weights across the whole roll', () => {
    const choices = [{ code: 200, weight: 1 }, { code: 500, weight: 3 }];
    expect(pickWeighted(choices, 0)).toBe(200);
    expect(pickWeighted(choices, 0.24)).toBe(200);
    expect(pickWeighted(choices, 0.26)).toBe(500);
    expect(pickWeighted(choices, 0.999)).toBe(500);
  });
});

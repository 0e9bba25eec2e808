import { describe, expect, it } from 'vitest';
import { cheatRowVisible } from '../../src/lib/cheat-filter';

const row404 = { category: 'client-error', registered: true, everyday: true };
const row418 = { category: 'client-error', registered: true, everyday: false };
const row522 = { category: 'cloudflare', registered: false, everyday: false };

describe('cheatRowVisible', () => {
  it.each([
    ['every group shows every row', { group: '', everydayOnly: false }, [true, true, true]],
    ['"registered" hides vendor codes', { group: 'registered', everydayOnly: false }, [true, true, false]],
    ['a category shows only its own rows', { group: 'cloudflare', everydayOnly: false }, [false, false, true]],
    ['everyday only hides the rest', { group: '', everydayOnly: true }, [true, false, false]],
    ['both filters combine', { group: 'cloudflare', everydayOnly: true }, [false, false, false]],
  ])('%s', (_, filter, expected) => {
    expect([row404, row418, row522].map((row) => cheatRowVisible(row, filter))).toEqual(expected);
  });
});

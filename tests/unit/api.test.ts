import { readdirSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { codes } from '../../src/data/codes';
import { apiJsonSchema, toApiCode, toApiIndex } from '../../src/data/api';

const schema = apiJsonSchema();
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(schema, 'api');
const validIndex = ajv.getSchema('api#/definitions/Index')!;
const validCode = ajv.getSchema('api#/definitions/Code')!;

describe('the JSON dataset', () => {
  it('the index validates against the published schema and lists the entry of every file in content/codes once', () => {
    const index = JSON.parse(JSON.stringify(toApiIndex(codes)));
    expect(validIndex(index), ajv.errorsText(validIndex.errors)).toBe(true);
    // The oracle is the folder itself, not the loaded list the index is built from.
    const files = readdirSync(new URL('../../content/codes/', import.meta.url)).filter((name) => name !== 'index.ts');
    const slugs = index.codes.map((c: { slug: string }) => c.slug);
    expect([...slugs].sort()).toEqual(files.map((name) => name.replace(/\.ts$/, '')).sort());
    expect(index.count).toBe(files.length);
  });

  it.each(codes.map((entry) => [entry.slug, entry] as const))('/api/codes/%s.json validates against the schema', (_, entry) => {
    const file = JSON.parse(JSON.stringify(toApiCode(entry)));
    expect(validCode(file), ajv.errorsText(validCode.errors)).toBe(true);
  });

  it('rejects a file that breaks the shape, so the check can fail', () => {
    const broken = { ...JSON.parse(JSON.stringify(toApiCode(codes[0]!))), code: 'four hundred' };
    expect(validCode(broken)).toBe(false);
  });

  it('gives the fields programs rely on', () => {
    const file = toApiCode(codes.find((e) => e.slug === '401')!);
    expect(file).toMatchObject({ slug: '401', code: 401, number: '401', name: 'Unauthorized', class: '4xx', standing: 'standard' });
    expect(file.url).toMatch(/\/codes\/401\/$/);
    expect(file.headers.some((h) => h.name === 'WWW-Authenticate' && h.requirement === 'MUST')).toBe(true);
    expect(file.constants.length).toBeGreaterThanOrEqual(10);
  });
});

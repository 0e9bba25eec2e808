import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { SITE } from '../consts';
import { categories } from './categories';
import type { CodeEntry } from './codes';
import { constantsFor } from './constants';
import { displayNumber } from './queries';
import {
  aliasSchema,
  behaviourSchema,
  categorySlugs,
  classSlugs,
  faqSchema,
  headerRuleSchema,
  linkSchema,
  standings,
} from './schema';
import { statusClassOf } from '../lib/status-class';
import { formatRequest, formatResponse } from '../lib/exchange';
import { codeJsonUrl, codeUrl } from '../lib/urls';

/**
 * The public JSON dataset (/api/...). Its shape is declared once here, in zod; the JSON
 * Schema published at /api/schema.json is generated from it, and the files are built from
 * the same functions, so the three cannot drift apart.
 */

const absolute = (path: string) => new URL(path, SITE.url).href;

export const apiCodeSummarySchema = z.object({
  slug: z.string().describe('Unique id of this meaning: the number, or number-vendor for other meanings ("451-iis")'),
  code: z.number().int().min(0).max(999),
  number: z.string().regex(/^\d{3}$/).describe('The code as three digits ("000" for 0)'),
  name: z.string().describe('Reason phrase (registry or vendor wording)'),
  aliases: z.array(aliasSchema).describe('Former and alternate names'),
  class: z.enum(classSlugs),
  category: z.object({ slug: z.enum(categorySlugs), name: z.string() }),
  standing: z.enum(standings),
  vendor: z.object({ name: z.string(), product: z.string().optional() }).nullable(),
  summary: z.string(),
  reference: linkSchema.describe('Spec section or vendor documentation'),
  url: z.string().url().describe('The code page'),
  json: z.string().url().describe('This code as JSON, with all its content'),
});

export const apiCodeSchema = apiCodeSummarySchema.extend({
  caveat: z.string().nullable(),
  explanation: z.array(z.string()),
  definition: z.string(),
  causes: z.array(z.string()),
  fix: z.object({ visitor: z.array(z.string()), owner: z.array(z.string()) }),
  headers: z.array(headerRuleSchema),
  facts: behaviourSchema,
  example: z.object({ request: z.string(), response: z.string().nullable(), log: z.string().nullable() }),
  faq: z.array(faqSchema),
  related: z.array(z.string()).describe('Slugs of related codes'),
  constants: z.array(
    z.object({
      library: z.string(),
      ecosystem: z.string(),
      api: z.string(),
      names: z.array(z.object({ id: z.string(), code: z.string(), note: z.string().optional() })).describe('Empty when the library has no constant'),
    }),
  ),
});

export const apiIndexSchema = z.object({
  count: z.number().int(),
  schema: z.string().url(),
  codes: z.array(apiCodeSummarySchema),
});

export type ApiCode = z.infer<typeof apiCodeSchema>;

export function toApiSummary(entry: CodeEntry): z.infer<typeof apiCodeSummarySchema> {
  return {
    slug: entry.slug,
    code: entry.code,
    number: displayNumber(entry.code),
    name: entry.name,
    aliases: entry.aliases,
    class: statusClassOf(entry.code),
    category: { slug: entry.category, name: categories[entry.category].name },
    standing: entry.standing,
    vendor: entry.vendor ?? null,
    summary: entry.summary,
    reference: entry.reference,
    url: absolute(codeUrl(entry)),
    json: absolute(codeJsonUrl(entry)),
  };
}

export function toApiCode(entry: CodeEntry): ApiCode {
  return {
    ...toApiSummary(entry),
    caveat: entry.caveat ?? null,
    explanation: entry.explanation,
    definition: entry.definition,
    causes: entry.causes,
    fix: entry.fix,
    headers: entry.headers,
    facts: entry.behaviour,
    example: { request: formatRequest(entry), response: formatResponse(entry) ?? null, log: entry.example.log ?? null },
    faq: entry.faq,
    related: entry.related,
    constants: constantsFor(entry).map(({ library, names }) => ({
      library: library.id,
      ecosystem: library.ecosystem,
      api: library.api,
      names,
    })),
  };
}

export const API_SCHEMA_PATH = '/api/schema.json';

export function toApiIndex(entries: readonly CodeEntry[]): z.infer<typeof apiIndexSchema> {
  return { count: entries.length, schema: absolute(API_SCHEMA_PATH), codes: entries.map(toApiSummary) };
}

/** JSON Schema (draft-07) for the file kinds, generated from the zod shapes. */
export function apiJsonSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: absolute(API_SCHEMA_PATH),
    title: `${SITE.name} HTTP status code dataset`,
    description: '/api/codes.json is an Index; /api/codes/<slug>.json is a Code.',
    definitions: {
      Index: zodToJsonSchema(apiIndexSchema, { target: 'jsonSchema7', $refStrategy: 'none' }),
      Code: zodToJsonSchema(apiCodeSchema, { target: 'jsonSchema7', $refStrategy: 'none' }),
    },
  };
}

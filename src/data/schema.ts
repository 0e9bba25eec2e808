import { z } from 'zod';
import { behaviourValues, categorySlugs, headerRequirements, standings, type CategorySlug, type Standing } from '../lib/vocabulary';
import { classSlugs, type StatusClass } from '../lib/status-class';

/**
 * The shape of one status-code entry. Every entry under `content/codes/` is parsed with
 * this schema once, at build time (see `catalogue.ts`); types used by the rest of the site are
 * derived from it, never written by hand.
 */

export { behaviourValues, categorySlugs, classSlugs, headerRequirements, standings, type CategorySlug, type StatusClass, type Standing };

const text = z.string().trim().min(1, 'must not be empty');
const list = <T extends z.ZodTypeAny>(item: T, min = 1) =>
  z.array(item).min(min, min === 1 ? 'must list at least one item' : `must list at least ${min} items`);
const url = z.string().url('must be an absolute URL');

export const slugPattern = /^\d{3}(-[a-z0-9]+)*$/;

const headerField = z.tuple([text, z.string()]);

export const linkSchema = z.object({
  /** What the link points at, e.g. "RFC 9110, Section 15.5.5" or "Cloudflare docs: Error 522". */
  label: text,
  url,
});

export const headerRuleSchema = z.object({
  name: text,
  /** Whether the field is sent in the request or in this response. */
  in: z.enum(['request', 'response']),
  requirement: z.enum(headerRequirements),
  /** A condition that limits the requirement ("when the condition is temporary"); unconditional when absent. */
  when: text.optional(),
  note: text,
  reference: linkSchema.optional(),
});

export const exampleSchema = z
  .object({
    request: z.object({
      method: z.string().regex(/^[A-Z]+$/, 'must be an upper-case HTTP method'),
      target: text,
      httpVersion: z.enum(['1.1', '2']).default('1.1'),
      headers: z.array(headerField).default([]),
      body: text.optional(),
    }),
    /** Absent when nothing is ever sent back (nginx 444 and 499 exist only in logs). */
    response: z
      .object({
        httpVersion: z.enum(['1.1', '2']).default('1.1'),
        /**
         * The status actually sent, when it differs from the entry's code: nginx turns its
         * internal 494 to 497 into a 400 on the wire. Defaults to the entry's code.
         */
        status: z.number().int().min(100).max(999).optional(),
        /** Reason phrase on the status line; defaults to the entry's name. */
        reason: z.string().optional(),
        headers: z.array(headerField).default([]),
        body: text.optional(),
      })
      .optional(),
    /** An access-log line, for codes that appear in logs rather than on the wire. */
    log: text.optional(),
    /** One sentence on what the exchange shows. */
    note: text.optional(),
  })
  .refine((example) => example.response !== undefined || example.log !== undefined, {
    message: 'needs a response, or a log line for codes that are never sent',
    path: ['response'],
  });

export const behaviourSchema = z.object({
  cacheable: z.object({
    /**
     * heuristic: cacheable by default (RFC 9110 §15.1, RFC 7725 §3);
     * explicit: stored only with explicit freshness (Cache-Control, Expires);
     * never: a cache MUST NOT store it (RFC 6585); refreshes: not stored itself, it updates the
     * stored response it validates (304, RFC 9111 §4.3.4); not-applicable: nothing reaches a cache.
     */
    value: z.enum(behaviourValues.cacheable),
    note: text,
  }),
  body: z.object({
    value: z.enum(behaviourValues.body),
    note: text,
  }),
  retry: z.object({
    /** yes: repeat as is; later: after a wait; after-change: only once something is changed; no: repeating cannot help. */
    value: z.enum(behaviourValues.retry),
    note: text,
  }),
  seen: z.object({
    /** wire: sent to clients; logs: only written to a server's log; client: made up by a client or browser. */
    value: z.enum(behaviourValues.seen),
    note: text,
  }),
});

export const faqSchema = z.object({ question: text, answer: text });

export const aliasSchema = z.object({
  name: text,
  /** Where the name comes from or is still used ("RFC 7231; Node.js"). */
  note: text,
});

export const codeEntrySchema = z.object({
  code: z
    .number({ invalid_type_error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 000 and 999')
    .max(999, 'must be between 000 and 999'),
  slug: z.string().regex(slugPattern, 'must be the three-digit code, optionally followed by -vendor (e.g. "451-iis")'),
  name: text,
  aliases: z.array(aliasSchema).default([]),
  emoji: text,
  category: z.enum(categorySlugs),
  standing: z.enum(standings),
  /** Who uses an unofficial code; required when the standing is "unofficial". */
  vendor: z.object({ name: text, product: text.optional() }).optional(),
  /** The spec section, or the vendor's documentation. */
  reference: linkSchema,
  /** Where sources disagree or a fact is uncertain, said plainly. */
  caveat: text.optional(),
  summary: text.max(200, 'must be at most 200 characters (it is the meta description)'),
  /** A few words for the cheat sheet and quiz choices: "Rate limited; wait and retry". */
  gist: text.max(48, 'must be at most 48 characters (it is one line of the cheat sheet)'),
  explanation: list(text),
  definition: text,
  causes: list(text),
  fix: z.object({ visitor: list(text), owner: list(text) }),
  headers: z.array(headerRuleSchema),
  behaviour: behaviourSchema,
  example: exampleSchema,
  faq: list(faqSchema),
  related: list(z.string().regex(slugPattern, 'must be a slug')),
  /**
   * Hand-written snippets that replace a generator's output for this entry, keyed by the
   * generator's id ("express", "nginx", "fetch"...; see src/snippets/index.ts), for codes
   * that need something no generic rule produces.
   */
  snippets: z.record(z.string(), text).optional(),
});

export type CodeEntryInput = z.input<typeof codeEntrySchema>;
export type CodeEntryData = z.output<typeof codeEntrySchema>;
export type HeaderRule = CodeEntryData['headers'][number];
export type Example = CodeEntryData['example'];
export type Behaviour = CodeEntryData['behaviour'];

/**
 * One ecosystem's names for status codes (content/constants/<id>.ts). The table is the
 * library's complete list as of `version`: a slug missing from it means the library has
 * no constant for that entry, which pages show as "none".
 */
const constantName = z.object({
  id: text,
  /** When the name needs context: "Python 3.13+", "deprecated since Spring 6.1". */
  note: text.optional(),
});

export const librarySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
  /** The language or platform, e.g. "Python". */
  ecosystem: text,
  /** The API that holds the names, e.g. "http.HTTPStatus". */
  api: text,
  /** How a name is written in code, "{}" standing for it: "HTTPStatus.{}". */
  usage: text.refine((s) => s.includes('{}'), 'must contain "{}" where the name goes'),
  /** The release the table was checked against. */
  version: text,
  source: linkSchema,
  /** Keyed by entry slug; the first name is the one that works in most versions. */
  constants: z.record(z.string().regex(slugPattern, 'must be an entry slug'), z.array(constantName).min(1, 'must name at least one constant')),
});

export type LibraryInput = z.input<typeof librarySchema>;
export type Library = z.output<typeof librarySchema>;

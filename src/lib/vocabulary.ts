/**
 * The fixed words of the data (categories, standings, header requirements, behaviour values),
 * declared once without zod: the schema builds its enums from them, and browser code that
 * checks fetched JSON (the quiz, the compare picker) uses them without pulling zod in.
 * What each value means is documented where the schema uses it (src/data/schema.ts).
 */

export const categorySlugs = [
  'informational',
  'success',
  'redirection',
  'client-error',
  'server-error',
  'nginx',
  'cloudflare',
  'aws-elb',
  'microsoft-iis',
  'other-vendors',
] as const;
export type CategorySlug = (typeof categorySlugs)[number];

export const standings = ['standard', 'temporary', 'deprecated', 'obsolete', 'unused', 'unofficial'] as const;
export type Standing = (typeof standings)[number];

/** Requirement strength as RFC 2119 words, or "associated" when the RFC ties a field to the code without a requirement. */
export const headerRequirements = ['MUST', 'SHOULD', 'MAY', 'MUST NOT', 'SHOULD NOT', 'associated'] as const;

export const behaviourValues = {
  cacheable: ['heuristic', 'explicit', 'never', 'refreshes', 'not-applicable'],
  body: ['allowed', 'forbidden', 'none'],
  retry: ['yes', 'later', 'after-change', 'no'],
  seen: ['wire', 'logs', 'client'],
} as const;

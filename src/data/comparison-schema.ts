import { z } from 'zod';
import { faqSchema, slugPattern } from './schema';

/** Themes that group comparisons on /compare/, in display order. */
export const comparisonThemes = {
  auth: 'Authentication and permission',
  redirects: 'Redirects',
  missing: 'Missing and blocked resources',
  success: 'Success variants',
  validation: 'Bad requests and validation',
  limits: 'Rate and size limits',
  gateways: 'Gateways, proxies and timeouts',
  caching: 'Caching and conditional requests',
  clashes: 'One number, two meanings',
} as const;
export type ComparisonTheme = keyof typeof comparisonThemes;

const text = z.string().trim().min(1, 'must not be empty');
const list = (min: number) => z.array(text).min(min, `must list at least ${min} items`);

/**
 * A curated comparison of two codes people confuse (content/comparisons/<a>-vs-<b>.ts).
 * The facts side by side come from the two entries; this holds only the written guidance.
 */
export const comparisonSchema = z.object({
  /** The entry with the lower number (the bare, registered one when both share a number). */
  a: z.string().regex(slugPattern, 'must be an entry slug'),
  b: z.string().regex(slugPattern, 'must be an entry slug'),
  theme: z.enum(Object.keys(comparisonThemes) as [ComparisonTheme, ...ComparisonTheme[]]),
  /** One sentence for cards and the meta description. */
  summary: text.max(200, 'must be at most 200 characters (it is the meta description)'),
  /** The answer up front: one paragraph a senior engineer would give. */
  answer: text,
  /** Concrete scenarios where a is the right code. */
  useA: list(2),
  useB: list(2),
  /** Mistakes people make with this pair, each with why it hurts. */
  mistakes: list(2),
  faq: z.array(faqSchema).default([]),
});

export type ComparisonInput = z.input<typeof comparisonSchema>;
export type ComparisonData = z.output<typeof comparisonSchema>;

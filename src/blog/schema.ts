import { z } from 'zod';

/**
 * The front matter of a blog post (content/blog/<slug>.mdx). The schema takes the catalogue's
 * slugs as an argument so `codes` can only name entries that exist, and so the unit tests can
 * run it without the Astro runtime. Astro reports a failure with the file and the field.
 */

/** A tag becomes a URL segment (/blog/tags/<tag>/), so it is kept to lowercase words and hyphens. */
const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** YAML turns 2026-11-30 into a Date; a quoted string is accepted too, as long as it is a real day. */
const day = (field: string) =>
  z.union([z.date(), z.string()], { errorMap: () => ({ message: `${field} must be a date written as YYYY-MM-DD` }) }).transform((value, ctx) => {
    const date = value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : NaN);
    // Date rolls 2026-02-30 over to 2 March: a day that does not come back unchanged does not exist.
    if (typeof value === 'string' && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) !== value) date.setTime(NaN);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${field} must be a date written as YYYY-MM-DD` });
      return z.NEVER;
    }
    return date;
  });

export function postSchema(codeSlugs: ReadonlySet<string>) {
  return z
    .object({
      title: z.string({ required_error: 'title is required' }).trim().min(10, 'title is too short: give the post a real title (10 characters or more)').max(90, 'title is longer than 90 characters'),
      /** The meta description, the card text and the RSS summary. */
      description: z
        .string({ required_error: 'description is required' })
        .trim()
        .min(50, 'description must be a full sentence (50 characters or more)')
        .max(200, 'description is longer than 200 characters: it is the meta description'),
      published: day('published'),
      updated: day('updated').optional(),
      tags: z
        .array(z.string().regex(TAG, 'a tag is lowercase words joined by hyphens, e.g. "rate-limiting"'), { required_error: 'tags is required' })
        .min(1, 'tags must list at least one tag')
        .refine((tags) => new Set(tags).size === tags.length, 'tags must not repeat'),
      /** Catalogue slugs of the codes the post is about: they link the post and the code pages both ways. */
      codes: z
        .array(
          z.string().refine((slug) => codeSlugs.has(slug), (slug) => ({ message: `"${slug}" is not the slug of any status-code entry (content/codes/)` })),
          { required_error: 'codes is required: list the slugs of the status codes the post is about' },
        )
        .min(1, 'codes must name at least one status-code entry')
        .refine((codes) => new Set(codes).size === codes.length, 'codes must not repeat'),
      draft: z.boolean({ invalid_type_error: 'draft must be true or false' }).default(false),
    })
    .strict()
    .superRefine((post, ctx) => {
      if (post.updated && post.updated.getTime() < post.published.getTime())
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['updated'], message: 'updated must not be earlier than published' });
    });
}

export type PostData = z.output<ReturnType<typeof postSchema>>;

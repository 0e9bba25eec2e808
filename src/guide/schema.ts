import { z } from 'zod';

/**
 * The shape of the decision guide (content/decisions.ts): questions whose answers lead to
 * other steps, results that name the code to return, and pitfalls that examine a common
 * habit. Each step's id is its URL: /which-status-code/<id>/. The graph rules (every target
 * exists, one way into each step, no cycles, every listed code reachable) are in validate.ts.
 */

const text = z.string().trim().min(1, 'must not be empty');
const stepId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens (it becomes the URL)');
const codeSlug = z.string().regex(/^\d{3}(-[a-z0-9]+)*$/, 'must be the slug of a status-code entry, such as "404"');
const pairSlug = z.string().regex(/^\d{3}(-[a-z0-9]+)*-vs-\d{3}(-[a-z0-9]+)*$/, 'must be a comparison slug such as "401-vs-403"');

export const answerSchema = z
  .object({
    /** What the reader picks, phrased as their situation. */
    label: text.max(140, 'must be at most 140 characters: keep answers short and put detail in the help'),
    /** The id of the step this answer leads to. */
    next: stepId,
  })
  .strict();

export const questionSchema = z
  .object({
    kind: z.literal('question'),
    id: stepId,
    /** The question, also the page title, so it must differ from every other question. */
    question: text.max(120, 'must be at most 120 characters'),
    /** One or two sentences that help the reader choose. */
    help: text.max(400, 'must be at most 400 characters'),
    answers: z.array(answerSchema).min(2, 'a question needs at least two answers'),
  })
  .strict();

export const runnerUpSchema = z
  .object({
    /** The code a reader might pick instead. */
    code: codeSlug,
    /** When the runner-up would be the right answer instead. */
    why: text,
    /** The curated comparison of the two codes, when one exists (content/comparisons/). */
    comparison: pairSlug.optional(),
  })
  .strict();

export const resultSchema = z
  .object({
    kind: z.literal('result'),
    id: stepId,
    /** The situation in a few words, for the title: "Which status code for <case>?" */
    case: text.max(80, 'must be at most 80 characters'),
    /** The code to return. */
    code: codeSlug,
    /** One line: why this code fits the situation. */
    reason: text.max(260, 'must be at most 260 characters: one line'),
    /** An optional extra sentence or two (a caveat, a common variation). */
    note: text.optional(),
    runnerUp: runnerUpSchema.optional(),
    /** A pitfall step about this situation, linked from the result. */
    pitfall: stepId.optional(),
  })
  .strict();

export const pitfallSchema = z
  .object({
    kind: z.literal('pitfall'),
    id: stepId,
    /** The habit, in a few words: "403 Forbidden when the client has not logged in". */
    habit: text.max(90, 'must be at most 90 characters'),
    /** The code the habit misuses. */
    code: codeSlug,
    /** "avoid": wrong as a rule; "depends": right in some cases, which `rightWhen` names. */
    verdict: z.enum(['avoid', 'depends']),
    /** What goes wrong, a paragraph each. */
    why: z.array(text).min(1, 'must explain what goes wrong'),
    /** When the habit is right after all (required for "depends"). */
    rightWhen: text.optional(),
    /** What to return instead, and when. */
    instead: z.array(z.object({ code: codeSlug, when: text }).strict()).min(1, 'must name at least one code to return instead'),
    /** The curated comparison of `code` and the first `instead` code, when one exists. */
    comparison: pairSlug.optional(),
  })
  .strict()
  .refine((p) => p.verdict !== 'depends' || p.rightWhen !== undefined, {
    message: 'a pitfall whose verdict is "depends" must say in rightWhen when the habit is right',
    path: ['rightWhen'],
  });

export const stepSchema = z.discriminatedUnion('kind', [questionSchema, resultSchema, pitfallSchema.innerType()]);

export const decisionTreeSchema = z
  .object({
    /** The id of the first question, shown at /which-status-code/. */
    start: stepId,
    steps: z.array(z.unknown()).min(1, 'must have at least one step'),
  })
  .strict();

export type Answer = z.infer<typeof answerSchema>;
export type QuestionStep = z.infer<typeof questionSchema>;
export type ResultStep = z.infer<typeof resultSchema>;
export type PitfallStep = z.infer<typeof pitfallSchema>;
export type Step = QuestionStep | ResultStep | PitfallStep;
export type DecisionTreeInput = { start: string; steps: (z.input<typeof questionSchema> | z.input<typeof resultSchema> | z.input<typeof pitfallSchema>)[] };

import type { z } from 'zod';
import { decisionTreeSchema, pitfallSchema, questionSchema, resultSchema, type QuestionStep, type Step } from './schema';

/**
 * Checks the decision guide as a whole, so a broken tree fails the build with a message that
 * names the step: every answer leads to a step that exists, each step has exactly one way in
 * (so Back and "your answers so far" are defined), nothing loops, every step can be reached
 * from the start, results and pitfalls name entries and comparisons that exist, and every code
 * the guide promises to cover is the answer of some reachable result.
 */

export interface TreeProblem {
  /** The step's id, or its position when the step has no usable id. */
  step: string | undefined;
  field: string;
  message: string;
}

export class DecisionTreeError extends Error {
  constructor(
    readonly problems: TreeProblem[],
    file: string,
  ) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the decision guide (${file}):\n` +
        problems.map((p) => `  - ${p.step === undefined ? '' : `step "${p.step}": `}${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n'),
    );
    this.name = 'DecisionTreeError';
  }
}

/** What the tree refers to outside itself: entry slugs and curated comparisons. */
export interface TreeContext {
  entries: ReadonlySet<string>;
  comparisons: readonly { slug: string; a: string; b: string }[];
  /** Slugs that some reachable result must name. */
  mustReach: readonly string[];
}

/** Step ids that would collide with the guide's other pages. */
export const reservedIds = ['overview'] as const;

export interface DecisionTree {
  start: string;
  /** Every step, in the order the file lists them. */
  steps: ReadonlyMap<string, Step>;
  /** The question and answer that lead to each step (the start has none). */
  parent: ReadonlyMap<string, { question: QuestionStep; answer: number }>;
}

const schemaFor = { question: questionSchema, result: resultSchema, pitfall: pitfallSchema } as const;

const fieldPath = (path: (string | number)[]) =>
  path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');

const pairKey = (a: string, b: string) => [a, b].sort().join(' ');

export function validateDecisionTree(raw: unknown, context: TreeContext, file = 'content/decisions.ts'): DecisionTree {
  const problems: TreeProblem[] = [];
  const fail = () => new DecisionTreeError(problems, file);

  const top = decisionTreeSchema.safeParse(raw);
  if (!top.success) {
    for (const issue of top.error.issues) problems.push({ step: undefined, field: fieldPath(issue.path), message: issue.message });
    throw fail();
  }

  // Each step alone: its shape, named by its id when it has one.
  const steps = new Map<string, Step>();
  top.data.steps.forEach((value, index) => {
    const rawId = (value as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' && rawId !== '' ? rawId : `steps[${index}]`;
    const kind = (value as { kind?: unknown } | null)?.kind;
    const schema = typeof kind === 'string' ? schemaFor[kind as keyof typeof schemaFor] : undefined;
    if (!schema) {
      problems.push({ step: name, field: 'kind', message: 'must be "question", "result" or "pitfall"' });
      return;
    }
    const parsed = (schema as z.ZodType<Step>).safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ step: name, field: fieldPath(issue.path), message: issue.message });
      return;
    }
    if (steps.has(parsed.data.id)) problems.push({ step: name, field: 'id', message: 'is used by another step; every step needs its own id' });
    else steps.set(parsed.data.id, parsed.data);
  });
  if (problems.length > 0) throw fail();

  const add = (step: string | undefined, field: string, message: string) => problems.push({ step, field, message });
  const { start } = top.data;

  for (const id of steps.keys()) if ((reservedIds as readonly string[]).includes(id)) add(id, 'id', `"${id}" is reserved for the guide's own page /which-status-code/${id}/`);
  if (!steps.has(start)) add(undefined, 'start', `no step has the id "${start}"`);
  else if (steps.get(start)!.kind !== 'question') add(start, 'kind', 'the start must be a question');

  // Edges: each answer leads to an existing step, and each step has one way in.
  const parent = new Map<string, { question: QuestionStep; answer: number }>();
  for (const step of steps.values()) {
    if (step.kind !== 'question') continue;
    step.answers.forEach((answer, i) => {
      const field = `answers[${i}].next`;
      if (!steps.has(answer.next)) return add(step.id, field, `no step has the id "${answer.next}"`);
      const earlier = parent.get(answer.next);
      if (earlier)
        return add(
          step.id,
          field,
          `leads to "${answer.next}", which answers[${earlier.answer}] of "${earlier.question.id}" already leads to; every step has one way in, so give this answer its own step`,
        );
      parent.set(answer.next, { question: step, answer: i });
    });
  }

  // Cycles, anywhere in the graph (a cycle need not be reachable from the start to be a mistake).
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const loop = [...trail.slice(trail.indexOf(id)), id];
      const key = [...new Set(loop)].sort().join(' ');
      if (!reported.has(key)) {
        reported.add(key);
        add(id, 'answers', `is part of a cycle: ${loop.join(' → ')}; a step cannot lead back to itself`);
      }
      return;
    }
    state.set(id, 'open');
    const step = steps.get(id);
    if (step?.kind === 'question') for (const answer of step.answers) if (steps.has(answer.next)) visit(answer.next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of steps.keys()) visit(id, []);

  // Reachability from the start.
  const reachable = new Set<string>();
  const queue = steps.has(start) ? [start] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    const step = steps.get(id)!;
    if (step.kind === 'question') queue.push(...step.answers.map((a) => a.next).filter((next) => steps.has(next)));
  }
  if (steps.has(start))
    for (const id of steps.keys()) if (!reachable.has(id)) add(id, '(reachability)', `cannot be reached from the start "${start}": no answer leads to it`);

  // References outside the tree: entries and comparisons.
  const curated = new Map(context.comparisons.map((c) => [pairKey(c.a, c.b), c.slug]));
  const bySlug = new Map(context.comparisons.map((c) => [c.slug, c]));
  const checkEntry = (id: string, field: string, slug: string) => {
    if (!context.entries.has(slug)) add(id, field, `"${slug}" is not the slug of any status-code entry`);
  };
  const checkPair = (id: string, field: string, x: string, y: string, named: string | undefined) => {
    if (named !== undefined) {
      const comparison = bySlug.get(named);
      if (!comparison) return add(id, field, `no curated comparison "${named}" exists in content/comparisons/`);
      if (pairKey(comparison.a, comparison.b) !== pairKey(x, y)) add(id, field, `"${named}" compares ${comparison.a} and ${comparison.b}, not ${x} and ${y}`);
    } else if (curated.has(pairKey(x, y))) {
      add(id, field, `a curated comparison of ${x} and ${y} exists: name it ("${curated.get(pairKey(x, y))}")`);
    }
  };
  const texts = new Map<string, string>();
  const unique = (id: string, field: string, value: string) => {
    const key = `${field} ${value.toLowerCase()}`;
    const other = texts.get(key);
    if (other) add(id, field, `is the same as step "${other}"'s; it becomes the page title, so it must be unique`);
    else texts.set(key, id);
  };

  for (const step of steps.values()) {
    if (step.kind === 'question') {
      unique(step.id, 'question', step.question);
      const labels = new Set<string>();
      step.answers.forEach((answer, i) => {
        if (labels.has(answer.label.toLowerCase())) add(step.id, `answers[${i}].label`, 'repeats another answer of this question');
        labels.add(answer.label.toLowerCase());
      });
    } else if (step.kind === 'result') {
      unique(step.id, 'case', step.case);
      checkEntry(step.id, 'code', step.code);
      if (step.runnerUp) {
        checkEntry(step.id, 'runnerUp.code', step.runnerUp.code);
        if (step.runnerUp.code === step.code) add(step.id, 'runnerUp.code', 'must differ from the code itself');
        else checkPair(step.id, 'runnerUp.comparison', step.code, step.runnerUp.code, step.runnerUp.comparison);
      }
      if (step.pitfall !== undefined && steps.get(step.pitfall)?.kind !== 'pitfall') add(step.id, 'pitfall', `no pitfall step has the id "${step.pitfall}"`);
    } else {
      unique(step.id, 'habit', step.habit);
      checkEntry(step.id, 'code', step.code);
      step.instead.forEach((alt, i) => {
        checkEntry(step.id, `instead[${i}].code`, alt.code);
        if (alt.code === step.code) add(step.id, `instead[${i}].code`, 'must differ from the code the habit misuses');
      });
      const first = step.instead[0]!.code;
      if (first !== step.code) checkPair(step.id, 'comparison', step.code, first, step.comparison);
    }
  }

  // Coverage: the codes the guide promises to lead to.
  const answered = new Set([...reachable].map((id) => steps.get(id)!).flatMap((s) => (s.kind === 'result' ? [s.code] : [])));
  const missing = context.mustReach.filter((slug) => !answered.has(slug));
  if (missing.length > 0) add(undefined, '(coverage)', `no reachable result returns ${missing.join(', ')}; add a result for each`);

  if (problems.length > 0) throw fail();
  return { start, steps, parent };
}

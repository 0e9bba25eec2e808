import type { DecisionTree } from './validate';
import type { Answer, PitfallStep, QuestionStep, ResultStep, Step } from './schema';

/** Queries over a validated decision tree. Pure, so the pages stay thin and the tests can reach them. */

export interface PathStep {
  question: QuestionStep;
  answer: Answer;
}

/** The questions answered on the way to a step, from the start; empty for the start itself. */
export function pathTo(tree: DecisionTree, id: string): PathStep[] {
  const path: PathStep[] = [];
  for (let at = tree.parent.get(id); at; at = tree.parent.get(at.question.id)) path.unshift({ question: at.question, answer: at.question.answers[at.answer]! });
  return path;
}

export function requireStep(tree: DecisionTree, id: string): Step {
  const step = tree.steps.get(id);
  if (!step) throw new Error(`The decision guide has no step "${id}"`);
  return step;
}

/** Every step in the order a reader meets them: depth first from the start, answers in order. */
export function stepsInOrder(tree: DecisionTree): Step[] {
  const out: Step[] = [];
  const walk = (id: string) => {
    const step = requireStep(tree, id);
    out.push(step);
    if (step.kind === 'question') for (const answer of step.answers) walk(answer.next);
  };
  walk(tree.start);
  return out;
}

/** The results and pitfalls that name a code, for that code's page. */
export function stepsForCode(tree: DecisionTree, slug: string): { results: ResultStep[]; pitfalls: PitfallStep[] } {
  const steps = stepsInOrder(tree);
  return {
    results: steps.filter((s): s is ResultStep => s.kind === 'result' && s.code === slug),
    pitfalls: steps.filter((s): s is PitfallStep => s.kind === 'pitfall' && s.code === slug),
  };
}

/** The page title of a step; validation keeps these unique. */
export function stepTitle(step: Step, codeLabel: (slug: string) => string): string {
  if (step.kind === 'question') return step.question;
  if (step.kind === 'result') return `Which status code for ${step.case}? ${codeLabel(step.code)}`;
  return `${step.verdict === 'avoid' ? 'Don’t return' : 'When to return'} ${step.habit}`;
}

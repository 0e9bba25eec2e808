import { describe, expect, it } from 'vitest';
import { brokenTrees, context, validTree } from '../fixtures/decision-trees';
import { mustReach } from '../../src/guide/coverage';
import { guide } from '../../src/guide/guide';
import { comparisonUrl, stepUrl } from '../../src/guide/links';
import { pathTo, stepsForCode, stepsInOrder } from '../../src/guide/tree';
import { DecisionTreeError, validateDecisionTree, type TreeProblem } from '../../src/guide/validate';

function problemsOf(tree: unknown): TreeProblem[] {
  try {
    validateDecisionTree(tree, context);
  } catch (error) {
    if (error instanceof DecisionTreeError) return error.problems;
    throw error;
  }
  return [];
}

describe('decision tree validation', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(validTree())).toEqual([]);
  });

  it.each(brokenTrees)('fails when $rule, naming the step', ({ tree, step, field, message }) => {
    const problems = problemsOf(tree);
    expect(problems.length, 'the broken tree must be rejected').toBeGreaterThan(0);
    expect(problems).toContainEqual({ step, field, message: expect.stringMatching(message) });
  });

  it('puts the file, the step and the field in the error message', () => {
    const tree = validTree();
    tree.steps.find((s) => s.id === 'ok')!.code = '299';
    expect(() => validateDecisionTree(tree, context, 'content/decisions.ts')).toThrow(
      /decision guide \(content\/decisions\.ts\):\n {2}- step "ok": code: "299" is not the slug of any status-code entry/,
    );
  });
});

describe('the decision guide in content/decisions.ts', () => {
  const results = stepsInOrder(guide).filter((s) => s.kind === 'result');

  it('reaches every code issue 15 lists, and the build checks the same list', () => {
    const listed = '200 201 202 204 206 304 412 428 301 302 303 307 308 400 401 403 404 405 406 409 410 413 414 415 416 422 429 431 451 500 501 502 503 504'.split(' ');
    expect([...mustReach].sort()).toEqual([...listed].sort());
    const reached = new Set(results.flatMap((r) => (r.kind === 'result' ? [r.code] : [])));
    expect(listed.filter((slug) => !reached.has(slug))).toEqual([]);
  });

  it('checks the four habits people get wrong', () => {
    const habits = stepsInOrder(guide).flatMap((s) => (s.kind === 'pitfall' ? [`${s.code}:${s.verdict}`] : []));
    expect(habits).toEqual(['200:avoid', '403:avoid', '404:depends', '500:avoid']);
  });
});

describe('tree queries', () => {
  const tree = validateDecisionTree(validTree(), context);

  it('lists the path of questions and answers to a step', () => {
    expect(pathTo(tree, 'gone').map((p) => `${p.question.id}: ${p.answer.label}`)).toEqual(['start: No, it is missing', 'missing: Never']);
    expect(pathTo(tree, 'start')).toEqual([]);
  });

  it('orders steps as a reader meets them', () => {
    expect(stepsInOrder(tree).map((s) => s.id)).toEqual(['start', 'ok', 'missing', 'not-found', 'gone', 'habit']);
  });

  it('finds the results and pitfalls that name a code', () => {
    const found = stepsForCode(tree, '403');
    expect(found.results).toEqual([]);
    expect(found.pitfalls.map((p) => p.id)).toEqual(['habit']);
    expect(stepsForCode(tree, '404').results.map((r) => r.id)).toEqual(['not-found']);
  });

  it('puts the start at /which-status-code/ and every other step below it', () => {
    expect(stepUrl(tree, 'start')).toBe('/which-status-code/');
    expect(stepUrl(tree, 'gone')).toBe('/which-status-code/gone/');
  });

  it('links a curated comparison, or the any-pair picker with the lower code first', () => {
    const x = { code: 200, slug: '200' };
    const y = { code: 406, slug: '406' };
    expect(comparisonUrl(y, x, undefined)).toBe('/compare/?a=200&b=406');
    expect(comparisonUrl(x, y, '200-vs-406')).toBe('/compare/200-vs-406/');
  });
});

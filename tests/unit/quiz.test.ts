import { describe, expect, it } from 'vitest';
import { codes } from '../../src/data/codes';
import { comparisons } from '../../src/data/comparisons';
import { toQuizData } from '../../src/quiz/data';
import { generateRound, poolFor } from '../../src/quiz/generate';
import type { Level, Question } from '../../src/quiz/types';

const data = toQuizData(codes, comparisons);
const bySlug = new Map(data.codes.map((c) => [c.slug, c]));
const levels: Level[] = ['everyday', 'standard', 'all'];
const seeds = Array.from({ length: 40 }, (_, i) => i * 7919 + 1);
const rounds = levels.flatMap((level) => seeds.map((seed) => ({ level, seed, questions: generateRound(data, level, seed) })));
const questions: { level: Level; q: Question }[] = rounds.flatMap((r) => r.questions.map((q) => ({ level: r.level, q })));

/** Re-derives which choices are right from the data alone, independently of the generator. */
function correctChoices(q: Question): number[] {
  const target = bySlug.get(q.slug)!;
  const choiceCode = (i: number) => bySlug.get(q.choiceSlugs![i]!)!;
  switch (q.kind) {
    case 'which-code':
      return q.choices.map((_, i) => i).filter((i) => choiceCode(i).summary === target.summary || choiceCode(i).number === target.number);
    case 'what-means':
      return q.choices.map((_, i) => i).filter((i) => choiceCode(i).gist === target.gist || choiceCode(i).number === target.number);
    case 'which-header':
      return q.choices.map((c, i) => [c, i] as const).filter(([c]) => target.mustHeaders.includes(c)).map(([, i]) => i);
    case 'pair':
      return q.choiceSlugs!.map((s, i) => [s, i] as const).filter(([s]) => s === q.slug).map(([, i]) => i);
    case 'true-false': {
      const f = target.facts;
      const truth = q.prompt.includes('cacheable by default')
        ? f.cacheable.value === 'heuristic'
        : q.prompt.includes('may carry content')
          ? f.body.value === 'allowed'
          : f.retry.value === 'yes' || f.retry.value === 'later';
      return [truth ? 0 : 1];
    }
  }
}

describe('quiz rounds', () => {
  it('have ten questions at every level', () => {
    for (const r of rounds) expect(r.questions, `${r.level} seed ${r.seed}`).toHaveLength(10);
  });

  it('are the same for the same seed and differ between seeds', () => {
    expect(generateRound(data, 'all', 42)).toEqual(generateRound(data, 'all', 42));
    expect(generateRound(data, 'all', 42)).not.toEqual(generateRound(data, 'all', 43));
  });

  it('mix several kinds of question', () => {
    const kinds = new Set(questions.map(({ q }) => q.kind));
    expect([...kinds].sort()).toEqual(['pair', 'true-false', 'what-means', 'which-code', 'which-header']);
  });

  it('never ask about the same code twice in a round', () => {
    for (const r of rounds) expect(new Set(r.questions.map((q) => q.slug)).size, `${r.level} ${r.seed}`).toBe(10);
  });

  it('have exactly one correct answer, the one marked', () => {
    for (const { q } of questions) expect(correctChoices(q), q.prompt).toEqual([q.answer]);
  });

  it('offer distinct choices, and code choices that are real, distinct codes', () => {
    for (const { q } of questions) {
      expect(new Set(q.choices).size, q.prompt).toBe(q.choices.length);
      if (q.choiceSlugs) {
        for (const slug of q.choiceSlugs) expect(bySlug.has(slug), slug).toBe(true);
        expect(new Set(q.choiceSlugs.map((s) => bySlug.get(s)!.number)).size).toBe(q.choiceSlugs.length);
      }
      expect(q.choices.length).toBe(['pair', 'true-false'].includes(q.kind) ? 2 : 4);
    }
  });

  it('ask only about codes of the chosen level', () => {
    for (const { level, q } of questions) {
      const pool = new Set(poolFor(data, level).map((c) => c.slug));
      expect(pool.has(q.slug), `${level}: ${q.slug}`).toBe(true);
    }
  });

  it('pick distractors from the same class when the level allows', () => {
    const sameClass = questions.filter(({ q }) => q.kind === 'which-code' && q.choiceSlugs!.every((s) => bySlug.get(s)!.statusClass === bySlug.get(q.slug)!.statusClass));
    expect(sameClass.length / questions.filter(({ q }) => q.kind === 'which-code').length).toBeGreaterThan(0.9);
  });

  it('explain with a sentence that is true of the answer', () => {
    for (const { q } of questions) {
      const target = bySlug.get(q.slug)!;
      const facts = Object.values(target.facts).map((f) => f.note);
      const truthful = q.explanation.includes(target.number) || facts.includes(q.explanation);
      expect(truthful, q.explanation).toBe(true);
      if (q.kind === 'which-header') for (const h of target.mustHeaders) expect(q.explanation).toContain(h);
    }
  });
});

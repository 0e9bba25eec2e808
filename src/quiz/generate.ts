import type { Level, Question, QuestionKind, QuizCode, QuizData } from './types';

/** Quiz rounds generated from the data: pure and seeded, so a seed always gives the same round. */

/** mulberry32: a small, fast, well-distributed 32-bit generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;
function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function poolFor(data: QuizData, level: Level): QuizCode[] {
  if (level === 'everyday') return data.codes.filter((c) => c.everyday);
  if (level === 'standard') return data.codes.filter((c) => c.registered);
  return data.codes;
}

const label = (c: QuizCode) => `${c.number} ${c.name}${c.vendor ? ` (${c.vendor})` : ''}`;

/**
 * Three distractors for a target: other codes, preferably of the same class, never sharing the
 * target's number (451 and 451-iis would both be "right"), each with a distinct number and
 * distinct text in the field being asked about.
 */
function distractors(target: QuizCode, data: QuizData, pool: QuizCode[], random: Random, field: 'summary' | 'gist'): QuizCode[] {
  const eligible = (c: QuizCode) => c.number !== target.number && c[field] !== target[field];
  const sameClass = shuffle(pool.filter((c) => eligible(c) && c.statusClass === target.statusClass), random);
  const widerClass = shuffle(data.codes.filter((c) => eligible(c) && c.statusClass === target.statusClass && c.registered === target.registered), random);
  const anywhere = shuffle(data.codes.filter(eligible), random);
  const chosen: QuizCode[] = [];
  for (const c of [...sameClass, ...widerClass, ...anywhere]) {
    if (chosen.length === 3) break;
    if (chosen.some((d) => d.number === c.number || d[field] === c[field])) continue;
    chosen.push(c);
  }
  return chosen;
}

/** Puts the right choice among the others at a random place. */
function withAnswer<T>(right: T, wrong: T[], random: Random): { choices: T[]; answer: number } {
  const choices = shuffle([right, ...wrong], random);
  return { choices, answer: choices.indexOf(right) };
}

const headerNames = ['Location', 'Retry-After', 'Allow', 'WWW-Authenticate', 'Proxy-Authenticate', 'Content-Range', 'Upgrade', 'ETag', 'Link', 'Vary', 'Accept-Ranges', 'Content-Location'];

type Maker = (data: QuizData, pool: QuizCode[], random: Random, used: Set<string>) => Question | undefined;

const fresh = (pool: QuizCode[], used: Set<string>, random: Random, accept: (c: QuizCode) => boolean = () => true) => {
  const options = pool.filter((c) => !used.has(c.slug) && accept(c));
  return options.length === 0 ? undefined : pick(options, random);
};

const makers: Record<QuestionKind, Maker> = {
  'which-code'(data, pool, random, used) {
    const target = fresh(pool, used, random);
    if (!target) return undefined;
    const wrong = distractors(target, data, pool, random, 'summary');
    const { choices, answer } = withAnswer(target, wrong, random);
    return {
      kind: 'which-code',
      prompt: `Which status code is this? “${target.summary}”`,
      choices: choices.map(label),
      choiceSlugs: choices.map((c) => c.slug),
      answer,
      explanation: `${label(target)}: ${target.gist}.`,
      slug: target.slug,
    };
  },
  'what-means'(data, pool, random, used) {
    const target = fresh(pool, used, random);
    if (!target) return undefined;
    const wrong = distractors(target, data, pool, random, 'gist');
    const { choices, answer } = withAnswer(target, wrong, random);
    return {
      kind: 'what-means',
      prompt: target.vendor ? `What does ${target.number} mean at ${target.vendor}?` : `What does ${target.number} ${target.name} mean?`,
      choices: choices.map((c) => c.gist),
      choiceSlugs: choices.map((c) => c.slug),
      answer,
      explanation: `${label(target)}: ${target.summary}`,
      slug: target.slug,
    };
  },
  'which-header'(_data, pool, random, used) {
    const target = fresh(pool, used, random, (c) => c.mustHeaders.length > 0);
    if (!target) return undefined;
    const right = pick(target.mustHeaders, random);
    const others = shuffle(headerNames.filter((h) => !target.mustHeaders.some((m) => m.toLowerCase() === h.toLowerCase())), random).slice(0, 3);
    const { choices, answer } = withAnswer(right, others, random);
    return {
      kind: 'which-header',
      prompt: `Which header field must a ${label(target)} response carry?`,
      choices,
      answer,
      explanation: `The specification requires ${target.mustHeaders.join(' and ')} on a ${target.number} response.`,
      slug: target.slug,
    };
  },
  pair(data, pool, random, used) {
    const inPool = new Set(pool.map((c) => c.slug));
    const pairs = data.pairs.filter((p) => inPool.has(p.a) && inPool.has(p.b) && !used.has(p.a) && !used.has(p.b));
    if (pairs.length === 0) return undefined;
    const pair = pick(pairs, random);
    const a = data.codes.find((c) => c.slug === pair.a)!;
    const b = data.codes.find((c) => c.slug === pair.b)!;
    // A scenario that names either number would give the answer away.
    const mentions = (s: string) => s.includes(a.number) || s.includes(b.number);
    const scenarios = [...pair.useA.map((s) => [s, a] as const), ...pair.useB.map((s) => [s, b] as const)].filter(([s]) => !mentions(s));
    if (scenarios.length === 0) return undefined;
    const [scenario, right] = pick(scenarios, random);
    return {
      kind: 'pair',
      prompt: `${label(a)} or ${label(b)}? ${scenario}`,
      choices: [label(a), label(b)],
      choiceSlugs: [a.slug, b.slug],
      answer: right === a ? 0 : 1,
      explanation: `${label(right)} fits: ${right.gist}.`,
      slug: right.slug,
    };
  },
  'true-false'(_data, pool, random, used) {
    const target = fresh(pool, used, random, (c) => c.facts.seen.value === 'wire');
    if (!target) return undefined;
    const statements: [string, boolean, string][] = [
      [`A ${label(target)} response is cacheable by default.`, target.facts.cacheable.value === 'heuristic', target.facts.cacheable.note],
      [`A ${label(target)} response may carry content (a body).`, target.facts.body.value === 'allowed', target.facts.body.note],
      [
        `Sending the same request again, unchanged, can get a different answer than ${target.number} later.`,
        target.facts.retry.value === 'yes' || target.facts.retry.value === 'later',
        target.facts.retry.note,
      ],
    ];
    const [statement, truth, note] = pick(statements, random);
    return {
      kind: 'true-false',
      prompt: `True or false? ${statement}`,
      choices: ['True', 'False'],
      answer: truth ? 0 : 1,
      explanation: note,
      slug: target.slug,
    };
  },
};

const kindOrder: QuestionKind[] = ['which-code', 'what-means', 'pair', 'which-header', 'true-false'];

/** A round of `count` questions of mixed kinds about different codes. */
export function generateRound(data: QuizData, level: Level, seed: number, count = 10): Question[] {
  const random = seededRandom(seed);
  const pool = poolFor(data, level);
  const used = new Set<string>();
  const questions: Question[] = [];
  let attempts = 0;
  while (questions.length < count && attempts < count * 20) {
    attempts++;
    const kind = kindOrder[(questions.length + Math.floor(random() * kindOrder.length)) % kindOrder.length]!;
    const question = makers[kind](data, pool, random, used);
    if (!question) continue;
    used.add(question.slug);
    questions.push(question);
  }
  return questions;
}

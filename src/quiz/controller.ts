import { codeUrl, quizDataUrl } from '../lib/urls';
import { generateRound } from './generate';
import { parseQuizData } from './parse';
import type { Level, Question, QuizData } from './types';

const BEST_KEY = 'quiz-best';

function readBest(): Partial<Record<Level, number>> {
  try {
    return JSON.parse(localStorage.getItem(BEST_KEY) ?? '{}') as Partial<Record<Level, number>>;
  } catch {
    return {};
  }
}

function saveBest(level: Level, score: number): number {
  const best = readBest();
  const value = Math.max(best[level] ?? 0, score);
  try {
    localStorage.setItem(BEST_KEY, JSON.stringify({ ...best, [level]: value }));
  } catch {
    /* storage blocked: the best score lasts for this visit */
  }
  return value;
}

const levelNames: Record<Level, string> = { everyday: 'everyday codes', standard: 'all registered codes', all: 'including vendor codes' };

interface Answered {
  question: Question;
  chosen: number;
}

/** Drives the quiz screens: start, one question at a time with feedback, then score and review. */
export class QuizController {
  private data: Promise<QuizData> | undefined;
  private questions: Question[] = [];
  private answers: Answered[] = [];
  private level: Level = 'everyday';

  constructor(private readonly root: HTMLElement) {
    this.q<HTMLFormElement>('[data-screen=start] form').addEventListener('submit', (event) => {
      event.preventDefault();
      const level = new FormData(event.target as HTMLFormElement).get('level');
      this.start((level as Level | null) ?? 'everyday');
    });
    this.q('[data-next]').addEventListener('click', () => this.showQuestion(this.answers.length));
    this.q('[data-again]').addEventListener('click', () => this.showStart());
  }

  private q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  private show(screen: 'start' | 'question' | 'result') {
    for (const section of this.root.querySelectorAll<HTMLElement>('[data-screen]')) section.hidden = section.dataset.screen !== screen;
  }

  showStart() {
    const best = readBest();
    const lines = (Object.keys(levelNames) as Level[]).filter((l) => best[l] !== undefined).map((l) => `${levelNames[l]}: ${best[l]}/10`);
    this.q('[data-best]').textContent = lines.length > 0 ? `Your best scores: ${lines.join(', ')}.` : '';
    this.show('start');
  }

  private async start(level: Level) {
    this.level = level;
    try {
      this.data ??= fetch(quizDataUrl).then(async (r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return parseQuizData(await r.json());
      });
      const data = await this.data;
      this.questions = generateRound(data, level, Date.now() % 2_147_483_647);
      this.answers = [];
      this.showQuestion(0);
    } catch {
      this.data = undefined;
      const error = this.q('[data-error]');
      error.textContent = 'The quiz questions could not be loaded. Check your connection and try again.';
      error.classList.remove('hidden');
    }
  }

  private showQuestion(index: number) {
    if (index >= this.questions.length) return this.showResult();
    const question = this.questions[index]!;
    this.q('[data-progress]').textContent = `Question ${index + 1} of ${this.questions.length}`;
    this.q('[data-prompt]').textContent = question.prompt;
    this.q('[data-feedback]').replaceChildren();
    this.q('[data-next]').hidden = true;
    const list = this.q('[data-choices]');
    list.replaceChildren(
      ...question.choices.map((choice, i) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'quiz-choice';
        button.textContent = choice;
        button.addEventListener('click', () => this.answer(index, i));
        item.append(button);
        return item;
      }),
    );
    this.show('question');
    this.q('[data-prompt]').focus();
  }

  private answer(index: number, chosen: number) {
    const question = this.questions[index]!;
    if (this.answers.length > index) return; // already answered
    this.answers.push({ question, chosen });
    const right = chosen === question.answer;
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('.quiz-choice')];
    buttons.forEach((button, i) => {
      button.disabled = true;
      if (i === question.answer) button.dataset.state = 'right';
      else if (i === chosen) button.dataset.state = 'wrong';
    });
    const feedback = this.q('[data-feedback]');
    const verdict = document.createElement('p');
    verdict.className = 'font-semibold';
    verdict.textContent = right ? 'Correct!' : `Not quite: the answer is “${question.choices[question.answer]}”.`;
    const explanation = document.createElement('p');
    explanation.className = 'mt-1';
    explanation.append(`${question.explanation} `, this.codeLink(question.slug));
    feedback.replaceChildren(verdict, explanation);
    const next = this.q<HTMLButtonElement>('[data-next]');
    next.textContent = index + 1 === this.questions.length ? 'See your score' : 'Next question';
    next.hidden = false;
    next.focus();
  }

  private codeLink(slug: string): HTMLAnchorElement {
    const link = document.createElement('a');
    link.href = codeUrl({ slug });
    link.textContent = `Read about ${slug}`;
    return link;
  }

  private showResult() {
    const score = this.answers.filter((a) => a.chosen === a.question.answer).length;
    const best = saveBest(this.level, score);
    this.q('[data-score]').textContent = `You scored ${score} out of ${this.questions.length}`;
    this.q('[data-best-result]').textContent = `Best score at this level (${levelNames[this.level]}): ${best}/10.`;
    const missed = this.answers.filter((a) => a.chosen !== a.question.answer);
    const review = this.q('[data-review]');
    if (missed.length === 0) {
      const perfect = document.createElement('p');
      perfect.className = 'mt-4';
      perfect.textContent = 'A perfect round: nothing to review.';
      review.replaceChildren(perfect);
    } else {
      const heading = document.createElement('h3');
      heading.className = 'mt-6 text-lg';
      heading.textContent = 'Questions to review';
      const list = document.createElement('ol');
      list.className = 'mt-2 space-y-3';
      for (const { question, chosen } of missed) {
        const item = document.createElement('li');
        item.className = 'card p-4';
        const prompt = document.createElement('p');
        prompt.className = 'font-medium';
        prompt.textContent = question.prompt;
        const yours = document.createElement('p');
        yours.className = 'mt-1 text-sm';
        yours.textContent = `Your answer: ${question.choices[chosen]}. Right answer: ${question.choices[question.answer]}.`;
        const why = document.createElement('p');
        why.className = 'mt-1 text-sm';
        why.append(`${question.explanation} `, this.codeLink(question.slug));
        item.append(prompt, yours, why);
        list.append(item);
      }
      review.replaceChildren(heading, list);
    }
    this.show('result');
    this.q('[data-score]').focus();
  }
}

import type { Behaviour, StatusClass } from '../data/schema';

/** The compact facts the quiz needs about one code, shipped to the browser as /quiz/data.json. */
export interface QuizCode {
  slug: string;
  number: string;
  name: string;
  gist: string;
  summary: string;
  statusClass: StatusClass;
  vendor?: string;
  /** Registered with IANA (the class categories), as opposed to a vendor code. */
  registered: boolean;
  everyday: boolean;
  /** Response header fields the spec says MUST be sent, unconditionally. */
  mustHeaders: string[];
  facts: { [K in keyof Behaviour]: { value: Behaviour[K]['value']; note: string } };
}

export interface QuizPair {
  a: string;
  b: string;
  useA: string[];
  useB: string[];
}

export interface QuizData {
  codes: QuizCode[];
  pairs: QuizPair[];
}

export type Level = 'everyday' | 'standard' | 'all';

export type QuestionKind = 'which-code' | 'what-means' | 'which-header' | 'pair' | 'true-false';

export interface Question {
  kind: QuestionKind;
  prompt: string;
  choices: string[];
  /** Index of the one correct choice. */
  answer: number;
  /** One line that is true of the answer. */
  explanation: string;
  /** The code the question is about, for the link to its page. */
  slug: string;
  /** For choices that are codes, their slugs (used by tests to check distractors). */
  choiceSlugs?: string[];
}

import { behaviourValues } from '../lib/vocabulary';
import { arrayOf, boolean, object, oneOf, optional, string } from '../lib/shape';
import { classSlugs } from '../lib/status-class';
import type { QuizCode, QuizData, QuizPair } from './types';

const fact = <T extends readonly string[]>(values: T) => object({ value: oneOf(values), note: string });

const quizCode = object<QuizCode>({
  slug: string,
  number: string,
  name: string,
  gist: string,
  summary: string,
  statusClass: oneOf(classSlugs),
  vendor: optional(string),
  registered: boolean,
  everyday: boolean,
  mustHeaders: arrayOf(string),
  facts: object<QuizCode['facts']>({
    cacheable: fact(behaviourValues.cacheable),
    body: fact(behaviourValues.body),
    retry: fact(behaviourValues.retry),
    seen: fact(behaviourValues.seen),
  }),
});

const quizPair = object<QuizPair>({ a: string, b: string, useA: arrayOf(string), useB: arrayOf(string) });

/** /quiz/data.json as fetched; throws a ShapeError naming the first field that does not fit. */
export const parseQuizData = (json: unknown): QuizData => object<QuizData>({ codes: arrayOf(quizCode), pairs: arrayOf(quizPair) })(json, '');

import { arrayOf, nullable, number, object, oneOf, optional, string, type Checker } from '../lib/shape';
import { classSlugs, type StatusClass } from '../lib/status-class';
import { behaviourValues, categorySlugs, headerRequirements, standings, type CategorySlug, type Standing } from '../lib/vocabulary';

/** The part of /api/codes/<slug>.json that the any-pair comparison reads. */
export interface FetchedCode {
  code: number;
  number: string;
  name: string;
  class: StatusClass;
  category: { slug: CategorySlug; name: string };
  standing: Standing;
  vendor: { name: string; product?: string } | null;
  summary: string;
  url: string;
  definition: string;
  explanation: string[];
  headers: { name: string; in: 'request' | 'response'; requirement: (typeof headerRequirements)[number]; when?: string; note: string }[];
  facts: {
    [K in keyof typeof behaviourValues]: { value: (typeof behaviourValues)[K][number]; note: string };
  };
}

const fact = <T extends readonly string[]>(values: T) => object({ value: oneOf(values), note: string });

const fetchedCode: Checker<FetchedCode> = object<FetchedCode>({
  code: number,
  number: string,
  name: string,
  class: oneOf(classSlugs),
  category: object({ slug: oneOf(categorySlugs), name: string }),
  standing: oneOf(standings),
  vendor: nullable(object({ name: string, product: optional(string) })),
  summary: string,
  url: string,
  definition: string,
  explanation: arrayOf(string),
  headers: arrayOf(
    object<FetchedCode['headers'][number]>({
      name: string,
      in: oneOf(['request', 'response'] as const),
      requirement: oneOf(headerRequirements),
      when: optional(string),
      note: string,
    }),
  ),
  facts: object<FetchedCode['facts']>({
    cacheable: fact(behaviourValues.cacheable),
    body: fact(behaviourValues.body),
    retry: fact(behaviourValues.retry),
    seen: fact(behaviourValues.seen),
  }),
});

/** One code's JSON as fetched; throws a ShapeError naming the first field that does not fit. */
export const parseFetchedCode = (json: unknown): FetchedCode => fetchedCode(json, '');

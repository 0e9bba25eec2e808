import type { APIRoute } from 'astro';
import { categories } from '../../data/categories';
import { codes } from '../../data/codes';
import { constantsFor } from '../../data/constants';
import { displayNumber } from '../../lib/status-class';
import { searchFilterValues } from '../../search/filter-values';
import { buildVocabulary, identifierWords, type SearchData } from '../../search/vocabulary';

/** The search vocabulary (src/search/vocabulary.ts) and filter values, fetched when the reader first searches or opens the header dialog. */
export const GET: APIRoute = () => {
  const texts = [
    ...codes.flatMap((entry) => [
      entry.name,
      ...entry.aliases.map((alias) => alias.name),
      ...(entry.vendor ? [entry.vendor.name, entry.vendor.product ?? ''] : []),
      ...constantsFor(entry).flatMap((row) => row.names.map((name) => identifierWords(name.id))),
    ]),
    ...Object.values(categories).map((category) => category.name),
  ];
  const data: SearchData = { ...buildVocabulary(texts, codes.map((entry) => displayNumber(entry.code))), filters: searchFilterValues() };
  return Response.json(data);
};

/**
 * The values of the search filters, in site order: the classes, then the categories that have
 * codes, then "Blog" (posts carry that category, components/blog/PostPage.astro). Each matches a
 * data-pagefind-filter value on the pages. Build-time only: the /search/ page renders them, and
 * the header dialog reads them from the search vocabulary (pages/search/vocabulary.json.ts).
 */
import { categoriesWithCodes } from '../data/queries';
import { classLabels } from '../lib/status-class';

export function searchFilterValues(): { class: string[]; category: string[] } {
  return { class: [...classLabels], category: [...categoriesWithCodes().map(({ category }) => category.name), 'Blog'] };
}

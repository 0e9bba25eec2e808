import { categories, categoryOrder } from './categories';
import { codes, type CodeEntry } from './codes';
import type { CategorySlug, StatusClass } from './schema';
import { displayNumber, statusClassOf } from '../lib/status-class';

export { displayNumber };

const bySlug = new Map(codes.map((entry) => [entry.slug, entry]));

export function getCode(slug: string): CodeEntry | undefined {
  return bySlug.get(slug);
}

/** Like getCode, for slugs the data guarantees (related links, featured lists): a miss is a bug. */
export function requireCode(slug: string): CodeEntry {
  const entry = bySlug.get(slug);
  if (!entry) throw new Error(`No status-code entry has the slug "${slug}"`);
  return entry;
}

/** Every meaning of a number, the registered (bare-slug) meaning first. */
export function getCodesByNumber(code: number): CodeEntry[] {
  const padded = displayNumber(code);
  return codes
    .filter((entry) => entry.code === code)
    .sort((a, b) => Number(b.slug === padded) - Number(a.slug === padded) || a.slug.localeCompare(b.slug));
}

/** The other entries that share this entry's number (451 and 451-iis). */
export function otherMeanings(entry: CodeEntry): CodeEntry[] {
  return getCodesByNumber(entry.code).filter((other) => other.slug !== entry.slug);
}

export function getCodesByClass(statusClass: StatusClass): CodeEntry[] {
  return codes.filter((entry) => statusClassOf(entry.code) === statusClass);
}

export function getCodesByCategory(category: CategorySlug): CodeEntry[] {
  return codes.filter((entry) => entry.category === category);
}

/** Categories in site order, with their entries; empty groups are left out so no page links nowhere. */
export function categoriesWithCodes() {
  return categoryOrder
    .map((slug) => ({ category: categories[slug], entries: getCodesByCategory(slug) }))
    .filter((group) => group.entries.length > 0);
}

/** The entries before and after this one in site order, for a code page's previous/next links. */
export function neighbours(entry: CodeEntry): { previous?: CodeEntry; next?: CodeEntry } {
  const index = codes.findIndex((other) => other.slug === entry.slug);
  return { previous: codes[index - 1], next: codes[index + 1] };
}

export function relatedCodes(entry: CodeEntry): CodeEntry[] {
  return entry.related.map(requireCode);
}

/** Entries for a hand-picked list of slugs; the lists are validated with the data (catalogue.ts), so none is missing. */
export function existingCodes(slugs: readonly string[]): CodeEntry[] {
  return slugs.map(requireCode);
}

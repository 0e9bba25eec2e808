import type { CategorySlug, StatusClass } from './schema';

interface CategoryBase {
  slug: CategorySlug;
  /** Display name, e.g. "Client Error" or "Cloudflare". */
  name: string;
  /** One sentence for cards and meta descriptions. */
  summary: string;
  /** The group's introduction on its category page. */
  intro: string[];
}
export interface ClassCategory extends CategoryBase {
  kind: 'class';
  statusClass: Exclude<StatusClass, 'nonstandard'>;
}
export interface VendorCategory extends CategoryBase {
  kind: 'vendor';
}
export type Category = ClassCategory | VendorCategory;

/** Identity helper for content/categories.ts: the editor checks every group is there, with its prose. */
export function defineCategories(groups: Record<CategorySlug, Category>): Record<CategorySlug, Category> {
  return groups;
}


import categoryContent from '../../content/categories';
import type { Category } from './define-categories';
import type { CategorySlug } from './schema';

export type { Category, ClassCategory, VendorCategory } from './define-categories';

/** The groups of the site; their prose lives in content/categories.ts. Key order is site order. */
export const categories: Record<CategorySlug, Category> = categoryContent;

export const categoryOrder = Object.keys(categories) as CategorySlug[];

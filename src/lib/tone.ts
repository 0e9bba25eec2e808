import type { CodeEntry } from '../data/codes';
import { categories } from '../data/categories';
import { statusClassOf } from './status-class';

export type Tone = '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'vendor';

/** The colour family of an entry: its class, or the vendor colour for unofficial codes. */
export function toneOf(entry: CodeEntry): Tone {
  if (categories[entry.category].kind === 'vendor') return 'vendor';
  const statusClass = statusClassOf(entry.code);
  return statusClass === 'nonstandard' ? 'vendor' : statusClass;
}

/** Full class names, written out so Tailwind finds them in the source. */
export const toneText: Record<Tone, string> = {
  '1xx': 'text-class-1xx',
  '2xx': 'text-class-2xx',
  '3xx': 'text-class-3xx',
  '4xx': 'text-class-4xx',
  '5xx': 'text-class-5xx',
  vendor: 'text-vendor',
};

export const toneBorder: Record<Tone, string> = {
  '1xx': 'border-class-1xx',
  '2xx': 'border-class-2xx',
  '3xx': 'border-class-3xx',
  '4xx': 'border-class-4xx',
  '5xx': 'border-class-5xx',
  vendor: 'border-vendor',
};

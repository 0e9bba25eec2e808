/** Pure helpers for the search UI, unit-tested. */
import { displayNumber } from '../lib/status-class';
import { codeUrl } from '../lib/urls';

/** The page an exact code number goes to on Enter, when the site has that number. */
export function exactCodeTarget(query: string, numbers: ReadonlySet<string>): string | undefined {
  const trimmed = query.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const padded = displayNumber(Number(trimmed));
  return trimmed.length === 3 && numbers.has(padded) ? codeUrl({ slug: padded }) : undefined;
}

/** The next option index for a key press in a list of `count` results (-1 means none selected). */
export function moveSelection(current: number, key: string, count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return current + 1 >= count ? 0 : current + 1;
  if (key === 'ArrowUp') return current <= 0 ? count - 1 : current - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return current;
}

/** Query and filters from a /search/ URL; unknown parameters are ignored. */
export function readSearchParams(search: string): { query: string; filters: Record<string, string> } {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const key of ['class', 'category']) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

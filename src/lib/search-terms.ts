import type { CodeEntry } from '../data/codes';
import { constantsFor } from '../data/constants';

/**
 * Other true names of a code that readers type into search: the identifiers libraries use
 * (TOO_MANY_REQUESTS, TooManyRequests, too_many_requests) and the words inside them, so
 * "Status429TooManyRequests" and "too many requests" both find 429.
 */
export function searchKeywords(entry: CodeEntry): string {
  const ids = new Set<string>();
  for (const row of constantsFor(entry)) for (const name of row.names) ids.add(name.id);
  const words = [...ids].flatMap((id) => [
    id,
    id.replace(/[_:]+/g, ' ').replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase().trim(),
  ]);
  return [...new Set(words)].join(' ');
}

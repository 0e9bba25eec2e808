import type { StatusClass } from '../data/schema';

/**
 * How a class is named to readers and in the search filter: "4xx", or "Outside 100-599" (RFC 9110 §15).
 * Kept apart from the data modules (only a type import) so browser code can use it without pulling in zod.
 */
export function classLabel(statusClass: StatusClass): string {
  return statusClass === 'nonstandard' ? 'Outside 100-599' : statusClass;
}

/**
 * Facts about a status number alone. No imports: browser code (the compare picker, search)
 * uses these, so nothing here may pull in the data or zod.
 */

export const classSlugs = ['1xx', '2xx', '3xx', '4xx', '5xx', 'nonstandard'] as const;
export type StatusClass = (typeof classSlugs)[number];

/** The padded number as people write it: 0 becomes "000". */
export function displayNumber(code: number): string {
  return String(code).padStart(3, '0');
}

/** How a class is named to readers and in the search filter: "4xx", or "Outside 100-599" (RFC 9110 §15). */
export function classLabel(statusClass: StatusClass): string {
  return statusClass === 'nonstandard' ? 'Outside 100-599' : statusClass;
}

/** Every class label, in order, for filters. */
export const classLabels = classSlugs.map(classLabel);

/** The class a number belongs to; numbers outside 100-599 are invalid per RFC 9110 §15 and get their own bucket. */
export function statusClassOf(code: number): StatusClass {
  if (code >= 100 && code <= 599) return `${Math.floor(code / 100)}xx` as StatusClass;
  return 'nonstandard';
}

/**
 * Codes whose responses cannot carry content: every 1xx, 204 and 304 (RFC 9110 §6.4.1),
 * and 205, for which a server MUST NOT generate content (RFC 9110 §15.3.6).
 */
export function forbidsContent(code: number): boolean {
  return (code >= 100 && code <= 199) || code === 204 || code === 205 || code === 304;
}

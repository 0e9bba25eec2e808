import { classLabel } from '../lib/class-label';
import { classSlugs, type StatusClass } from './schema';

/** The padded number as people write it: 0 becomes "000". */
export function displayNumber(code: number): string {
  return String(code).padStart(3, '0');
}

export { classLabel };

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

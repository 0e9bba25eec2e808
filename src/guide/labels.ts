import { displayNumber, requireCode } from '../data/queries';

/** "409 Conflict": how the guide names a code in titles, headings and links. */
export const codeLabel = (slug: string) => {
  const entry = requireCode(slug);
  return `${displayNumber(entry.code)} ${entry.name}`;
};

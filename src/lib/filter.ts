export interface FilterRow {
  /** The three-digit code, e.g. "404". */
  number: string;
  /** Name, former names, vendor and summary, in any case. */
  text: string;
}

/**
 * Whether a row matches what the reader typed: every word of the query must match. A number
 * matches codes that start with it ("40" finds 400 to 409) or that word in the text; other
 * words match anywhere in the text, ignoring case.
 */
export function matchesFilter(row: FilterRow, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = row.text.toLowerCase();
  const textWords = new Set(text.split(/[^a-z0-9]+/));
  return words.every((word) => (/^\d+$/.test(word) ? row.number.startsWith(word) || textWords.has(word) : text.includes(word)));
}

/** The text a code's row is filtered on: its names, vendor and summary. */
export function filterText(entry: { name: string; aliases: { name: string }[]; vendor?: { name: string }; summary: string }): string {
  return [entry.name, ...entry.aliases.map((alias) => alias.name), entry.vendor?.name ?? '', entry.summary].join(' ').toLowerCase();
}

/**
 * The synonym table (./synonyms.ts) applied on both sides of search, and the query's words.
 * No imports beyond the table: the build (SearchMeta.astro) and the browser both use this.
 */
import { synonymGroups } from './synonyms';

/**
 * Lowercase words with punctuation as spaces, for matching forms. Hyphens inside a word stay:
 * Pagefind reads "time-out" as "timeout", but "time out" as two words found everywhere.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'-]+|(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const groups = synonymGroups.map((forms) => forms.map(normalise));

/**
 * The forms a page is also indexed under: every form of each group that its key text (name,
 * former names, summary) uses in any form. Empty when it uses none.
 */
export function indexedForms(keyText: string): string[] {
  const text = ` ${normalise(keyText)} `;
  const found = groups.filter((forms) => forms.some((form) => text.includes(` ${form} `)));
  return [...new Set(found.flat())];
}

/**
 * Splits a query into words as people paste them: around spaces and brackets, without the
 * punctuation around words, and a qualified identifier reduced to its last part
 * ("HttpStatus.NOT_FOUND" is NOT_FOUND, "Response::HTTP_FORBIDDEN" is HTTP_FORBIDDEN), which is
 * the part the index knows.
 */
export function queryWords(query: string): string[] {
  return query
    .split(/[\s()[\]{}<>,;!?"“”‘’`|=]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}_:]+|[^\p{L}\p{N}_]+$/gu, ''))
    .map((word) => {
      const parts = word.split(/\.|::|->/);
      const last = parts.at(-1) ?? '';
      return parts.length > 1 && /^[A-Za-z_]\w*$/.test(last) && /^[A-Za-z_]/.test(parts[0] ?? '') ? last : word;
    })
    .filter((word) => word !== '');
}

/**
 * The query's units: each a phrase of one or more words searched together. A form of the
 * synonym table stays one unit ("rate limit", "timed out"); a form that the catalogue's names
 * do not use (not in `catalogueForms`, see ownForms) becomes the group's first form, which they
 * do ("unauthorised" is searched as "unauthorized", "throttled" as "rate limit").
 */
export function queryUnits(words: readonly string[], catalogueForms: ReadonlySet<string>): string[][] {
  const lower = words.map(normalise);
  const units: string[][] = [];
  let i = 0;
  while (i < words.length) {
    // The longest run of words, from here, that is a form of the table: "time-out" alone is "time out".
    let match: { group: string[]; form: string; length: number } | undefined;
    for (let j = Math.min(words.length, i + 4); j > i && !match; j--) {
      const run = lower.slice(i, j).join(' ');
      const group = groups.find((forms) => forms.includes(run));
      if (group) match = { group, form: run, length: j - i };
    }
    if (match) {
      const own = catalogueForms.has(match.form);
      units.push(own ? words.slice(i, i + match.length) : match.group[0]!.split(' '));
      i += match.length;
    } else {
      units.push([words[i]!]);
      i += 1;
    }
  }
  return units;
}

/** An identifier's words: TOO_MANY_REQUESTS and Status429TooManyRequests are "too many requests". */
export function identifierWords(id: string): string {
  return id
    .replace(/[_:]+/g, ' ')
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
    .trim();
}

/** Whether a word is written as code writes names: TOO_MANY_REQUESTS, StatusTeapot, :not_found. */
export function isIdentifier(word: string): boolean {
  return /\p{L}/u.test(word) && (/_|:/.test(word) || /[a-z][A-Z]/.test(word));
}

/** The forms of the table that the texts (the catalogue's names) use, as whole words. */
export function ownForms(texts: Iterable<string>): string[] {
  const all = ` ${[...texts].map(normalise).join(' | ')} `;
  return groups.flat().filter((form) => all.includes(` ${form} `));
}

/** Every word of the table's forms, for the spelling vocabulary. */
export function synonymWords(): string[] {
  return groups.flat().flatMap((form) => form.split(' '));
}

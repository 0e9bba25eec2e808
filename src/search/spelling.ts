/**
 * Spelling correction over the site's own vocabulary (the catalogue's names, former names,
 * library constants, categories and vendors, plus the forms of the synonym table). A query word
 * is corrected only when it is in neither the vocabulary nor the search index, to the closest
 * vocabulary word within an edit distance that grows with the word's length. Pure: the caller
 * asks the index which words it knows and passes the answer in.
 */
import leven from 'leven';

/**
 * How many edits (Levenshtein: insert, delete, substitute) a word of this length may be from its
 * correction. Short words have too many neighbours to guess safely; a swapped pair of letters
 * costs two edits, so "servcie" (7) still reaches "service" and "premanent" (9) "permanent".
 */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length === 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/**
 * Words never corrected, whatever the vocabulary says: anything with a digit (a code number,
 * "0-RTT", "HTTP/2"), identifiers as code writes them (TOO_MANY_REQUESTS, StatusTeapot,
 * :unprocessable_entity) and acronyms in capitals (CORS, HSTS).
 */
export function isProtected(word: string): boolean {
  return /\d/.test(word) || /[_:.]/.test(word) || /[a-z][A-Z]/.test(word) || /^[A-Z]{2,}$/.test(word);
}

/** Lowercase, without the punctuation people put around words ("“Forbidden”," becomes "forbidden"). */
export function plainWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

export interface Lexicon {
  /** Vocabulary words, lowercase, most used first: the order breaks ties between corrections. */
  words: readonly string[];
  /** The same words, for look-ups. */
  known: ReadonlySet<string>;
}

export function lexicon(words: Iterable<string>): Lexicon {
  const list = [...new Set([...words].map(plainWord).filter((w) => w !== ''))];
  return { words: list, known: new Set(list) };
}

/**
 * Whether the index must be asked about a word before it can be corrected: not protected, long
 * enough to correct, not a vocabulary word, and not the start of one (the reader may still be
 * typing it, and Pagefind already matches word starts).
 */
export function mayNeedCorrection(word: string, lex: Lexicon): boolean {
  const plain = plainWord(word);
  if (isProtected(word) || maxEdits(plain.length) === 0 || lex.known.has(plain)) return false;
  return !lex.words.some((w) => w.startsWith(plain));
}

/** The vocabulary word closest to `word` within its edit limit; the earlier word wins a tie. */
export function closestWord(word: string, lex: Lexicon): string | undefined {
  const plain = plainWord(word);
  const limit = maxEdits(plain.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of lex.words) {
    if (Math.abs(candidate.length - plain.length) >= bestDistance) continue;
    const distance = leven(plain, candidate, { maxDistance: bestDistance });
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export interface Correction {
  /** The query's words, each corrected where needed. */
  words: string[];
  /** Whether any word changed. */
  changed: boolean;
}

/**
 * Corrects each word that needs it (see mayNeedCorrection) and that the index does not know.
 * `indexed` answers for the words mayNeedCorrection picked; any other word is left alone.
 */
export function correctWords(words: readonly string[], lex: Lexicon, indexed: (word: string) => boolean): Correction {
  let changed = false;
  const out = words.map((word) => {
    if (!mayNeedCorrection(word, lex) || indexed(word)) return word;
    const fix = closestWord(word, lex);
    if (fix === undefined) return word;
    changed = true;
    return fix;
  });
  return { words: out, changed };
}

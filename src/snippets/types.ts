import type { CodeEntry } from '../data/codes';
import type { SnippetId } from './ids';

export interface Snippet {
  /** Stable id, also the key of the reader's remembered tab ("express", "requests"). */
  id: string;
  /** Language tab label ("Python"). */
  language: string;
  /** Framework tab label inside the language ("FastAPI"). */
  framework: string;
  /** Expressive Code language for highlighting. */
  lang: string;
  code: string;
}

/** A generator turns an entry into a snippet, or returns undefined when its stack cannot express the code. */
export interface Generator {
  id: SnippetId;
  language: string;
  framework: string;
  lang: string;
  generate(entry: CodeEntry): string | undefined;
}

import type { CodeEntryInput } from './schema';

/**
 * Identity helper for entry modules: it gives the editor the schema's types while
 * the file is written. Validation happens once, over all entries, in `codes.ts`.
 */
export function defineCode(entry: CodeEntryInput): CodeEntryInput {
  return entry;
}

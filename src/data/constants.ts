import { catalogue } from './load';
import type { CodeEntry } from './codes';
import type { Library } from './schema';

/** Every constants table, validated (see catalogue.ts), in the order of `libraryOrder`. */
export const libraries: readonly Library[] = catalogue.libraries;

export interface ConstantRow {
  library: Library;
  /** Empty when the library has no constant for this entry. */
  names: { id: string; code: string; note?: string }[];
}

/** One row per library: the names it has for this entry, written as they appear in code. */
export function constantsFor(entry: CodeEntry): ConstantRow[] {
  return libraries.map((library) => ({
    library,
    names: (library.constants[entry.slug] ?? []).map(({ id, note }) => ({
      id,
      code: library.usage.replace('{}', id),
      note,
    })),
  }));
}

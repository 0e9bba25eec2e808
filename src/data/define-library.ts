import type { LibraryInput } from './schema';

/** Identity helper for content/constants modules; validation happens in `constants.ts`. */
export function defineLibrary(library: LibraryInput): LibraryInput {
  return library;
}

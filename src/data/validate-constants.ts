import { parseModule, rawString, type DataProblem } from './problems';
import { librarySchema, type Library } from './schema';

/**
 * The order of the constants table on code pages: the most used server-side ecosystems first.
 * Every table must be listed here and every id here must have a table, so a new table is
 * placed on purpose and a removed one leaves nothing behind.
 */
export const libraryOrder = [
  'node',
  'http-status-codes',
  'python',
  'starlette',
  'go',
  'java',
  'spring',
  'dotnet',
  'aspnetcore',
  'rack',
  'symfony',
  'rust',
] as const;

/** Parses every table and checks its file name, its place in `libraryOrder` and that each key is the slug of an entry. */
export function checkLibraries(
  modules: Record<string, unknown>,
  slugs: ReadonlySet<string>,
  order: readonly string[] = libraryOrder,
): { libraries: Library[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const libraries: Library[] = [];
  for (const [file, module] of Object.entries(modules)) {
    const result = parseModule(librarySchema, file, module, (raw) => rawString(raw, 'id'));
    problems.push(...result.problems);
    if (result.data === undefined) continue;
    const library = result.data;
    const add = (field: string, message: string) => problems.push({ file, slug: library.id, field, message });
    if (!file.endsWith(`/${library.id}.ts`)) add('id', `is "${library.id}", so the file must be named ${library.id}.ts`);
    if (!order.includes(library.id)) add('id', `"${library.id}" is missing from libraryOrder in src/data/validate-constants.ts, which sets the table order`);
    for (const slug of Object.keys(library.constants))
      if (!slugs.has(slug)) add(`constants.${slug}`, `"${slug}" is not the slug of any entry`);
    libraries.push(library);
  }
  const ids = new Set(libraries.map((library) => library.id));
  for (const id of order)
    if (!ids.has(id) && problems.length === 0)
      problems.push({ file: 'src/data/validate-constants.ts', slug: undefined, field: 'libraryOrder', message: `"${id}" has no table in content/constants/` });
  libraries.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return { libraries, problems };
}

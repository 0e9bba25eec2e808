import { libraryModules } from '../../content/constants/index';
import { defaultExport, keyedByRepoPath } from './modules';
import { codes, type CodeEntry } from './codes';
import { librarySchema, type Library } from './schema';
import { DataValidationError, type DataProblem } from './validate';

/** The order of the constants table on code pages: the most used server-side ecosystems first. */
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
  'ktor',
] as const;

/** Parses every table and checks that each key is the slug of an entry. */
export function validateLibraries(modules: Record<string, unknown>, slugs: ReadonlySet<string>): Library[] {
  const problems: DataProblem[] = [];
  const libraries: Library[] = [];
  for (const [file, value] of Object.entries(modules)) {
    const raw = defaultExport(value);
    const result = librarySchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, slug: undefined, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    for (const slug of Object.keys(result.data.constants))
      if (!slugs.has(slug))
        problems.push({ file, slug: undefined, field: `constants.${slug}`, message: `"${slug}" is not the slug of any entry` });
    libraries.push(result.data);
  }
  if (problems.length > 0) throw new DataValidationError(problems);
  const rank = (id: string) => {
    const i = (libraryOrder as readonly string[]).indexOf(id);
    return i === -1 ? libraryOrder.length : i;
  };
  return libraries.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

const modulesByFile = keyedByRepoPath(libraryModules, 'content/constants');

export const libraries: readonly Library[] = validateLibraries(modulesByFile, new Set(codes.map((c) => c.slug)));

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

import type { z } from 'zod';
import { defaultExport } from './modules';

/**
 * How data problems are found and reported, for every kind of content (codes, comparisons,
 * constants tables, the site's lists). One path format everywhere: `related[1]`, `fix.owner[0]`.
 */

/** One problem with one entry, located precisely enough to fix without searching. */
export interface DataProblem {
  file: string;
  /** The entry's slug (or pair, or table id) when it could be read. */
  slug: string | undefined;
  field: string;
  message: string;
}

export function formatProblem({ file, slug, field, message }: DataProblem): string {
  const entry = slug === undefined ? '' : ` (entry "${slug}")`;
  return `${file}${entry}: ${field || '(entry)'}: ${message}`;
}

export class DataValidationError extends Error {
  override name = 'DataValidationError';
  constructor(readonly problems: DataProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the site's data:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
  }
}

/** A zod issue path as people write it: `example.response.headers[2]`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** The string value of `key` on a raw module export, if any: names the entry before it parses. */
export function rawString(raw: unknown, key: string): string | undefined {
  const value = (raw as Record<string, unknown> | null | undefined)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Parses one module's default export with a schema, in the spirit of Starlight's
 * parseWithFriendlyErrors: instead of throwing zod's error, each issue becomes a problem
 * naming the file, the entry (named by `idOf` from the raw value, when it can) and the field.
 */
export function parseModule<S extends z.ZodTypeAny>(
  schema: S,
  file: string,
  module: unknown,
  idOf: (raw: unknown) => string | undefined,
): { data: z.output<S>; problems: [] } | { data: undefined; problems: DataProblem[] } {
  const raw = defaultExport(module);
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [] };
  const slug = idOf(raw);
  return { data: undefined, problems: result.error.issues.map((issue) => ({ file, slug, field: fieldPath(issue.path), message: issue.message })) };
}

/** Collects problems for one entry: `add(field, message)`. */
export function problemCollector(file: string, slug: string | undefined) {
  const problems: DataProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, slug, field, message });
  return { problems, add };
}

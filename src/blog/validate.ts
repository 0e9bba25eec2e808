import { postSchema } from './schema';

const fieldPath = (path: (string | number)[]) =>
  path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');

/**
 * Checks one post's parsed front matter outside the Astro build (unit tests, scripts) and
 * returns the problems as "file: field: message", the shape the catalogue's checks use.
 */
export function postProblems(file: string, frontMatter: unknown, codeSlugs: ReadonlySet<string>): string[] {
  const result = postSchema(codeSlugs).safeParse(frontMatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${file}: ${fieldPath(issue.path) || '(front matter)'}: ${issue.message}`);
}

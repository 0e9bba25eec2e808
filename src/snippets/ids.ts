/**
 * The id of every snippet generator: the keys an entry's `snippets` overrides may use and the
 * values of the reader's remembered tab. Kept apart from the generators so that data
 * validation can check overrides without importing them (they import the data).
 * `Generator.id` is typed from this list, and a unit test checks that each id has a generator.
 */
export const snippetIds = [
  'express', 'node-http', 'fastify', 'nextjs',
  'flask', 'fastapi', 'django',
  'go',
  'spring',
  'aspnet',
  'laravel', 'php',
  'rails',
  'axum',
  'nginx', 'apache',
  'fetch', 'axios', 'requests', 'go-client',
  'shell', 'curl',
] as const;

export type SnippetId = (typeof snippetIds)[number];

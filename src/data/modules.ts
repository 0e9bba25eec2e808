/** Helpers for the content modules that `import.meta.glob` collects. */

/** A module's default export, or the value itself when it is not a module (test fixtures). */
export function defaultExport(value: unknown): unknown {
  return (value as { default?: unknown } | undefined)?.default ?? value;
}

/** Re-keys glob results ("./404.ts") by their path from the repository root, so errors name the file. */
export function keyedByRepoPath(modules: Record<string, unknown>, folder: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(modules).map(([path, mod]) => [path.replace(/^\.\//, `${folder}/`), mod]));
}

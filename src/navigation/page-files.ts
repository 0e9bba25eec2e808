/**
 * The source files of every route, read by Vite at build time: a destination appears in the
 * navigation as soon as its page lands, with nothing to switch on by hand. Only the keys are
 * used; the lazy importers are never called.
 */
export const pageFiles: readonly string[] = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx,html,ts,js}'));

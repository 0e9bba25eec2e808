/** Every module here but this one is one curated comparison, `<a>-vs-<b>.ts`; validated in `src/data/catalogue.ts`. */
export const comparisonModules: Record<string, unknown> = import.meta.glob(['./*.ts', '!./index.ts'], { eager: true });

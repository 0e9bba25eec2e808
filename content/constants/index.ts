/**
 * Every module here but this one is one ecosystem's table, `<id>.ts`; validated in
 * `src/data/catalogue.ts`, which also sets their display order.
 */
export const libraryModules: Record<string, unknown> = import.meta.glob(['./*.ts', '!./index.ts'], { eager: true });

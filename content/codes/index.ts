/**
 * Every module in this folder but this one is one status-code entry, named `<slug>.ts`, and
 * this glob collects them all: adding a code means adding one file, nothing else.
 * The entries are validated in `src/data/catalogue.ts`.
 */
export const codeModules: Record<string, unknown> = import.meta.glob(['./*.ts', '!./index.ts'], { eager: true });

/**
 * One module per ecosystem; each default-exports a table checked by `librarySchema`.
 * Their display order is set in src/data/constants.ts.
 */
export const libraryModules: Record<string, unknown> = import.meta.glob('./[!i]*.ts', { eager: true });

/**
 * Every `<slug>.ts` module in this folder is one status-code entry, and this glob
 * collects them all: adding a code means adding one file, nothing else.
 * The entries are validated in `src/data/codes.ts`.
 */
export const codeModules: Record<string, unknown> = import.meta.glob('./[0-9]*.ts', { eager: true });

/** Every `<a>-vs-<b>.ts` module here is one curated comparison; the glob collects them. */
export const comparisonModules: Record<string, unknown> = import.meta.glob('./[0-9]*-vs-*.ts', { eager: true });

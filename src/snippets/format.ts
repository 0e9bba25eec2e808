/** Literal builders shared by the generators, so quoting and indentation are right in one place. */

const pad = (depth: number) => '  '.repeat(depth);

/** A single-quoted JavaScript string literal. */
export const jsString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** A JavaScript object literal: `{ 'A': 'b' }` on one line when short, else one key per line. */
export function jsObject(pairs: [string, string][], depth = 0): string {
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsString(k));
  const items = pairs.map(([k, v]) => `${key(k)}: ${jsString(v)}`);
  const oneLine = `{ ${items.join(', ')} }`;
  if (oneLine.length + depth * 2 <= 80) return oneLine;
  return `{\n${items.map((item) => `${pad(depth + 1)}${item},`).join('\n')}\n${pad(depth)}}`;
}

/** A JavaScript array of strings: one line when short (a single string stays bare), else one per line. */
export function jsArray(values: string[], depth = 0): string {
  if (values.length === 1) return jsString(values[0]!);
  const oneLine = `[${values.map(jsString).join(', ')}]`;
  if (oneLine.length + depth * 2 <= 60) return oneLine;
  return `[\n${values.map((value) => `${pad(depth + 1)}${jsString(value)},`).join('\n')}\n${pad(depth)}]`;
}

/** A Python dict literal with double-quoted strings. */
export function pyDict(pairs: [string, string][], depth = 0): string {
  const items = pairs.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const oneLine = `{${items.join(', ')}}`;
  if (oneLine.length + depth * 4 <= 79) return oneLine;
  return `{\n${items.map((item) => `${'    '.repeat(depth + 1)}${item},`).join('\n')}\n${'    '.repeat(depth)}}`;
}

/** A PHP array literal with single-quoted strings. */
export function phpArray(pairs: [string, string][], depth = 0): string {
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const items = pairs.map(([k, v]) => `${q(k)} => ${q(v)}`);
  const oneLine = `[${items.join(', ')}]`;
  if (oneLine.length + depth * 4 <= 80) return oneLine;
  return `[\n${items.map((item) => `${'    '.repeat(depth + 1)}${item},`).join('\n')}\n${'    '.repeat(depth)}]`;
}

/** A Ruby string literal: single quotes, so nothing is interpolated. */
export const rubyString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A double-quoted literal valid in Go, Java, C#, Rust and JSON. */
export const cString = (s: string) => JSON.stringify(s);

/** A shell word in single quotes. */
export const shellWord = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** Code placed after an indent on its first line: its other lines get the same indent, so a multi-line call nests. */
export const nested = (code: string, indent: string) => code.split('\n').join(`\n${indent}`);

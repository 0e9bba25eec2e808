/**
 * Checks JSON fetched in the browser before code relies on it. zod is kept out of client
 * bundles for size, so this is a deliberately small subset: each checker throws a ShapeError
 * naming the path of the first value that does not fit ("codes[3].name: expected a string").
 */

export class ShapeError extends Error {
  override name = 'ShapeError';
}

export type Checker<T> = (value: unknown, path: string) => T;

const fail = (path: string, expected: string, value: unknown): never => {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new ShapeError(`${path || '(root)'}: expected ${expected}, got ${got}`);
};

export const string: Checker<string> = (value, path) => (typeof value === 'string' ? value : fail(path, 'a string', value));
export const number: Checker<number> = (value, path) => (typeof value === 'number' && Number.isFinite(value) ? value : fail(path, 'a number', value));
export const boolean: Checker<boolean> = (value, path) => (typeof value === 'boolean' ? value : fail(path, 'true or false', value));

export function oneOf<const T extends readonly string[]>(values: T): Checker<T[number]> {
  return (value, path) => ((values as readonly unknown[]).includes(value) ? (value as T[number]) : fail(path, `one of ${values.join(', ')}`, value));
}

export function arrayOf<T>(item: Checker<T>): Checker<T[]> {
  return (value, path) => (Array.isArray(value) ? value.map((v, i) => item(v, `${path}[${i}]`)) : fail(path, 'an array', value));
}

export function optional<T>(inner: Checker<T>): Checker<T | undefined> {
  return (value, path) => (value === undefined ? undefined : inner(value, path));
}

export function nullable<T>(inner: Checker<T>): Checker<T | null> {
  return (value, path) => (value === null ? null : inner(value, path));
}

/** An object with at least these keys; other keys pass through unchecked (the JSON may grow). */
export function object<T extends object>(fields: { [K in keyof T]-?: Checker<T[K]> }): Checker<T> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'an object', value);
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = { ...record };
    for (const key of Object.keys(fields) as (keyof T & string)[]) out[key] = fields[key](record[key], path ? `${path}.${key}` : key);
    return out as T;
  };
}

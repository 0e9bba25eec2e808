import { execFileSync } from 'node:child_process';
import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { libraries } from '../../src/data/constants';
import { requireCode } from '../../src/data/queries';

const library = (id: string) => {
  const found = libraries.find((lib) => lib.id === id);
  if (!found) throw new Error(`no constants table with id "${id}"`);
  return found;
};

/** number -> names, from a table keyed by slug. */
const byNumber = (id: string) =>
  new Map(Object.entries(library(id).constants).map(([slug, names]) => [requireCode(slug).code, names.map((n) => n.id)]));

describe('the constants tables', () => {
  it('cover at least ten ecosystems', () => {
    expect(libraries.length).toBeGreaterThanOrEqual(10);
  });

  it('never give one number two different entries in the same library', () => {
    for (const lib of libraries) {
      const numbers = Object.keys(lib.constants).map((slug) => requireCode(slug).code);
      expect(new Set(numbers).size, lib.id).toBe(numbers.length);
    }
  });
});

describe("Node.js http.STATUS_CODES, checked against this process's runtime", () => {
  const table = byNumber('node');
  it.each(Object.entries(STATUS_CODES))('%s is recorded as "%s"', (code, phrase) => {
    expect(table.get(Number(code))?.[0]).toBe(phrase);
  });
  it('records nothing the runtime does not define', () => {
    for (const code of table.keys()) expect(STATUS_CODES[code], String(code)).toBeDefined();
  });
});

/** HTTPStatus members of the local python3, aliases included; undefined when python3 is missing. */
function pythonMembers(): Map<string, number> | undefined {
  try {
    const out = execFileSync('python3', ['-c', 'import http, json; print(json.dumps({k: int(v) for k, v in http.HTTPStatus.__members__.items()}))'], {
      encoding: 'utf8',
    });
    return new Map(Object.entries(JSON.parse(out) as Record<string, number>));
  } catch {
    return undefined;
  }
}

const python = pythonMembers();
if (!python) console.warn('python3 not found: skipped the check of Python http.HTTPStatus constants against a runtime');

describe.skipIf(!python)("Python http.HTTPStatus, checked against the local python3's runtime", () => {
  const members = python ?? new Map<string, number>();
  const table = byNumber('python');
  it('records the first name of every code with the number Python gives it', () => {
    for (const [code, names] of table) expect(members.get(names[0]!), `${code} ${names[0]}`).toBe(code);
  });
  it('records every code Python defines', () => {
    for (const code of new Set(members.values())) expect(table.has(code), String(code)).toBe(true);
  });
  it('marks names this Python lacks with the version that added them', () => {
    const lib = library('python');
    for (const [slug, names] of Object.entries(lib.constants))
      for (const name of names.slice(1))
        if (members.has(name.id)) expect(members.get(name.id), name.id).toBe(requireCode(slug).code);
        else expect(name.note, `${name.id} is missing here and its note names no version`).toMatch(/3\.\d+/);
  });
});

/**
 * What a response must be for the code's page to be right: the status, the phrase where the
 * stack can set one, the header fields the snippet promises (from the entry's data), the body
 * rules, and a Date from the server's own clock.
 */
import type { CodeEntry } from '../../src/data/codes';
import { forbidsContent } from '../../src/lib/status-class';
import { phraseToSet, snippetHeaders } from '../../src/snippets/rules';
import type { Exchange } from './curl';

/** Stacks that can put any phrase on the status line, and the library whose phrase table they use. */
export const phraseTables: Record<string, string> = {
  express: 'node',
  'node-http': 'node',
  fastify: 'node',
  nextjs: 'node',
  flask: 'python',
  django: 'python',
  php: 'symfony',
  laravel: 'symfony',
};

/** Server configurations rather than application code. */
export const configStacks = new Set(['nginx', 'apache']);

const header = (response: Exchange, name: string) => response.headers.filter(([key]) => key === name.toLowerCase()).map(([, value]) => value);

export function problems(entry: CodeEntry, stack: string, response: Exchange, now = Date.now()): string[] {
  const found: string[] = [];
  if (response.status !== entry.code) found.push(`status ${response.status}, expected ${entry.code}`);
  if (response.quietStatus !== String(entry.code)) found.push(`the status-only curl printed ${response.quietStatus}`);

  const library = phraseTables[stack];
  const phrase = library && phraseToSet(entry, library);
  if (phrase && response.reason !== phrase) found.push(`reason phrase "${response.reason}", expected "${phrase}"`);

  for (const [name, value] of snippetHeaders(entry)) {
    const values = header(response, name);
    // A server's own recipe (nginx, Apache) chooses its values (Basic, an absolute Location): the field must be there.
    if (configStacks.has(stack) ? values.length === 0 : !values.includes(value)) found.push(`${name}: got ${JSON.stringify(values)}, expected "${value}"`);
  }

  const dates = header(response, 'date');
  if (dates.length !== 1) found.push(`${dates.length} Date fields, expected one`);
  else {
    const date = Date.parse(dates[0]!);
    if (Number.isNaN(date) || Math.abs(date - now) > 60_000) found.push(`Date "${dates[0]}" is not the server's clock (now ${new Date(now).toUTCString()})`);
  }

  const length = header(response, 'content-length');
  if (forbidsContent(entry.code)) {
    if (response.body.length > 0) found.push(`a ${entry.code} must have no body; got ${response.body.length} bytes`);
  } else if (length.length > 0 && Number(length[0]) !== response.body.length)
    found.push(`Content-Length ${length[0]} but the body has ${response.body.length} bytes`);

  const type = header(response, 'content-type')[0] ?? '';
  if (/json/i.test(type) && response.body.length > 0) {
    try {
      JSON.parse(response.body.toString('utf8'));
    } catch {
      found.push(`Content-Type ${type} but the body is not JSON: ${response.body.toString().slice(0, 120)}`);
    }
  }

  for (const range of header(response, 'content-range')) {
    const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(range);
    if (match && response.status === 206) {
      const expected = Number(match[2]) - Number(match[1]) + 1;
      if (response.body.length !== expected) found.push(`Content-Range ${range} promises ${expected} bytes; the body has ${response.body.length}`);
    }
  }
  return found;
}

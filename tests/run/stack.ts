/** One describe block per stack: start its servers once, send every code's request, check every answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesFor, type Case } from './cases';
import { exchange, variantExchange, type Exchange } from './curl';
import { problems, variants } from './expectations';
import { PORT_FIRST, PORT_LAST, skipNote, stopAll, type Server } from './harness';

export interface Served {
  servers: Server[];
  /** The port the i-th case answers on. */
  portOf: (index: number) => number;
}

/**
 * @param missing the toolchain the stack needs and does not find, or undefined when it can run.
 * @param serve starts the stack's server(s) for the cases, each snippet changed only in its port and host.
 */
export function describeStack(
  stack: string,
  missing: string | undefined,
  serve: (cases: Case[], ports: number[]) => Promise<Served>,
  startTimeoutMs = 180_000,
  /** How to send a code's request when one request is not enough (a rate limit). */
  sendFor: Record<number, (send: () => Promise<Exchange>, port: number, entry: Case['entry']) => Promise<Exchange>> = {},
): void {
  // SNIPPET_STACKS=express,flask runs only those stacks (for working on one).
  const only = process.env.SNIPPET_STACKS?.split(',');
  if (only && !only.includes(stack)) return;
  const cases = casesFor(stack);
  if (missing) skipNote(stack, missing);
  const ports = cases.map((_, i) => PORT_FIRST + i);
  if (ports.length > 0 && ports.at(-1)! > PORT_LAST - 5) throw new Error(`${stack}: ${cases.length} codes do not fit the port range; serve them in batches`);

  describe.skipIf(missing !== undefined)(`${stack}: every "Return it" snippet, served and requested with the page's curl`, () => {
    let served: Served | undefined;
    beforeAll(async () => {
      served = await serve(cases, ports);
    }, startTimeoutMs);
    afterAll(async () => {
      if (served) await stopAll(served.servers);
    }, 30_000);

    it('covers codes', () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((c, i) => [c.entry.slug, c, i] as const))('%s', async (_slug, c, i) => {
      expect(served, 'the servers did not start').toBeDefined();
      const send = () => exchange(c.entry, served!.portOf(i));
      const response = await (sendFor[c.entry.code]?.(send, served!.portOf(i), c.entry) ?? send());
      expect(problems(c.entry, stack, response)).toEqual([]);
    });

    // The same route asked without the validator or the range that earns the code, or (416) with one that fits.
    const variantCases = cases.flatMap((c, i) => variants(c.entry, stack).map((v) => [c.entry.slug, v.what, c, i, v] as const));
    it.each(variantCases)('%s, with %s, gets the answer that request asks for', async (_slug, _what, c, i, v) => {
      expect(served, 'the servers did not start').toBeDefined();
      const response = await variantExchange(c.entry, served!.portOf(i), v.field, v.value);
      expect(v.check(response)).toEqual([]);
    });
  });
}

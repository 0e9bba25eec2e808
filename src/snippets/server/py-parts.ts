import type { CodeEntry } from '../../data/codes';
import { pyDict } from '../format';
import { conditional, ranged, snippetPayload, type Conditional, type Payload, type Ranged } from '../rules';

/** The payload as a Python expression (a dict literal or a str), and the headers it needs. */
export function pyPayload(entry: CodeEntry, depth: number): { payload: Payload; value?: string; headers: [string, string][] } {
  const payload = snippetPayload(entry);
  if (payload.kind === 'json') return { payload, value: pyDict(payload.fields, depth), headers: [] };
  if (payload.kind === 'text') return { payload, value: JSON.stringify(payload.text), headers: [['Content-Type', payload.contentType]] };
  return { payload, headers: [] };
}

/** Methods Flask and FastAPI have a decorator for (@app.get ...). */
export const decoratorMethods = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * How a Python stack reads a request field and answers, so the conditional (304) and range
 * (206, 416) views are written once. `send` returns a return statement.
 */
export interface PyStack {
  get: (name: string) => string;
  send: (status: number, headers: string, body?: string) => string;
}

/** A Python literal for an entity tag: single quotes keep its double quotes readable. */
export const pyTag = (tag: string) => (/['\\]/.test(tag) ? JSON.stringify(tag) : `'${tag}'`);

export function pyConditionalConsts(plan: Conditional): string {
  return `ETAG = ${pyTag(plan.etag)}`;
}

export function pyConditionalLines(plan: Conditional, stack: PyStack): string[] {
  const headers = `{"ETag": ETAG${plan.headers.slice(1).map(([name, value]) => `, ${JSON.stringify(name)}: ${JSON.stringify(value)}`).join('')}}`;
  return [
    `headers = ${headers}`,
    '# If-None-Match lists the versions the client holds ("*": any); W/ tags compare by value',
    `held = [tag.strip().removeprefix("W/") for tag in (${stack.get('If-None-Match')} or "").split(",")]`,
    'if ETAG in held or "*" in held:',
    `    ${stack.send(304, 'headers')}`,
    stack.send(200, `{**headers, "Content-Type": ${JSON.stringify(plan.contentType)}}`, JSON.stringify(plan.body)),
  ];
}

export function pyRangedConsts(plan: Ranged): string {
  return [
    `# Stands in for the file this route serves: ${plan.size.toLocaleString('en-US')} bytes`,
    `FILE = (${bytesLiteral(plan.line)} * ${plan.copies})[:${plan.size}]`,
    ...(plan.etag ? [`ETAG = ${pyTag(plan.etag)}`] : []),
  ].join('\n');
}

const bytesLiteral = (text: string) => `b${JSON.stringify(text)}`;

export function pyRangedLines(plan: Ranged, stack: PyStack): string[] {
  const headers = `{"Accept-Ranges": "bytes", ${plan.etag ? '"ETag": ETAG, ' : ''}"Content-Type": ${JSON.stringify(plan.contentType)}}`;
  const range = plan.etag
    ? [
        '# Range counts only while If-Range, when sent, still names this version',
        `if_range = ${stack.get('If-Range')}`,
        `wanted = (${stack.get('Range')} or "") if if_range in (None, ETAG) else ""`,
      ]
    : [`wanted = ${stack.get('Range')} or ""`];
  return [
    `headers = ${headers}`,
    ...range,
    '# One range, "bytes=first-" or "bytes=first-last"; any other Range gets the whole file',
    'match = re.fullmatch(r"bytes=(\\d+)-(\\d*)", wanted)',
    'if match:',
    '    first = int(match[1])',
    '    last = min(int(match[2] or len(FILE) - 1), len(FILE) - 1)',
    '    if first >= len(FILE):',
    `        ${stack.send(416, '{"Content-Range": f"bytes */{len(FILE)}"}')}`,
    '    if first <= last:',
    `        ${stack.send(206, '{**headers, "Content-Range": f"bytes {first}-{last}/{len(FILE)}"}', 'FILE[first : last + 1]')}`,
    stack.send(200, 'headers', 'FILE'),
  ];
}

/** The code a 304, 206 or 416 route needs (constants, handler lines, and whether it parses Range), or undefined for any other code (rules.ts). */
export function pyValidatorParts(entry: CodeEntry, stack: PyStack): { consts: string; lines: string[]; ranges: boolean } | undefined {
  const plan304 = conditional(entry);
  if (plan304) return { consts: pyConditionalConsts(plan304), lines: pyConditionalLines(plan304, stack), ranges: false };
  const plan = ranged(entry);
  return plan ? { consts: pyRangedConsts(plan), lines: pyRangedLines(plan, stack), ranges: true } : undefined;
}

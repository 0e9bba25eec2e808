import type { CodeEntry } from '../../data/codes';
import { jsObject, jsString } from '../format';
import { conditional, ranged, snippetPayload, type Conditional, type Payload, type Ranged } from '../rules';

/** Shared by the JavaScript generators: the payload as a JS expression, and the headers it needs. */
export function jsPayload(entry: CodeEntry, depth: number): { payload: Payload; value?: string; headers: [string, string][] } {
  const payload = snippetPayload(entry);
  if (payload.kind === 'json') return { payload, value: jsObject(payload.fields, depth), headers: [] };
  if (payload.kind === 'text') return { payload, value: jsString(payload.text), headers: [['Content-Type', payload.contentType]] };
  return { payload, headers: [] };
}

/** Why a phrase is set, said once where the snippet sets it. */
export const phraseComment = (library: string) => `// ${library} has no reason phrase for this code; without this the status line says "unknown"`;

/**
 * How a JavaScript stack reads a request field and answers, so the conditional (304) and range
 * (206, 416) handlers below are written once. `send` returns a statement that ends the handler.
 */
export interface JsStack {
  get: (name: string) => string;
  send: (status: number, headers: string, body?: string) => string;
  /** The stand-in file: a Buffer in Node, a string where the runtime is typed for web bodies. */
  fileExpr: (plan: Ranged) => string;
  slice: string;
}

const sizeWords = (size: number) => `${size.toLocaleString('en-US')} bytes`;

/** Top-level declarations the handlers use. */
export function jsConditionalConsts(plan: Conditional): string {
  return `const etag = ${jsString(plan.etag)};`;
}

/** The fields a 304 repeats from the 200, as an object literal using the etag constant. */
export const jsConditionalHeaders = (plan: Conditional) =>
  `{ ETag: etag${plan.headers.slice(1).map(([name, value]) => `, ${jsObject([[name, value]]).slice(2, -2)}`).join('')} }`;

export function jsConditionalLines(plan: Conditional, stack: JsStack): string[] {
  return [
    `const headers = ${jsConditionalHeaders(plan)};`,
    '// If-None-Match lists the versions the client holds ("*": any); W/ tags compare by value',
    `const held = (${stack.get('If-None-Match')} ?? '').split(',').map((tag) => tag.trim().replace(/^W\\//, ''));`,
    `if (held.includes(etag) || held.includes('*')) ${stack.send(304, 'headers')}`,
    stack.send(200, `{ ...headers, 'Content-Type': ${jsString(plan.contentType)} }`, jsString(plan.body)),
  ];
}

export function jsRangedConsts(plan: Ranged, stack: JsStack): string {
  return [`// Stands in for the file this route serves: ${sizeWords(plan.size)}`, `const file = ${stack.fileExpr(plan)};`, ...(plan.etag ? [`const etag = ${jsString(plan.etag)};`] : [])].join('\n');
}

export function jsRangedLines(plan: Ranged, stack: JsStack): string[] {
  const headers = `{ 'Accept-Ranges': 'bytes', ${plan.etag ? 'ETag: etag, ' : ''}'Content-Type': ${jsString(plan.contentType)} }`;
  const range = plan.etag
    ? [
        '// Range counts only while If-Range, when sent, still names this version',
        `const ifRange = ${stack.get('If-Range')};`,
        `const range = !ifRange || ifRange === etag ? ${stack.get('Range')} ?? '' : '';`,
      ]
    : [`const range = ${stack.get('Range')} ?? '';`];
  return [
    `const headers = ${headers};`,
    ...range,
    '// One range, "bytes=first-" or "bytes=first-last"; any other Range gets the whole file',
    'const match = /^bytes=(\\d+)-(\\d*)$/.exec(range);',
    'if (match) {',
    '  const first = Number(match[1]);',
    '  const last = Math.min(match[2] ? Number(match[2]) : Infinity, file.length - 1);',
    `  if (first >= file.length) ${stack.send(416, "{ 'Content-Range': `bytes */${file.length}` }")}`,
    `  if (first <= last) ${stack.send(206, "{ ...headers, 'Content-Range': `bytes ${first}-${last}/${file.length}` }", `file.${stack.slice}(first, last + 1)`)}`,
    '}',
    stack.send(200, 'headers', 'file'),
  ];
}

/** Node's Buffer.alloc repeats the fill text and cuts it at the size. */
export const nodeFile = (plan: Ranged) => `Buffer.alloc(${plan.size}, ${jsString(plan.line)})`;

/** The code a 304, 206 or 416 route needs (constants, then handler lines), or undefined for any other code (rules.ts). */
export function jsValidatorParts(entry: CodeEntry, stack: JsStack): { consts: string; lines: string[] } | undefined {
  const plan304 = conditional(entry);
  if (plan304) return { consts: jsConditionalConsts(plan304), lines: jsConditionalLines(plan304, stack) };
  const plan = ranged(entry);
  return plan ? { consts: jsRangedConsts(plan, stack), lines: jsRangedLines(plan, stack) } : undefined;
}

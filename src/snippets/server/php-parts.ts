import type { Ranged } from '../rules';
import { singleQuote } from '../rules';

/** How a PHP stack reads a request field and answers: plain PHP echoes and exits, Laravel returns a response. */
export interface PhpStack {
  get: (name: string) => string;
  /**
   * Lines that answer with the status, the Content-Range value (a PHP expression) and the body;
   * 206 and 200 also carry the handler's common fields, 416 only its Content-Range.
   */
  send: (code: number, contentRange?: string, body?: string) => string[];
}

const indent = (lines: string[], depth: number) => lines.map((line) => `${'    '.repeat(depth)}${line}`);

/** The file stand-in and the entity tag, as the first lines of the handler. */
export function phpRangedConsts(plan: Ranged): string[] {
  return [
    `// Stands in for the file this route serves: ${plan.size.toLocaleString('en-US')} bytes`,
    `$file = str_pad('', ${plan.size}, ${JSON.stringify(plan.line).replace(/\$/g, '\\$')});`,
    ...(plan.etag ? [`$etag = ${singleQuote(plan.etag)};`] : []),
  ];
}

/** The fields every answer of the range handler carries. */
export function phpRangedHeaders(plan: Ranged): string {
  return `['Accept-Ranges' => 'bytes', ${plan.etag ? "'ETag' => $etag, " : ''}'Content-Type' => ${singleQuote(plan.contentType)}]`;
}

/** The Range handling shared by plain PHP and Laravel (rules.ts, ranged()). */
export function phpRangedLines(plan: Ranged, stack: PhpStack): string[] {
  const range = plan.etag
    ? [
        '// Range counts only while If-Range, when sent, still names this version',
        `$range = (${stack.get('If-Range')} ?? $etag) === $etag ? (${stack.get('Range')} ?? '') : '';`,
      ]
    : [`$range = ${stack.get('Range')} ?? '';`];
  return [
    ...range,
    '// One range, "bytes=first-" or "bytes=first-last"; any other Range gets the whole file',
    "if (preg_match('/^bytes=(\\d+)-(\\d*)$/', $range, $match)) {",
    '    $first = (int) $match[1];',
    "    $last = min($match[2] === '' ? PHP_INT_MAX : (int) $match[2], strlen($file) - 1);",
    '    if ($first >= strlen($file)) {',
    ...indent(stack.send(416, "'bytes */' . strlen($file)"), 2),
    '    }',
    '    if ($first <= $last) {',
    ...indent(stack.send(206, '"bytes $first-$last/" . strlen($file)', 'substr($file, $first, $last - $first + 1)'), 2),
    '    }',
    '}',
    ...stack.send(200, undefined, '$file'),
  ];
}

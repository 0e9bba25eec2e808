import { phpArray } from '../format';
import { snippetRequest } from '../request';
import { conditional, phraseToSet, ranged, singleQuote, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';
import { phpRangedConsts, phpRangedLines, type PhpStack } from './php-parts';

const stack: PhpStack = {
  get: (name) => `$_SERVER['HTTP_${name.toUpperCase().replace(/-/g, '_')}']`,
  send: (code, contentRange, body) => [
    ...(code === 200 ? [] : [`http_response_code(${code});`]),
    // The value starts with a string literal: the field name joins it.
    ...(contentRange ? [`header(${contentRange.replace(/^(['"])/, '$1Content-Range: ')});`] : []),
    ...(body ? [`echo ${body};`] : []),
    ...(code === 200 ? [] : ['exit;']),
  ],
};

/** 304 only when If-None-Match matches; 206 and 416 only from the Range header (rules.ts). */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const { method, path } = snippetRequest(entry);
  const plan304 = conditional(entry);
  if (plan304) {
    const lines = [
      `// ${method} ${path}`,
      `$etag = ${singleQuote(plan304.etag)};`,
      "header('ETag: ' . $etag);",
      ...plan304.headers.slice(1).map(([name, value]) => `header(${singleQuote(`${name}: ${value}`)});`),
      '// If-None-Match lists the versions the client holds ("*": any); W/ tags compare by value',
      "$held = array_map(fn ($tag) => preg_replace('/^W\\//', '', trim($tag)), explode(',', $_SERVER['HTTP_IF_NONE_MATCH'] ?? ''));",
      "if (in_array($etag, $held, true) || in_array('*', $held, true)) {",
      '    http_response_code(304);',
      '    exit;',
      '}',
      `header(${singleQuote(`Content-Type: ${plan304.contentType}`)});`,
      `echo ${singleQuote(plan304.body.replace(/\n$/, ''))} . "\\n";`,
    ];
    return `<?php\n\n${lines.join('\n')}`;
  }
  const plan = ranged(entry);
  if (!plan) return undefined;
  const headers = [['Accept-Ranges', 'bytes'], ...(plan.etag ? [['ETag', '$etag']] : []), ['Content-Type', plan.contentType]];
  return [
    '<?php',
    '',
    `// ${method} ${path}`,
    ...phpRangedConsts(plan),
    ...headers.map(([name, value]) => (value === '$etag' ? `header('${name}: ' . $etag);` : `header(${singleQuote(`${name}: ${value}`)});`)),
    ...phpRangedLines(plan, stack),
  ].join('\n');
}

/**
 * Plain PHP: the status and header() calls before any output. For a code PHP has no phrase
 * for, a full status line names it (PHP turns it into the Status field under FastCGI).
 */
export const php: Generator = {
  id: 'php',
  language: 'PHP',
  framework: 'Plain PHP',
  lang: 'php',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const request = snippetRequest(entry);
    const phrase = phraseToSet(entry, 'symfony');
    const lines = [`// ${request.method} ${request.path}`];
    if (phrase) lines.push(`// PHP has no reason phrase for ${entry.code}: give it one on the status line`, `header(${singleQuote(`HTTP/1.1 ${entry.code} ${phrase}`)});`);
    else lines.push(`http_response_code(${entry.code});`);
    for (const [name, value] of snippetHeaders(entry)) lines.push(`header(${singleQuote(`${name}: ${value}`)});`);
    const payload = snippetPayload(entry);
    if (payload.kind === 'json') {
      lines.push("header('Content-Type: application/json');");
      lines.push(`echo json_encode(${phpArray(payload.fields)});`);
    }
    if (payload.kind === 'text') {
      lines.push(`header(${singleQuote(`Content-Type: ${payload.contentType}`)});`);
      lines.push(`echo ${singleQuote(payload.text.replace(/\n$/, ''))} . "\\n";`);
    }
    return `<?php\n\n${lines.join('\n')}`;
  },
};

import { phpArray } from '../format';
import { snippetRequest } from '../request';
import { phraseToSet, singleQuote, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';

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

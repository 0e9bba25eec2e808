import { phpArray } from '../format';
import { errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/** Plain PHP: http_response_code() and header() before any output. */
export const php: Generator = {
  id: 'php',
  language: 'PHP',
  framework: 'Plain PHP',
  lang: 'php',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    const lines = [`http_response_code(${entry.code});`];
    for (const [name, value] of snippetHeaders(entry)) lines.push(`header(${q(`${name}: ${value}`)});`);
    if (sendsBody(entry)) {
      lines.push("header('Content-Type: application/json');");
      lines.push(`echo json_encode(${phpArray(Object.entries(errorBody(entry)))});`);
    }
    return `<?php\n\n${lines.join('\n')}`;
  },
};

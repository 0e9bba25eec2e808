import type { CodeEntry } from '../data/codes';
import { errorBody, sendsBody, snippetHeaders } from './rules';

/** Express: res.status().set().json(), or .end() where no body is allowed. */
export function expressSnippet(entry: CodeEntry): string {
  const headers = snippetHeaders(entry);
  const set = headers.length > 0 ? `\n    .set(${JSON.stringify(Object.fromEntries(headers), null, 2).replace(/\n/g, '\n    ')})` : '';
  const send = sendsBody(entry) ? `\n    .json(${JSON.stringify(errorBody(entry), null, 2).replace(/\n/g, '\n    ')});` : '\n    .end();';
  return `// Express
app.get('/example', (req, res) => {
  res
    .status(${entry.code})${set}${send}
});`;
}

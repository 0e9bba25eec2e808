import type { CodeEntry } from '../data/codes';
import { errorBody, sendsBody, snippetHeaders } from './rules';

/** Node's built-in http module: writeHead with the status and headers, then end(). */
export function nodeHttpSnippet(entry: CodeEntry): string {
  const body = sendsBody(entry);
  const headers = Object.fromEntries([...(body ? [['Content-Type', 'application/json']] : []), ...snippetHeaders(entry)]);
  const head = Object.keys(headers).length > 0 ? `, ${JSON.stringify(headers, null, 2).replace(/\n/g, '\n  ')}` : '';
  const end = body ? `res.end(JSON.stringify(${JSON.stringify(errorBody(entry), null, 2).replace(/\n/g, '\n  ')}));` : 'res.end();';
  return `// Native http
import http from 'node:http';

http.createServer((req, res) => {
  res.writeHead(${entry.code}${head});
  ${end}
}).listen(3000);`;
}

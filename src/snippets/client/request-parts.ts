import type { CodeEntry } from '../../data/codes';
import { cString, jsString } from '../format';
import { longList, requestUrl, snippetRequest, type SnippetRequest } from '../request';

/**
 * The request as the client snippets send it: the code's shared request, without the fields
 * a client library sets or refuses (Expect and Connection: Node's fetch rejects them, and Expect
 * only makes sense with a body the client holds back), and with the body only where the method carries one.
 */
export function clientRequest(entry: CodeEntry, drop: string[] = []): SnippetRequest {
  const request = snippetRequest(entry);
  const dropped = new Set(['expect', 'connection', ...drop.map((name) => name.toLowerCase())]);
  return {
    ...request,
    headers: request.headers.filter(([name]) => !dropped.has(name.toLowerCase())),
    body: ['GET', 'HEAD'].includes(request.method) ? undefined : request.body,
  };
}

/** The cached validator a 304's request sends, so the snippet can show what it is compared with. */
export const ifNoneMatch = (request: SnippetRequest) =>
  request.headers.find(([name]) => name.toLowerCase() === 'if-none-match')?.[1] ?? '"v1"';

/**
 * For a code whose example elides a long URL (414): the client builds the same over-long URL as
 * the curl command, instead of sending the example's "[…]" placeholder. The generated code names
 * the URL with a string literal; this replaces that literal by an expression over `ids`, and
 * declares `ids` first.
 */
export function withLongUrl(code: string, entry: CodeEntry, language: 'js' | 'python' | 'go'): string {
  const list = longList(entry);
  if (!list) return code;
  const url = requestUrl(entry);
  const last = list.first + list.count - 1;
  const why = `The same list the curl command builds: ${list.first} to ${last}, comma-separated (${(list.count * 7 - 1).toLocaleString('en-US')} characters)`;
  const swap = (literal: string, expression: string) => {
    if (!code.includes(literal)) throw new Error(`${entry.slug}: the ${language} client does not name its URL as ${literal}`);
    return code.split(literal).join(expression);
  };
  if (language === 'js') {
    const body = swap(jsString(url), `\`${list.prefix}\${ids}\``);
    const declaration = `// ${why}\nconst ids = Array.from({ length: ${list.count} }, (_, i) => ${list.first} + i).join(',');\n`;
    return body.replace(/^((?:import [^\n]*\n+)*)/, `$1${declaration}`);
  }
  if (language === 'python') {
    const body = swap(JSON.stringify(url), `f${JSON.stringify(`${list.prefix}{ids}`)}`);
    return body.replace(/\n\nresponse = /, `\n\n# ${why}\nids = ",".join(str(n) for n in range(${list.first}, ${last + 1}))\nresponse = `);
  }
  const body = swap(cString(url), `${cString(list.prefix)}+strings.Join(ids, ",")`);
  return body.replace(
    /func main\(\) \{\n/,
    `func main() {\n\t// ${why}\n\tids := make([]string, ${list.count})\n\tfor i := range ids {\n\t\tids[i] = strconv.Itoa(${list.first} + i)\n\t}\n`,
  );
}

/** RFC 9110 section 9.2.2: PUT, DELETE and the safe methods. Only these may be retried as they are. */
export const idempotentMethods = ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE'];

export const isIdempotent = (method: string) => idempotentMethods.includes(method.toUpperCase());

/** Said where a retry helper would resend a request whose method is not idempotent. */
export const notRetriedNote = (method: string, comment: '//' | '#') =>
  `${comment} ${method} is not idempotent: sent twice, it may act twice, so the helper does not resend it.\n${comment} Retry it only with an idempotency key your server honours.`;

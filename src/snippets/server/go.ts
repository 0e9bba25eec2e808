import type { CodeEntry } from '../../data/codes';
import { getCode } from '../../data/queries';
import { cString } from '../format';
import { snippetRequest } from '../request';
import { conditional, constantOf, ranged, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';
import { earlyHintLinks, finalAfter, standInMs, standInPage } from './interim';

const program = (imports: string[], handler: string, path = '/example', decls = '') => `package main

import (
${imports.map((name) => `\t"${name}"`).join('\n')}
)
${decls ? `\n${decls}\n` : ''}
func example(w http.ResponseWriter, r *http.Request) {
${handler}
}

func main() {
\thttp.HandleFunc(${cString(path)}, example)
\thttp.ListenAndServe(":3000", nil)
}`;

const setHeaders = (headers: [string, string][]) => headers.map(([name, value]) => `\tw.Header().Set(${cString(name)}, ${cString(value)})`);

/**
 * Interim responses on the code's request: Go sends 100 Continue itself; since Go 1.19
 * WriteHeader can send other 1xx codes before the final one. A sleep stands in for the work the
 * interim response announces (interim.ts).
 */
function interim(entry: CodeEntry): string | undefined {
  const { method, path } = snippetRequest(entry);
  const route = `\t// ${method} ${path}`;
  const final = (code: number) => {
    const finalEntry = getCode(String(code));
    return (finalEntry && constantOf(finalEntry, 'go')) ?? String(code);
  };
  if (entry.code === 103)
    return program(
      ['net/http'],
      [
        route,
        '\t// Sent at once; the browser can start fetching these while the page is generated.',
        ...earlyHintLinks(entry).map((link) => `\tw.Header().Add("Link", ${cString(link)})`),
        '\tw.WriteHeader(http.StatusEarlyHints)',
        '',
        '\tw.Header().Set("Content-Type", "text/html; charset=utf-8")',
        '\tw.WriteHeader(http.StatusOK)',
        `\tw.Write([]byte(${cString(standInPage(entry))}))`,
      ].join('\n'),
      path,
    );
  if (entry.code === 101) return undefined; // switching protocols needs http.Hijacker; use a WebSocket library
  if (entry.code === 100)
    return program(
      ['io', 'net/http'],
      [
        route,
        '\t// Go sends "100 Continue" by itself the first time the handler reads a body',
        '\t// whose request carried "Expect: 100-continue". Refuse first to skip the upload.',
        '\tif r.ContentLength > 10<<20 {',
        '\t\tw.WriteHeader(http.StatusRequestEntityTooLarge)',
        '\t\treturn',
        '\t}',
        '\tio.Copy(io.Discard, r.Body) // triggers 100 Continue, then reads the body',
        `\tw.WriteHeader(${final(finalAfter[100]!)})`,
      ].join('\n'),
      path,
    );
  return program(
    ['net/http', 'time'],
    [
      route,
      ...setHeaders(snippetHeaders(entry)),
      `\tw.WriteHeader(${constantOf(entry, 'go') ?? entry.code}) // interim: the final response follows`,
      '',
      `\ttime.Sleep(${standInMs / 1000} * time.Second) // stands in for the work the interim response announced`,
      `\tw.WriteHeader(${final(finalAfter[entry.code] ?? 200)})`,
    ].join('\n'),
    path,
  );
}

/**
 * 304, 206 and 416 through http.ServeContent, which compares If-None-Match with the ETag set on
 * the response and serves Range (with If-Range) from an io.ReadSeeker: see rules.ts.
 */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const { method, path } = snippetRequest(entry);
  const plan304 = conditional(entry);
  if (plan304)
    return program(
      ['net/http', 'strings', 'time'],
      [
        `\t// ${method} ${path}`,
        ...setHeaders([...plan304.headers, ['Content-Type', plan304.contentType]]),
        '\t// ServeContent compares If-None-Match with the ETag: 304 Not Modified (http.StatusNotModified)',
        '\t// when it matches, 200 with the body when it does not',
        `\thttp.ServeContent(w, r, "", time.Time{}, strings.NewReader(${cString(plan304.body)}))`,
      ].join('\n'),
      path,
    );
  const plan = ranged(entry);
  if (!plan) return undefined;
  return program(
    ['bytes', 'net/http', 'time'],
    [
      `\t// ${method} ${path}`,
      ...setHeaders([...(plan.etag ? ([['ETag', plan.etag]] as [string, string][]) : []), ['Content-Type', plan.contentType]]),
      `\t// ServeContent reads Range${plan.etag ? ' and If-Range' : ''}: 206 Partial Content (http.StatusPartialContent) with the`,
      '\t// range asked for, 416 (http.StatusRequestedRangeNotSatisfiable) when it starts past the end,',
      '\t// 200 with the whole file without one',
      '\thttp.ServeContent(w, r, "", time.Time{}, bytes.NewReader(file))',
    ].join('\n'),
    path,
    `// Stands in for the file this route serves: ${plan.size.toLocaleString('en-US')} bytes\nvar file = bytes.Repeat([]byte(${cString(plan.line)}), ${plan.copies})[:${plan.size}]`,
  );
}

/**
 * Go net/http: set headers, WriteHeader with the http.Status constant (or the number), then the
 * body. Go writes the reason phrase from http.StatusText, or none for a code it does not know.
 */
export const goNetHttp: Generator = {
  id: 'go',
  language: 'Go',
  framework: 'net/http',
  lang: 'go',
  generate(entry) {
    if (entry.code < 200) return interim(entry);
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const request = snippetRequest(entry);
    const status = constantOf(entry, 'go') ?? String(entry.code);
    const payload = snippetPayload(entry);
    const lines = [`\t// ${request.method} ${request.path}`, ...setHeaders(snippetHeaders(entry))];
    if (payload.kind === 'json') lines.push('\tw.Header().Set("Content-Type", "application/json")');
    if (payload.kind === 'text') lines.push(`\tw.Header().Set("Content-Type", ${cString(payload.contentType)})`);
    lines.push(`\tw.WriteHeader(${status})`);
    if (payload.kind === 'json') {
      const width = Math.max(...payload.fields.map(([key]) => key.length)) + 3;
      lines.push('\tjson.NewEncoder(w).Encode(map[string]string{', ...payload.fields.map(([key, value]) => `\t\t${`${cString(key)}:`.padEnd(width)} ${cString(value)},`), '\t})');
    }
    if (payload.kind === 'text') lines.push(`\tio.WriteString(w, ${cString(payload.text)})`);
    const imports = payload.kind === 'json' ? ['encoding/json', 'net/http'] : payload.kind === 'text' ? ['io', 'net/http'] : ['net/http'];
    return program(imports, lines.join('\n'), request.path);
  },
};

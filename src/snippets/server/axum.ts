import { cString } from '../format';
import { snippetRequest } from '../request';
import { conditional, constantOf, ranged, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';

const program = (consts: string[], handler: string[], path: string) => `use axum::{http::{HeaderMap, StatusCode}, response::{IntoResponse, Response}, routing::get, Router};

${consts.join('\n')}

async fn example(headers: HeaderMap) -> Response {
    ${handler.join('\n    ')}
}

#[tokio::main]
async fn main() {
    let app = Router::new().route(${cString(path)}, get(example));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}`;

/** 304 only when If-None-Match matches; 206 and 416 only from the Range header (rules.ts). */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const { path } = snippetRequest(entry);
  const plan304 = conditional(entry);
  const field = (name: string) => `headers.get(${cString(name)}).and_then(|value| value.to_str().ok())`;
  if (plan304) {
    const fields = plan304.headers.map(([name, value]) => (name.toLowerCase() === 'etag' ? '("etag", ETAG)' : `(${cString(name.toLowerCase())}, ${cString(value)})`));
    return program(
      [`const ETAG: &str = ${cString(plan304.etag)};`],
      [
        `let cache = [${fields.join(', ')}];`,
        '// If-None-Match lists the versions the client holds ("*": any); W/ tags compare by value',
        `let held = ${field('if-none-match')}.unwrap_or("");`,
        'if held.split(\',\').map(|tag| tag.trim().trim_start_matches("W/")).any(|tag| tag == ETAG || tag == "*") {',
        '    return (StatusCode::NOT_MODIFIED, cache).into_response();',
        '}',
        `(cache, [("content-type", ${cString(plan304.contentType)})], ${cString(plan304.body)}).into_response()`,
      ],
      path,
    );
  }
  const plan = ranged(entry);
  if (!plan) return undefined;
  const fields = [['accept-ranges', '"bytes"'], ...(plan.etag ? [['etag', 'ETAG']] : []), ['content-type', cString(plan.contentType)]];
  return program(
    [
      `// Stands in for the file this route serves: ${plan.size.toLocaleString('en-US')} bytes`,
      `const LINE: &str = ${cString(plan.line)};`,
      `const SIZE: usize = ${plan.size};`,
      ...(plan.etag ? [`const ETAG: &str = ${cString(plan.etag)};`] : []),
    ],
    [
      'let data = LINE.repeat(SIZE / LINE.len() + 1).into_bytes();',
      'let file = &data[..SIZE];',
      `let fields = [${fields.map(([name, value]) => `(${cString(name!)}, ${value})`).join(', ')}];`,
      ...(plan.etag
        ? [
            '// Range counts only while If-Range, when sent, still names this version',
            `let range = match ${field('if-range')} {`,
            `    None | Some(ETAG) => ${field('range')}.unwrap_or(""),`,
            '    Some(_) => "",',
            '};',
          ]
        : [`let range = ${field('range')}.unwrap_or("");`]),
      '// One range, "bytes=first-" or "bytes=first-last"; any other Range gets the whole file',
      'if let Some((first, last)) = range.strip_prefix("bytes=").and_then(|spec| spec.split_once(\'-\')) {',
      '    let last = if last.is_empty() { Ok(SIZE - 1) } else { last.parse::<usize>() };',
      '    if let (Ok(first), Ok(last)) = (first.parse::<usize>(), last) {',
      '        let last = last.min(SIZE - 1);',
      '        if first >= SIZE {',
      '            return (StatusCode::RANGE_NOT_SATISFIABLE, [("content-range", format!("bytes */{SIZE}"))]).into_response();',
      '        }',
      '        if first <= last {',
      '            let content_range = [("content-range", format!("bytes {first}-{last}/{SIZE}"))];',
      '            return (StatusCode::PARTIAL_CONTENT, fields, content_range, file[first..=last].to_vec()).into_response();',
      '        }',
      '    }',
      '}',
      '(fields, file.to_vec()).into_response()',
    ],
    path,
  );
}

/** Rust axum 0.7: a handler returning (StatusCode, headers, body); StatusCode::from_u16 for codes without a constant. */
export const axum: Generator = {
  id: 'axum',
  language: 'Rust',
  framework: 'axum',
  lang: 'rust',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const status = constantOf(entry, 'rust') ?? `StatusCode::from_u16(${entry.code}).unwrap()`;
    const request = snippetRequest(entry);
    const payload = snippetPayload(entry);
    const headers = [...snippetHeaders(entry), ...(payload.kind === 'text' ? ([['Content-Type', payload.contentType]] as [string, string][]) : [])];
    const body = payload.kind === 'json';
    const routing = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE'].includes(request.method) ? request.method.toLowerCase() : undefined;
    const parts = [`        ${status},`];
    if (headers.length > 0)
      parts.push(`        [${headers.map(([name, value]) => `(${cString(name.toLowerCase())}, ${cString(value)})`).join(', ')}],`);
    if (payload.kind === 'json')
      parts.push(`        Json(json!({\n${payload.fields.map(([key, value]) => `            ${cString(key)}: ${cString(value)},`).join('\n')}\n        })),`);
    if (payload.kind === 'text') parts.push(`        ${cString(payload.text)},`);
    const uses = body
      ? `use axum::{http::StatusCode, response::IntoResponse, routing::${routing ?? 'any'}, Json, Router};\nuse serde_json::json;`
      : `use axum::{http::StatusCode, response::IntoResponse, routing::${routing ?? 'any'}, Router};`;
    const route = routing
      ? `${routing}(example)`
      : `any(example)`; // axum's MethodFilter names only the standard methods
    // A bare StatusCode is a response; with headers or a body the parts form a tuple.
    const response = parts.length === 1 ? `    ${status}` : `    (\n${parts.join('\n')}\n    )`;
    return `${uses}

async fn example() -> impl IntoResponse {
${response}
}

#[tokio::main]
async fn main() {
    ${routing ? '' : `// ${request.method} has no MethodFilter: any() takes every method\n    `}let app = Router::new().route(${cString(request.path)}, ${route});
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}`;
  },
};

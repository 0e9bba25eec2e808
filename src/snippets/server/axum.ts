import { cString } from '../format';
import { snippetRequest } from '../request';
import { constantOf, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';

/** Rust axum 0.7: a handler returning (StatusCode, headers, body); StatusCode::from_u16 for codes without a constant. */
export const axum: Generator = {
  id: 'axum',
  language: 'Rust',
  framework: 'axum',
  lang: 'rust',
  generate(entry) {
    if (entry.code < 200) return undefined;
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

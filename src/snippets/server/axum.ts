import { cString } from '../format';
import { constantOf, errorBody, sendsBody, snippetHeaders } from '../rules';
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
    const headers = snippetHeaders(entry);
    const body = sendsBody(entry);
    const parts = [`        ${status},`];
    if (headers.length > 0)
      parts.push(`        [${headers.map(([name, value]) => `(${cString(name.toLowerCase())}, ${cString(value)})`).join(', ')}],`);
    if (body) {
      const { error, message } = errorBody(entry);
      parts.push(`        Json(json!({\n            "error": ${cString(error)},\n            "message": ${cString(message)},\n        })),`);
    }
    const uses = body
      ? 'use axum::{http::StatusCode, response::IntoResponse, routing::get, Json, Router};\nuse serde_json::json;'
      : 'use axum::{http::StatusCode, response::IntoResponse, routing::get, Router};';
    // A bare StatusCode is a response; with headers or a body the parts form a tuple.
    const response = parts.length === 1 ? `    ${status}` : `    (\n${parts.join('\n')}\n    )`;
    return `${uses}

async fn example() -> impl IntoResponse {
${response}
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/example", get(example));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}`;
  },
};

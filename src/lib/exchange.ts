import type { CodeEntry } from '../data/codes';
import { displayNumber } from '../data/queries';

/** The request of an entry's example as it would travel over HTTP/1.1 (or as HTTP/2 pseudo-notation). */
export function formatRequest(entry: CodeEntry): string {
  const { request } = entry.example;
  const lines = [`${request.method} ${request.target} HTTP/${request.httpVersion}`];
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  return request.body === undefined ? lines.join('\n') : `${lines.join('\n')}\n\n${request.body}`;
}

/** The status line: HTTP/1.1 carries a reason phrase, HTTP/2 has none (RFC 9113 §8.3.2). */
export function statusLine(entry: CodeEntry): string {
  const response = entry.example.response;
  const version = response?.httpVersion ?? '1.1';
  const number = displayNumber(response?.status ?? entry.code);
  if (version === '2') return `HTTP/2 ${number}`;
  return `HTTP/${version} ${number} ${response?.reason ?? entry.name}`;
}

/** The example response as raw text, or undefined for codes that are never sent (they have a log line). */
export function formatResponse(entry: CodeEntry): string | undefined {
  const response = entry.example.response;
  if (!response) return undefined;
  const lines = [statusLine(entry)];
  for (const [name, value] of response.headers) lines.push(`${name}: ${value}`);
  return response.body === undefined ? lines.join('\n') : `${lines.join('\n')}\n\n${response.body}`;
}

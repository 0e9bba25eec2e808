import type { CodeEntry } from '../../data/codes';
import { displayNumber } from '../../lib/status-class';
import { jsObject, jsString, nested } from '../format';
import type { SnippetRequest } from '../request';
import { clientRequest, idempotentMethods, ifNoneMatch, isIdempotent, notRetriedNote, withLongUrl } from './request-parts';
import type { Generator } from '../types';
import { clientStrategy, exampleUrl, respondsWithJson, type ClientStrategy } from './strategy';

const retryAfterHelper = `// Retry-After is either a number of seconds or an HTTP date (RFC 9110 section 10.2.3).
function retryAfterMs(response) {
  const value = response.headers.get('Retry-After');
  if (value === null) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds * 1000 : Math.max(0, Date.parse(value) - Date.now());
}`;

/** 207's body is XML, and says so where the snippet reads it. */
export const multistatusNote = (comment: string) =>
  `${comment} The body is a multistatus XML document (RFC 4918 section 13), not JSON: one response\n${comment} per resource, each with its own status. Browsers parse it with DOMParser.\n`;

const sleep = 'const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));';

const idempotent = `// Only idempotent methods are resent as they are (RFC 9110 section 9.2.2)
const idempotent = [${idempotentMethods.map((method) => jsString(method)).join(', ')}];`;

/** The call of a retry helper, and why it will not resend a request that is not idempotent. */
const retryCall = (helper: string, request: SnippetRequest, url: string) =>
  `${isIdempotent(request.method) ? '' : `${notRetriedNote(request.method, '//')}\n`}const response = await ${helper}(${jsString(url)}, ${init(request).replace(/^, /, '') || '{}'});`;

/** fetch's second argument for the request, or nothing for a bare GET. */
function init(request: SnippetRequest, extra: string[] = []): string {
  const parts: string[] = [];
  if (request.method !== 'GET') parts.push(`method: ${jsString(request.method)}`);
  if (request.headers.length > 0) parts.push(`headers: ${jsObject(request.headers, 1)}`);
  if (request.body !== undefined) parts.push(`body: ${jsString(request.body)}`);
  parts.push(...extra);
  if (parts.length === 0) return '';
  const oneLine = `{ ${parts.join(', ')} }`;
  return oneLine.length <= 70 && !oneLine.includes('\n') ? `, ${oneLine}` : `, {\n  ${parts.join(',\n  ')},\n}`;
}

function body(strategy: ClientStrategy, entry: CodeEntry, url: string): string {
  const n = entry.code;
  const request = clientRequest(entry);
  const call = `fetch(${jsString(url)}${init(request)})`;
  switch (strategy) {
    case 'websocket':
      return `// Browsers and Node 22+ send the Upgrade request; 101 is handled inside WebSocket.
const socket = new WebSocket(${jsString(url.replace(/^https/, 'wss'))});
socket.addEventListener('open', () => socket.send('hello')); // the server answered 101
socket.addEventListener('error', () => console.error('The server refused to switch protocols'));`;
    case 'read':
      return `const response = await ${call};
if (response.status === ${n}) {
${n === 207 ? multistatusNote('  //') : ''}  const data = await response.${respondsWithJson(entry) ? 'json' : 'text'}();
  console.log(data);
}`;
    case 'created':
      return `const response = await ${call};
if (response.status === 201) {
  // Location names the new resource, relative to the request URL
  const created = new URL(response.headers.get('Location'), response.url);
  console.log('Created at', created.href);
}`;
    case 'no-body':
      return `const response = await ${call};
if (response.status === ${n}) {
  // Success with no content: do not call response.json(), there is nothing to parse.
  console.log('${n}: done'${n === 205 ? ", '(and reset the form or view that sent this)'" : ''});
}`;
    case 'partial':
      return `const response = await ${call};
if (response.status === 206) {
  // Only the requested bytes: Content-Range says where they go in the whole file
  const chunk = new Uint8Array(await response.arrayBuffer());
  console.log(response.headers.get('Content-Range'), chunk.length);
} else if (response.status === 200) {
  console.log('The server ignored the Range header and sent the whole file');
}`;
    case 'redirect':
      return `// fetch follows ${n} by itself (up to 20 hops); response.url is where it ended.
const response = await ${call};
console.log(response.redirected, response.url);

// To see the ${n} itself, stop following. In Node you get the status and Location;
// browsers only expose an opaque "opaqueredirect" response with status 0.
const first = await fetch(${jsString(url)}${init(request, ["redirect: 'manual'"])});
console.log(first.status, first.headers.get('Location'));`;
    case 'not-modified': {
      const etag = ifNoneMatch(request);
      const others = request.headers.filter(([name]) => name.toLowerCase() !== 'if-none-match');
      return `// Browsers revalidate through their HTTP cache and show you a 200; in Node, do it yourself.
// The copy saved from an earlier 200, with its ETag:
let cached = { etag: ${jsString(etag)}, body: 'the saved body' };

const response = await fetch(${jsString(url)}, {
  headers: ${jsObject([...others, ['If-None-Match', '__ETAG__']], 1).replace("'__ETAG__'", 'cached.etag')},
});
if (response.status === 304) {
  console.log('Not modified: reuse the saved copy', cached.body);
} else if (response.ok) {
  cached = { etag: response.headers.get('ETag'), body: await response.text() };
}`;
    }
    case 'reauth': {
      const others = clientRequest(entry, ['authorization']);
      const extra = others.headers.length > 0 ? `, ...${jsObject(others.headers, 2)}` : '';
      return `// You supply these two: the stored access token, and a new one from your auth server.
async function getToken() { return 'stored-access-token'; }
async function refreshToken() { return 'new-access-token'; }

async function fetchWithAuth(url) {
  const send = (token) => fetch(url, { headers: { Authorization: \`Bearer \${token}\`${extra} } });
  let response = await send(await getToken());
  if (response.status === 401) {
    // Read the challenge, get fresh credentials once, then try again
    console.log('401:', response.headers.get('WWW-Authenticate'));
    response = await send(await refreshToken());
  }
  return response;
}

const response = await fetchWithAuth(${jsString(url)});
console.log(response.status);`;
    }
    case 'retry-after':
      return `${retryAfterHelper}
${sleep}
${idempotent}

async function fetchWithRetry(url, options, attempts = 5) {
  const retryable = idempotent.includes((options.method ?? 'GET').toUpperCase());
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, options);
    if (response.status !== ${n} || !retryable || attempt === attempts) return response;
    // Wait as long as the server asks, or back off exponentially when it does not say
    await sleep(retryAfterMs(response) ?? 2 ** attempt * 500);
  }
}

${retryCall('fetchWithRetry', request, url)}
console.log(response.status);`;
    case 'retry-transient':
      return `${sleep}
${idempotent}

// Resends an idempotent request, with exponential backoff and jitter
async function fetchWithBackoff(url, options, attempts = 4) {
  const retryable = idempotent.includes((options.method ?? 'GET').toUpperCase());
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, options);
    if (response.status !== ${n} || !retryable || attempt === attempts) return response;
    await sleep(2 ** attempt * 250 + Math.random() * 250);
  }
}

${retryCall('fetchWithBackoff', request, url)}
console.log(response.status);`;
    case 'fail':
      return `const response = await ${call};
if (response.status === ${n}) {
  // Sending the same request again gets the same answer: report it and fix the request.
  const problem = await response.text();
  throw new Error(\`${n} from \${response.url}: \${problem}\`);
}`;
    case 'no-response':
      return `// A client never receives ${displayNumber(n)}: it sees the connection close or time out.
try {
  const response = await ${nested(`fetch(${jsString(url)}${init(request, ['signal: AbortSignal.timeout(30_000)'])})`, '  ')};
  console.log(response.status);
} catch (error) {
  // TypeError: the connection failed or was reset; TimeoutError: no answer in 30 s
  console.error(error.name, error.message);
}`;
  }
}

export const fetchClient: Generator = {
  id: 'fetch',
  language: 'JavaScript',
  framework: 'fetch',
  lang: 'js',
  generate(entry) {
    const strategy = clientStrategy(entry);
    return strategy && withLongUrl(body(strategy, entry, exampleUrl(entry)), entry, 'js');
  },
};

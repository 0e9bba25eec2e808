import type { CodeEntry } from '../../data/codes';
import { displayNumber } from '../../lib/status-class';
import { jsString } from '../format';
import type { Generator } from '../types';
import { clientStrategy, exampleUrl, respondsWithJson, type ClientStrategy } from './strategy';

const retryAfterHelper = `// Retry-After is either a number of seconds or an HTTP date (RFC 9110 section 10.2.3).
function retryAfterMs(response) {
  const value = response.headers.get('Retry-After');
  if (value === null) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds * 1000 : Math.max(0, Date.parse(value) - Date.now());
}`;

const sleep = 'const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));';

function body(strategy: ClientStrategy, entry: CodeEntry, url: string): string {
  const n = entry.code;
  switch (strategy) {
    case 'websocket':
      return `// Browsers and Node 22+ send the Upgrade request; 101 is handled inside WebSocket.
const socket = new WebSocket(${jsString(url.replace(/^https/, 'wss'))});
socket.addEventListener('open', () => socket.send('hello')); // the server answered 101
socket.addEventListener('error', () => console.error('The server refused to switch protocols'));`;
    case 'read':
      return `const response = await fetch(${jsString(url)});
if (response.status === ${n}) {
  const data = await response.${respondsWithJson(entry) ? 'json' : 'text'}();
  console.log(data);
}`;
    case 'created':
      return `const response = await fetch(${jsString(url)}, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ name: 'New item' }),
});
if (response.status === 201) {
  // Location names the new resource, relative to the request URL
  const created = new URL(response.headers.get('Location'), response.url);
  console.log('Created at', created.href);
}`;
    case 'no-body':
      return `const response = await fetch(${jsString(url)}, { method: ${jsString(entry.example.request.method)} });
if (response.status === ${n}) {
  // Success with no content: do not call response.json(), there is nothing to parse.${n === 205 ? '\n  document.querySelector(\'form\')?.reset(); // 205 asks the client to reset its view' : ''}
}`;
    case 'partial':
      return `const response = await fetch(${jsString(url)}, { headers: { Range: 'bytes=0-1023' } });
if (response.status === 206) {
  console.log(response.headers.get('Content-Range')); // e.g. "bytes 0-1023/146515"
  const chunk = new Uint8Array(await response.arrayBuffer());
} else if (response.status === 200) {
  // The server ignored the Range header and sent the whole file
}`;
    case 'redirect':
      return `// fetch follows ${n} by itself (up to 20 hops); response.url is where it ended.
const response = await fetch(${jsString(url)});
console.log(response.redirected, response.url);

// To see the ${n} itself, stop following. In Node you get the status and Location;
// browsers only expose an opaque "opaqueredirect" response with status 0.
const first = await fetch(${jsString(url)}, { redirect: 'manual' });
console.log(first.status, first.headers.get('Location'));`;
    case 'not-modified':
      return `// Browsers revalidate through their HTTP cache and show you a 200; in Node, do it yourself.
let cached = { etag: null, body: null };

const response = await fetch(${jsString(url)}, {
  headers: cached.etag ? { 'If-None-Match': cached.etag } : {},
});
if (response.status === 304) {
  console.log('Still fresh, reuse', cached.body);
} else if (response.ok) {
  cached = { etag: response.headers.get('ETag'), body: await response.text() };
}`;
    case 'reauth':
      return `async function fetchWithAuth(url, getToken, refreshToken) {
  const send = (token) => fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });
  let response = await send(await getToken());
  if (response.status === 401) {
    // Read the challenge, get fresh credentials once, then try again
    console.log(response.headers.get('WWW-Authenticate'));
    response = await send(await refreshToken());
  }
  return response;
}`;
    case 'retry-after':
      return `${retryAfterHelper}
${sleep}

async function fetchWithRetry(url, attempts = 5) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url);
    if (response.status !== ${n} || attempt === attempts) return response;
    // Wait as long as the server asks, or back off exponentially when it does not say
    await sleep(retryAfterMs(response) ?? 2 ** attempt * 500);
  }
}

const response = await fetchWithRetry(${jsString(url)});`;
    case 'retry-transient':
      return `${sleep}

// Retry only idempotent requests (GET, HEAD, PUT, DELETE), with backoff and jitter.
async function fetchWithBackoff(url, attempts = 4) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url);
    if (response.status !== ${n} || attempt === attempts) return response;
    await sleep(2 ** attempt * 250 + Math.random() * 250);
  }
}

const response = await fetchWithBackoff(${jsString(url)});`;
    case 'fail':
      return `const response = await fetch(${jsString(url)});
if (response.status === ${n}) {
  // Sending the same request again gets the same answer: report it and fix the request.
  const problem = await response.text();
  throw new Error(\`${n} from \${response.url}: \${problem}\`);
}`;
    case 'no-response':
      return `// A client never receives ${displayNumber(n)}: it sees the connection close or time out.
try {
  const response = await fetch(${jsString(url)}, { signal: AbortSignal.timeout(30_000) });
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
    return strategy && body(strategy, entry, exampleUrl(entry));
  },
};

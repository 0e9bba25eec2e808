import type { CodeEntry } from '../../data/codes';
import { jsObject, jsString, nested } from '../format';
import type { SnippetRequest } from '../request';
import { clientRequest, idempotentMethods, ifNoneMatch, isIdempotent, notRetriedNote, withLongUrl } from './request-parts';
import type { Generator } from '../types';
import { multistatusNote } from './fetch';
import { clientStrategy, exampleUrl, respondsWithJson, type ClientStrategy } from './strategy';

/** The axios call for the request: axios.get(url, config) or axios.request({ ... }). */
function call(request: SnippetRequest, url: string, extra: string[] = []): string {
  const parts: string[] = [];
  if (request.headers.length > 0) parts.push(`headers: ${jsObject(request.headers, 1)}`);
  if (request.body !== undefined) parts.push(`data: ${jsString(request.body)}`);
  parts.push(...extra);
  const config = (items: string[]) => {
    const oneLine = `{ ${items.join(', ')} }`;
    return oneLine.length <= 70 && !oneLine.includes('\n') ? oneLine : `{\n  ${items.join(',\n  ')},\n}`;
  };
  if (request.method === 'GET') return `axios.get(${jsString(url)}${parts.length > 0 ? `, ${config(parts)}` : ''})`;
  return `axios.request(${config([`method: ${jsString(request.method)}`, `url: ${jsString(url)}`, ...parts])})`;
}

/** The request as one axios config object, for the retry helpers, which read its method. */
function config(request: SnippetRequest, url: string): string {
  const parts = [`method: ${jsString(request.method.toLowerCase())}`, `url: ${jsString(url)}`];
  if (request.headers.length > 0) parts.push(`headers: ${jsObject(request.headers, 1)}`);
  if (request.body !== undefined) parts.push(`data: ${jsString(request.body)}`);
  const oneLine = `{ ${parts.join(', ')} }`;
  return oneLine.length <= 70 && !oneLine.includes('\n') ? oneLine : `{\n  ${parts.join(',\n  ')},\n}`;
}

const idempotent = `// Only idempotent methods are resent as they are (RFC 9110 section 9.2.2)
const idempotent = [${idempotentMethods.map((method) => jsString(method)).join(', ')}];`;

/** The call of a retry helper, caught so that a final error status is reported, not thrown. */
const retryCall = (helper: string, request: SnippetRequest, url: string) => `${isIdempotent(request.method) ? '' : `${notRetriedNote(request.method, '//')}\n`}try {
  const response = await ${helper}(${nested(config(request, url), '  ')});
  console.log(response.status);
} catch (error) {
  console.error(error.response?.status ?? error.message);
}`;

/** axios rejects every status outside 2xx by default; validateStatus decides which ones resolve. */
function body(strategy: ClientStrategy, entry: CodeEntry, url: string): string | undefined {
  const n = entry.code;
  const request = clientRequest(entry);
  switch (strategy) {
    case 'websocket':
      return undefined;
    case 'read':
      return `const response = await ${call(request, url, respondsWithJson(entry) ? [] : ["responseType: 'text'"])};
${n === 207 ? multistatusNote('//') : ''}if (response.status === ${n}) console.log(response.data);`;
    case 'created':
      return `const response = await ${call(request, url)};
if (response.status === 201) {
  console.log('Created at', response.headers.location);
}`;
    case 'no-body':
      return `const response = await ${call(request, url)};
if (response.status === ${n}) {
  console.log('${n}: done, and response.data is empty');
}`;
    case 'partial':
      return `const response = await ${call(request, url, ["responseType: 'arraybuffer'"])};
if (response.status === 206) {
  // Only the requested bytes: Content-Range says where they go in the whole file
  console.log(response.headers['content-range'], response.data.byteLength);
}`;
    case 'redirect':
      return `// In Node, axios follows ${n} by itself (maxRedirects, 5 by default); browsers always follow.
const response = await ${call(request, url)};
console.log(response.request.res?.responseUrl); // where it ended (Node)

// To see the ${n} itself in Node, stop following and accept 3xx:
const first = await ${call(request, url, ['maxRedirects: 0', 'validateStatus: (s) => s < 400'])};
console.log(first.status, first.headers.location);`;
    case 'not-modified': {
      const others = request.headers.filter(([name]) => name.toLowerCase() !== 'if-none-match');
      return `// The copy saved from an earlier 200, with its ETag:
let cached = { etag: ${jsString(ifNoneMatch(request))}, data: 'the saved body' };

const response = await axios.get(${jsString(url)}, {
  headers: ${jsObject([...others, ['If-None-Match', '__ETAG__']], 1).replace("'__ETAG__'", 'cached.etag')},
  validateStatus: (status) => status === 304 || (status >= 200 && status < 300),
});
if (response.status === 304) console.log('Not modified: reuse the saved copy', cached.data);
else cached = { etag: response.headers.etag, data: response.data };`;
    }
    case 'reauth': {
      const { origin } = new URL(url);
      const others = clientRequest(entry, ['authorization']);
      return `// You supply these two: the stored access token, and a new one from your auth server.
async function getToken() { return 'stored-access-token'; }
async function refreshToken() { return 'new-access-token'; }

const api = axios.create({ baseURL: ${jsString(origin)} });
api.interceptors.request.use(async (config) => {
  config.headers.Authorization ??= \`Bearer \${await getToken()}\`;
  return config;
});

// Refresh the token once on 401, then replay the original request
api.interceptors.response.use(undefined, async (error) => {
  const original = error.config;
  if (error.response?.status === 401 && !original._retried) {
    console.log('401:', error.response.headers['www-authenticate']);
    original._retried = true;
    original.headers.Authorization = \`Bearer \${await refreshToken()}\`;
    return api.request(original);
  }
  throw error;
});

try {
  const response = await api.get(${jsString(url.slice(origin.length))}${others.headers.length > 0 ? `, { headers: ${jsObject(others.headers, 1)} }` : ''});
  console.log(response.status);
} catch (error) {
  // Still 401 with a fresh token: the user has to sign in again
  console.error(error.response?.status ?? error.message);
}`;
    }
    case 'retry-after':
      return `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
${idempotent}

async function requestWithRetry(config, attempts = 5) {
  const retryable = idempotent.includes((config.method ?? 'get').toUpperCase());
  for (let attempt = 1; ; attempt++) {
    try {
      return await axios.request(config);
    } catch (error) {
      if (error.response?.status !== ${n} || !retryable || attempt === attempts) throw error;
      // Retry-After: seconds or an HTTP date
      const header = error.response.headers['retry-after'];
      const seconds = Number(header);
      const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
      await sleep(Number.isFinite(wait) && wait >= 0 ? wait : 2 ** attempt * 500);
    }
  }
}

${retryCall('requestWithRetry', request, url)}`;
    case 'retry-transient':
      return `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
${idempotent}

// Resends an idempotent request, with exponential backoff and jitter
async function requestWithBackoff(config, attempts = 4) {
  const retryable = idempotent.includes((config.method ?? 'get').toUpperCase());
  for (let attempt = 1; ; attempt++) {
    try {
      return await axios.request(config);
    } catch (error) {
      if (error.response?.status !== ${n} || !retryable || attempt === attempts) throw error;
      await sleep(2 ** attempt * 250 + Math.random() * 250);
    }
  }
}

${retryCall('requestWithBackoff', request, url)}`;
    case 'fail':
      return `try {
  await ${nested(call(request, url), '  ')};
} catch (error) {
  if (error.response?.status === ${n}) {
    // Sent again unchanged, it fails the same way: show the reason and fix the request
    console.error(error.response.data);
  }
  throw error;
}`;
    case 'no-response':
      return `try {
  await ${nested(call(request, url, ['timeout: 30_000']), '  ')};
} catch (error) {
  // No status at all: error.response is undefined; error.code says what happened
  // (ECONNRESET, ECONNABORTED for the timeout, ERR_NETWORK in browsers)
  if (!error.response) console.error(error.code, error.message);
  else throw error;
}`;
  }
}

export const axiosClient: Generator = {
  id: 'axios',
  language: 'JavaScript',
  framework: 'axios',
  lang: 'js',
  generate(entry) {
    const strategy = clientStrategy(entry);
    const code = strategy && body(strategy, entry, exampleUrl(entry));
    return code && withLongUrl(`import axios from 'axios';\n\n${code}`, entry, 'js');
  },
};

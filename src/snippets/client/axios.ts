import type { CodeEntry } from '../../data/codes';
import { jsString } from '../format';
import type { Generator } from '../types';
import { clientStrategy, exampleUrl, respondsWithJson, type ClientStrategy } from './strategy';

/** axios rejects every status outside 2xx by default; validateStatus decides which ones resolve. */
function body(strategy: ClientStrategy, entry: CodeEntry, url: string): string | undefined {
  const n = entry.code;
  const get = (options = '') => `await axios.get(${jsString(url)}${options})`;
  switch (strategy) {
    case 'websocket':
      return undefined;
    case 'read':
      return `const response = ${get(respondsWithJson(entry) ? '' : ", { responseType: 'text' }")};
if (response.status === ${n}) console.log(response.data);`;
    case 'created':
      return `const response = await axios.post(${jsString(url)}, { name: 'New item' });
if (response.status === 201) {
  console.log('Created at', response.headers.location);
}`;
    case 'no-body':
      return `const response = await axios.request({ url: ${jsString(url)}, method: ${jsString(entry.example.request.method)} });
if (response.status === ${n}) {
  // No content: response.data is an empty string
}`;
    case 'partial':
      return `const response = await axios.get(${jsString(url)}, {
  headers: { Range: 'bytes=0-1023' },
  responseType: 'arraybuffer',
});
if (response.status === 206) console.log(response.headers['content-range']);`;
    case 'redirect':
      return `// In Node, axios follows ${n} by itself (maxRedirects, 5 by default); browsers always follow.
const response = ${get()};
console.log(response.request.res?.responseUrl); // where it ended (Node)

// To see the ${n} itself in Node, stop following and accept 3xx:
const first = await axios.get(${jsString(url)}, { maxRedirects: 0, validateStatus: (s) => s < 400 });
console.log(first.status, first.headers.location);`;
    case 'not-modified':
      return `let cached = { etag: null, data: null };

const response = await axios.get(${jsString(url)}, {
  headers: cached.etag ? { 'If-None-Match': cached.etag } : {},
  validateStatus: (status) => status === 304 || (status >= 200 && status < 300),
});
if (response.status === 304) console.log('Still fresh, reuse', cached.data);
else cached = { etag: response.headers.etag, data: response.data };`;
    case 'reauth':
      return `const api = axios.create({ baseURL: ${jsString(new URL(url).origin)} });

// Refresh the token once on 401, then replay the original request
api.interceptors.response.use(undefined, async (error) => {
  const original = error.config;
  if (error.response?.status === 401 && !original._retried) {
    original._retried = true;
    original.headers.Authorization = \`Bearer \${await refreshToken()}\`;
    return api.request(original);
  }
  throw error;
});`;
    case 'retry-after':
      return `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function getWithRetry(url, attempts = 5) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await axios.get(url);
    } catch (error) {
      if (error.response?.status !== ${n} || attempt === attempts) throw error;
      // Retry-After: seconds or an HTTP date
      const header = error.response.headers['retry-after'];
      const seconds = Number(header);
      const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
      await sleep(Number.isFinite(wait) && wait > 0 ? wait : 2 ** attempt * 500);
    }
  }
}

const response = await getWithRetry(${jsString(url)});`;
    case 'retry-transient':
      return `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Retry only idempotent requests, with exponential backoff and jitter
async function getWithBackoff(url, attempts = 4) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await axios.get(url);
    } catch (error) {
      if (error.response?.status !== ${n} || attempt === attempts) throw error;
      await sleep(2 ** attempt * 250 + Math.random() * 250);
    }
  }
}

const response = await getWithBackoff(${jsString(url)});`;
    case 'fail':
      return `try {
  ${get()};
} catch (error) {
  if (error.response?.status === ${n}) {
    // Sent again unchanged, it fails the same way: show the reason and fix the request
    console.error(error.response.data);
  }
  throw error;
}`;
    case 'no-response':
      return `try {
  ${get(', { timeout: 30_000 }')};
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
    return code && `import axios from 'axios';\n\n${code}`;
  },
};

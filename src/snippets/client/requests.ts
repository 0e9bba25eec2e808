import type { CodeEntry } from '../../data/codes';
import { pyDict } from '../format';
import type { SnippetRequest } from '../request';
import { constantOf } from '../rules';
import { clientRequest, ifNoneMatch } from './request-parts';
import type { Generator } from '../types';
import { clientStrategy, exampleUrl, respondsWithJson, type ClientStrategy } from './strategy';

/** The requests call: requests.get(url, ...) or requests.request(method, url, ...), always with a timeout. */
function call(request: SnippetRequest, url: string, extra: string[] = ['timeout=10']): string {
  const args = [JSON.stringify(url)];
  if (request.headers.length > 0) args.push(`headers=${pyDict(request.headers, 1)}`);
  if (request.body !== undefined) args.push(`data=${JSON.stringify(request.body)}`);
  args.push(...extra);
  const fn = request.method === 'GET' ? 'requests.get(' : `requests.request(${JSON.stringify(request.method)}, `;
  const oneLine = `${fn}${args.join(', ')})`;
  return oneLine.length <= 79 && !oneLine.includes('\n') ? oneLine : `${fn}\n    ${args.join(',\n    ')},\n)`;
}

/** Python requests: never raises on a status by itself; response.raise_for_status() does for 4xx and 5xx. */
function body(strategy: ClientStrategy, entry: CodeEntry, url: string, status: string): string | undefined {
  const request = clientRequest(entry);
  const send = call(request, url);
  switch (strategy) {
    case 'websocket':
      return undefined;
    case 'read':
      return `response = ${send}
if response.status_code == ${status}:
    print(response.${respondsWithJson(entry) ? 'json()' : 'text'})`;
    case 'created':
      return `response = ${send}
if response.status_code == ${status}:
    # Location names the new resource, relative to the request URL
    print("Created at", urljoin(response.url, response.headers["Location"]))`;
    case 'no-body':
      return `response = ${send}
if response.status_code == ${status}:
    print("${entry.code}: done, and there is no content to parse")`;
    case 'partial':
      return `response = ${send}
if response.status_code == ${status}:
    # Only the requested bytes: Content-Range says where they go in the whole file
    print(response.headers["Content-Range"], len(response.content))`;
    case 'redirect':
      return `# requests follows ${entry.code} by itself (up to 30 hops); history holds each hop
response = ${send}
print([r.status_code for r in response.history], response.url)

# To see the ${entry.code} itself, do not follow it
first = ${call(request, url, ['allow_redirects=False', 'timeout=10'])}
print(first.status_code, first.headers.get("Location"))`;
    case 'not-modified': {
      const others = request.headers.filter(([name]) => name.toLowerCase() !== 'if-none-match');
      return `# The copy saved from an earlier 200, with its ETag
cached = {"etag": ${JSON.stringify(ifNoneMatch(request))}, "body": "the saved body"}

headers = {${others.map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}, `).join('')}"If-None-Match": cached["etag"]}
response = requests.get(${JSON.stringify(url)}, headers=headers, timeout=10)
if response.status_code == ${status}:
    print("Not modified: reuse the saved copy", cached["body"])
elif response.ok:
    cached = {"etag": response.headers.get("ETag"), "body": response.text}`;
    }
    case 'reauth': {
      const others = clientRequest(entry, ['authorization']).headers;
      const extra = others.map(([name, value]) => `, ${JSON.stringify(name)}: ${JSON.stringify(value)}`).join('');
      return `# You supply these two: the stored access token, and a new one from your auth server.
def get_token():
    return "stored-access-token"


def refresh_token():
    return "new-access-token"


def get_with_auth(url):
    response = requests.get(url, headers={"Authorization": f"Bearer {get_token()}"${extra}}, timeout=10)
    if response.status_code == ${status}:
        # Read the challenge, get fresh credentials once, then try again
        print("401:", response.headers.get("WWW-Authenticate"))
        response = requests.get(url, headers={"Authorization": f"Bearer {refresh_token()}"${extra}}, timeout=10)
    return response


response = get_with_auth(${JSON.stringify(url)})
print(response.status_code)`;
    }
    case 'retry-after':
      return `def retry_after_seconds(response):
    """Retry-After is a number of seconds or an HTTP date."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())


def send_with_retry(send, attempts=5):
    for attempt in range(1, attempts + 1):
        response = send()
        if response.status_code != ${status} or attempt == attempts:
            return response
        wait = retry_after_seconds(response)
        time.sleep(wait if wait is not None else 2**attempt * 0.5)


response = send_with_retry(lambda: ${send})
print(response.status_code)`;
    case 'retry-transient':
      return `def send_with_backoff(send, attempts=4):
    """Retry only idempotent requests, with exponential backoff and jitter."""
    for attempt in range(1, attempts + 1):
        response = send()
        if response.status_code != ${status} or attempt == attempts:
            return response
        time.sleep(2**attempt * 0.25 + random.random() * 0.25)


response = send_with_backoff(lambda: ${send})
print(response.status_code)`;
    case 'fail':
      return `response = ${send}
if response.status_code == ${status}:
    # Sent again unchanged, it gets the same answer: report it and fix the request
    print(response.text)
    response.raise_for_status()`;
    case 'no-response':
      return `try:
    response = ${call(request, url, ['timeout=30'])}
except requests.exceptions.ConnectionError as error:
    print("The connection was closed or reset without a response:", error)
except requests.exceptions.Timeout:
    print("No response within 30 seconds")`;
  }
}

/** Standard-library imports each strategy needs, so every snippet runs as pasted. */
const extraImports: Partial<Record<ClientStrategy, string[]>> = {
  created: ['from urllib.parse import urljoin'],
  'retry-after': ['import time', 'from datetime import datetime, timezone', 'from email.utils import parsedate_to_datetime'],
  'retry-transient': ['import random', 'import time'],
};

export const requestsClient: Generator = {
  id: 'requests',
  language: 'Python',
  framework: 'requests',
  lang: 'python',
  generate(entry) {
    const strategy = clientStrategy(entry);
    if (!strategy) return undefined;
    const constant = constantOf(entry, 'python');
    const code = body(strategy, entry, exampleUrl(entry), constant ?? String(entry.code));
    if (!code) return undefined;
    const usesConstant = constant !== undefined && code.includes(constant);
    const imports = [...(extraImports[strategy] ?? []), ...(usesConstant ? ['from http import HTTPStatus'] : []), '', 'import requests'];
    return `${imports.join('\n').replace(/^\n/, '')}\n\n${code}`;
  },
};

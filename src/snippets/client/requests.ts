import type { CodeEntry } from '../../data/codes';
import { constantOf } from '../rules';
import type { Generator } from '../types';
import { clientStrategy, exampleUrl, respondsWithJson, type ClientStrategy } from './strategy';

/** Python requests: never raises on a status by itself; response.raise_for_status() does for 4xx and 5xx. */
function body(strategy: ClientStrategy, entry: CodeEntry, url: string, status: string): string | undefined {
  const u = JSON.stringify(url);
  switch (strategy) {
    case 'websocket':
      return undefined;
    case 'read':
      return `response = requests.get(${u}, timeout=10)
if response.status_code == ${status}:
    print(response.${respondsWithJson(entry) ? 'json()' : 'text'})`;
    case 'created':
      return `response = requests.post(${u}, json={"name": "New item"}, timeout=10)
if response.status_code == ${status}:
    # Location names the new resource, relative to the request URL
    print("Created at", urljoin(response.url, response.headers["Location"]))`;
    case 'no-body':
      return `response = requests.request(${JSON.stringify(entry.example.request.method)}, ${u}, timeout=10)
if response.status_code == ${status}:
    pass  # success, and no content to parse`;
    case 'partial':
      return `response = requests.get(${u}, headers={"Range": "bytes=0-1023"}, timeout=10)
if response.status_code == ${status}:
    print(response.headers["Content-Range"], len(response.content))`;
    case 'redirect':
      return `# requests follows ${entry.code} by itself (up to 30 hops); history holds each hop
response = requests.get(${u}, timeout=10)
print([r.status_code for r in response.history], response.url)

# To see the ${entry.code} itself, do not follow it
first = requests.get(${u}, allow_redirects=False, timeout=10)
print(first.status_code, first.headers.get("Location"))`;
    case 'not-modified':
      return `cached = {"etag": None, "body": None}

headers = {"If-None-Match": cached["etag"]} if cached["etag"] else {}
response = requests.get(${u}, headers=headers, timeout=10)
if response.status_code == ${status}:
    print("Still fresh, reuse", cached["body"])
elif response.ok:
    cached = {"etag": response.headers.get("ETag"), "body": response.text}`;
    case 'reauth':
      return `def get_with_auth(url, get_token, refresh_token):
    response = requests.get(url, headers={"Authorization": f"Bearer {get_token()}"}, timeout=10)
    if response.status_code == ${status}:
        # Read the challenge, get fresh credentials once, then try again
        print(response.headers.get("WWW-Authenticate"))
        response = requests.get(url, headers={"Authorization": f"Bearer {refresh_token()}"}, timeout=10)
    return response`;
    case 'retry-after':
      return `def retry_after_seconds(response):
    """Retry-After is a number of seconds or an HTTP date."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())


def get_with_retry(url, attempts=5):
    for attempt in range(1, attempts + 1):
        response = requests.get(url, timeout=10)
        if response.status_code != ${status} or attempt == attempts:
            return response
        wait = retry_after_seconds(response)
        time.sleep(wait if wait is not None else 2**attempt * 0.5)


response = get_with_retry(${u})`;
    case 'retry-transient':
      return `def get_with_backoff(url, attempts=4):
    """Retry only idempotent requests, with exponential backoff and jitter."""
    for attempt in range(1, attempts + 1):
        response = requests.get(url, timeout=10)
        if response.status_code != ${status} or attempt == attempts:
            return response
        time.sleep(2**attempt * 0.25 + random.random() * 0.25)


response = get_with_backoff(${u})`;
    case 'fail':
      return `response = requests.get(${u}, timeout=10)
if response.status_code == ${status}:
    # Sent again unchanged, it gets the same answer: report it and fix the request
    print(response.text)
    response.raise_for_status()`;
    case 'no-response':
      return `try:
    response = requests.get(${u}, timeout=30)
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

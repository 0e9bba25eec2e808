import type { CodeEntry } from '../../data/codes';
import { nested, pyDict } from '../format';
import type { SnippetRequest } from '../request';
import { constantOf } from '../rules';
import { clientRequest, idempotentMethods, ifNoneMatch, isIdempotent, notRetriedNote, withLongUrl } from './request-parts';
import type { Generator } from '../types';
import { clientStrategy, exampleUrl, respondsWithJson, type ClientStrategy } from './strategy';

/** The requests call: requests.get(url, ...) or requests.request(method, url, ...), always with a timeout. */
function call(request: SnippetRequest, url: string, extra: string[] = ['timeout=10']): string {
  const args = [JSON.stringify(url)];
  if (request.headers.length > 0) args.push(`headers=${pyDict(request.headers, 1)}`);
  if (request.body !== undefined) args.push(`data=${JSON.stringify(request.body)}`);
  args.push(...extra);
  if (request.method !== 'GET') args.unshift(JSON.stringify(request.method));
  const fn = request.method === 'GET' ? 'requests.get(' : 'requests.request(';
  const oneLine = `${fn}${args.join(', ')})`;
  return oneLine.length <= 79 && !oneLine.includes('\n') ? oneLine : `${fn}\n    ${args.join(',\n    ')},\n)`;
}

/** The arguments of requests.request for the code's request, for the retry helpers. */
function retryCall(helper: string, request: SnippetRequest, url: string): string {
  const args = [JSON.stringify(request.method), JSON.stringify(url)];
  if (request.headers.length > 0) args.push(`headers=${pyDict(request.headers, 1)}`);
  if (request.body !== undefined) args.push(`data=${JSON.stringify(request.body)}`);
  const oneLine = `response = ${helper}(${args.join(', ')})`;
  const call = oneLine.length <= 79 && !oneLine.includes('\n') ? oneLine : `response = ${helper}(\n    ${args.join(',\n    ')},\n)`;
  return `${isIdempotent(request.method) ? '' : `${notRetriedNote(request.method, '#')}\n`}${call}`;
}

const idempotent = `# Only idempotent methods are resent as they are (RFC 9110 section 9.2.2)
IDEMPOTENT = {${idempotentMethods.map((method) => JSON.stringify(method)).join(', ')}}`;

/** Python requests: never raises on a status by itself; response.raise_for_status() does for 4xx and 5xx. */
function body(strategy: ClientStrategy, entry: CodeEntry, url: string, status: string): string | undefined {
  const request = clientRequest(entry);
  const send = call(request, url);
  switch (strategy) {
    case 'websocket':
      return undefined;
    case 'read':
      if (entry.code === 207)
        return `response = ${send}
if response.status_code == ${status}:
    # The body is a multistatus XML document (RFC 4918 section 13), not JSON:
    # one response per resource, each with its own status
    for item in ElementTree.fromstring(response.content).iter("{DAV:}response"):
        print(item.findtext("{DAV:}href"), [s.text for s in item.iter("{DAV:}status")])`;
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


${idempotent}


def send_with_retry(method, url, attempts=5, **kwargs):
    for attempt in range(1, attempts + 1):
        response = requests.request(method, url, timeout=10, **kwargs)
        if response.status_code != ${status} or method not in IDEMPOTENT or attempt == attempts:
            return response
        wait = retry_after_seconds(response)
        time.sleep(wait if wait is not None else 2**attempt * 0.5)


${retryCall('send_with_retry', request, url)}
print(response.status_code)`;
    case 'retry-transient':
      return `${idempotent}


def send_with_backoff(method, url, attempts=4, **kwargs):
    """Resend an idempotent request, with exponential backoff and jitter."""
    for attempt in range(1, attempts + 1):
        response = requests.request(method, url, timeout=10, **kwargs)
        if response.status_code != ${status} or method not in IDEMPOTENT or attempt == attempts:
            return response
        time.sleep(2**attempt * 0.25 + random.random() * 0.25)


${retryCall('send_with_backoff', request, url)}
print(response.status_code)`;
    case 'fail':
      // raise_for_status() raises for 400 to 599 only; any other code is raised by hand.
      return `response = ${send}
if response.status_code == ${status}:
    # Sent again unchanged, it gets the same answer: report it and fix the request
    print(response.text)
${entry.code >= 400 && entry.code < 600
  ? '    response.raise_for_status()'
  : `    # raise_for_status() only raises for 400 to 599
    raise requests.HTTPError(f"{response.status_code} from {response.url}", response=response)`}`;
    case 'no-response':
      return `try:
    response = ${nested(call(request, url, ['timeout=30']), '    ')}
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
    const imports = [...(extraImports[strategy] ?? []), ...(usesConstant ? ['from http import HTTPStatus'] : []), ...(code.includes('ElementTree.') ? ['from xml.etree import ElementTree'] : []), '', 'import requests'];
    return withLongUrl(`${imports.join('\n').replace(/^\n/, '')}\n\n${code}`, entry, 'python');
  },
};

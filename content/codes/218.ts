import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 218,
  slug: '218',
  name: 'This is fine',
  aliases: [],
  emoji: '🔥',
  category: 'other-vendors',
  standing: 'unofficial',
  vendor: { name: 'Apache HTTP Server', product: 'attribution disputed; no Apache source' },
  reference: {
    label: 'Apache HTTP Server documentation: ProxyErrorOverride directive',
    url: 'https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#proxyerroroverride',
  },
  caveat:
    "There is no Apache source for 218. The Apache HTTP Server documentation never mentions it, and the story that circulates (a catch-all status that lets response bodies through when ProxyErrorOverride is on) goes back to unsourced entries in Wikipedia's list of status codes, whose later revisions file it under miscellaneous codes and note that no Apache source supports it. The linked ProxyErrorOverride documentation says the directive never touches 1xx, 2xx or 3xx responses, so a 2xx code would have nothing to get around. Treat 218 as folklore.",
  summary:
    'A 2xx number credited to Apache in unofficial lists. No Apache documentation or code backs it, so treat it as folklore.',
  gist: 'Alleged Apache 2xx with no source: folklore',
  explanation: [
    '218 "This is fine" turns up in lists of unofficial status codes, nearly always credited to the Apache web server. The name winks at the familiar cartoon of a dog sipping coffee in a burning room.',
    "The credit does not survive a check: Apache's own documentation never mentions a 218, and the story about what it does contradicts how Apache's proxy module handles errors.",
    'If a server sends you 218 anyway, somebody picked the number on purpose, and your browser will treat the response as an ordinary success.',
  ],
  definition:
    'No specification defines 218 and it is not registered. The circulating description says Apache uses it as a catch-all to pass error bodies through when ProxyErrorOverride is enabled, but the ProxyErrorOverride documentation limits the directive to responses from 400 up to 599 and names no 218. Under RFC 9110 a client that receives an unrecognised 2xx must treat it as 200 OK, so any program that does see 218 takes it as success.',
  causes: [
    'An application or framework returns 218 on purpose, usually as a joke or an easter egg',
    'A custom error handler maps an internal state to 218 after the number was copied from an unofficial list',
    'A mock server or test fixture returns every code in a published list, 218 included',
    'A monitoring or logging tool labels a 218 "This is fine" because its status table came from the same lists, not because the server sent that phrase',
  ],
  fix: {
    visitor: [
      'Nothing to do on your side: browsers treat a 218 response as a normal success.',
      'If the page looks broken despite the reassuring status, tell the site owner which URL you opened.',
    ],
    owner: [
      'Do not send 218; use 200 or another registered 2xx so every client, cache and monitor understands the response.',
      'If a reverse proxy seems to pass error pages through unchanged, look at ProxyErrorOverride and ErrorDocument settings, not for a 218 feature; Apache has none.',
      'If monitoring reports 218, search your own application code for the number: it comes from your stack, not from Apache.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'As an unrecognised code it has no default freshness; only explicit Cache-Control or Expires would let a cache store it.',
    },
    body: { value: 'allowed', note: 'A 2xx response can carry any content.' },
    retry: { value: 'no', note: 'It reports success; there is nothing to repeat.' },
    seen: { value: 'wire', note: 'Seen only when some application deliberately sends it; no standard server software does.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/status',
      headers: [
        ['Host', 'api.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'application/json'],
        ['Content-Length', '17'],
      ],
      body: '{"status":"fine"}',
    },
    note: 'A hand-made 218 from an application; clients will process it exactly like 200 OK.',
  },
  faq: [
    {
      question: 'Does Apache really send 218 This is fine?',
      answer:
        "There is no evidence that it does. The code is absent from Apache's documentation, and the claim that it bypasses ProxyErrorOverride contradicts that directive's documentation, which says it never affects 2xx responses. The attribution seems to have spread by copying an unsourced list entry.",
    },
    {
      question: 'What will a browser do with a 218 response?',
      answer:
        'Treat it as success. HTTP requires clients to handle an unknown status code like the x00 code of its class, so 218 is processed as 200 OK and the body is displayed as usual.',
    },
    {
      question: 'Why do so many status-code libraries include 218?',
      answer:
        "Many copied Wikipedia's list of unofficial codes wholesale, weakly sourced entries included. A number's presence in a library table proves only that it was copied, not that any server uses it.",
    },
  ],
  related: ['200', '502', '500'],
});

import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 103,
  slug: '103',
  name: 'Early Hints',
  emoji: '💡',
  category: 'informational',
  standing: 'standard',
  reference: { label: 'RFC 8297, Section 2', url: 'https://www.rfc-editor.org/rfc/rfc8297#section-2' },
  summary: 'An interim response carrying header fields, usually Link preload or preconnect hints, that the final response will probably have, so the browser can start fetching early.',
  gist: 'Preload hints sent ahead of the final response',
  explanation: [
    'While a server is still busy building a page (querying a database, rendering a template), the browser sits idle. A 103 Early Hints lets the server use that dead time by telling the browser, in advance, which stylesheets, fonts or other servers the page is going to need.',
    'The browser can then start connecting and downloading while it waits, and by the time the real page arrives part of the work is already done. The page itself still comes in the normal final response, usually a 200.',
    'Hints are only suggestions. If the browser ignores them, nothing breaks: the page simply loads the ordinary way.',
  ],
  definition:
    'An informational response indicating that the server is likely to send a final response containing the header fields included in this one. Clients may act on those fields speculatively (typically Link with rel=preload or rel=preconnect) while waiting, but must not let them change how the final response is processed, and must not read them as metadata about the 103 itself. A server may hint only some of the fields it expects to send and may send several 103 responses; the absence of a field in a 103 says nothing about the final response. It carries no content and is never the final answer.',
  causes: [
    'The server, CDN or framework is configured to emit Early Hints for pages whose critical assets are known ahead of time',
    'A CDN learned Link headers from earlier responses for the same URL and now sends them as a 103 before contacting the origin',
    'Application code called an Early Hints API, such as response.writeEarlyHints() in Node.js, before starting slow work',
    'A reverse proxy relayed a 103 that the upstream application produced',
  ],
  fix: {
    visitor: [
      'Nothing to do: a 103 only speeds things up, and the page arrives in the response that follows it.',
      'If a page looks broken after an early hint, reload it; a hint can only start fetches and cannot change what the final page contains.',
    ],
    owner: [
      'Hint only resources the final page really uses, and keep the list short: a wrong preload wastes bandwidth on the very connection you wanted to speed up.',
      'Serve Early Hints over HTTP/2 or HTTP/3. Chromium-based browsers ignore 103 over HTTP/1.1, and some older HTTP/1.1 clients mishandle unexpected informational responses.',
      'Repeat the Link values in the final response: hints never replace it, and clients that skipped the 103 still need them.',
      'Check the result in the browser: resources fetched from a hint report initiatorType "early-hints" in Resource Timing.',
    ],
  },
  headers: [
    {
      name: 'Link',
      in: 'response',
      requirement: 'associated',
      note: 'The usual payload of a 103: rel=preload (with as=style, as=font, etc.) or rel=preconnect entries for resources the final page is expected to use.',
      reference: { label: 'RFC 8297, Section 2', url: 'https://www.rfc-editor.org/rfc/rfc8297#section-2' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'not-applicable',
      note: 'Early hints are interim, and only final responses can be stored by a cache.',
    },
    body: { value: 'forbidden', note: 'A 103 is header fields only; the content belongs to the final response that follows.' },
    retry: {
      value: 'no',
      note: 'Nothing to retry: the same request is still being answered, and the final response is on its way.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by CDNs and servers on page navigations; browsers act on it mainly over HTTP/2 and HTTP/3.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/dashboard',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Link', '</static/app.4f9c2e.css>; rel=preload; as=style'],
        ['Link', '<https://fonts.example.org>; rel=preconnect'],
      ],
    },
    note: 'Shown in HTTP/1.1 notation, although Chrome acts on 103 only over HTTP/2 and HTTP/3; the final response (usually 200 OK with the page) follows later and is not part of this entry.',
  },
  faq: [
    {
      question: 'Which browsers support 103 Early Hints?',
      answer:
        'Chrome has supported it since version 103, for preload and preconnect on top-level navigations, and other Chromium browsers share that code. Firefox and Safari added support later. Chrome ignores early hints sent over HTTP/1.1, and most browsers limit support to HTTP/2 and later.',
    },
    {
      question: 'Does a 103 replace the Link headers in the final response?',
      answer:
        'No. RFC 8297 treats early hints as a forecast, not as part of the final response. Send the same Link fields again in the final response, both for clients that ignored the 103 and because the final response is what counts.',
    },
    {
      question: 'Can a server send more than one 103?',
      answer:
        'Yes, the protocol allows several 103 responses before the final one, for example as the server learns more about the page. Chrome, however, acts only on the first early hints response of a navigation, so put the important hints in it.',
    },
    {
      question: 'Is 103 Early Hints the same as HTTP/2 Server Push?',
      answer:
        'No. Server Push had the server send the resources themselves, which often wasted bandwidth on files the browser already had cached; Chrome removed support for it. Early Hints only names resources, and the browser decides whether to fetch them, so its cache is respected.',
    },
  ],
  related: ['100', '200', '102', '104'],
});

import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 200,
  slug: '200',
  name: 'OK',
  emoji: '✅',
  category: 'success',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.3.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1' },
  summary: 'The request succeeded; what the content holds depends on the method (the page for GET, the result of the action for POST).',
  gist: 'Success; the content is the result',
  explanation: [
    'This is the status behind almost every page you have ever loaded. It simply means the server got your request, handled it, and everything went as planned.',
    'What comes back depends on what you asked for: a web page or image when you fetch something, or a confirmation or result after you submit a form or call an API.',
    'A 200 only describes the HTTP exchange, though. A site can cheerfully send 200 with an error message inside, which is why developers frown on that habit.',
  ],
  definition:
    'The request has succeeded, and the meaning of the content depends on the method: for GET, a representation of the target resource; for HEAD, the same header fields as GET without content; for POST, a representation of the status or results of the action; for PUT and DELETE, the status of the action; for OPTIONS, the communication options; for TRACE, the request message as received. Apart from responses to CONNECT, a 200 is expected to carry content unless its framing says the content is empty; when the client prefers no content, 204 fits better. In answers to GET or HEAD, the server SHOULD send the validators it has (a strong ETag and Last-Modified are preferred). A 200 is heuristically cacheable.',
  causes: [
    'A GET or HEAD for a page, file or API resource that exists and that the client may read',
    'A POST, PUT, PATCH or DELETE that was carried out, answered with the result or the resource\'s new state',
    'A conditional request whose validators no longer match, so the server sends the full current representation instead of 304',
    'A cache or CDN answering from a stored copy (Chrome\'s developer tools label this "200 (from disk cache)" or "from memory cache")',
    'An error page or error object sent with 200 by mistake, a "soft error" that hides failures from clients and monitors',
  ],
  fix: {
    visitor: [
      'Nothing needs fixing: the server says the request worked.',
      'If what you see is outdated, the answer may have come from a cache; a hard reload fetches a fresh copy.',
      'If the page shows an error message despite the 200, the site is mislabelling the failure; report it to the site rather than changing anything on your side.',
    ],
    owner: [
      'Send real error codes (4xx, 5xx) for failures instead of 200 with an error in the body, so clients, crawlers and uptime monitors can tell the difference.',
      'Send ETag and Last-Modified on GET responses so clients can revalidate cheaply and receive 304 Not Modified instead of the full content.',
      'Set Cache-Control on every 200: because the status is heuristically cacheable, caches will otherwise guess a lifetime from Last-Modified.',
      'Use 201 when a request created a resource and 204 when there is nothing to send back; they tell clients more than a bare 200.',
    ],
  },
  headers: [
    {
      name: 'ETag',
      in: 'response',
      requirement: 'SHOULD',
      when: 'answering GET or HEAD, if the server has an entity tag for the selected representation',
      note: 'A strong entity tag is preferred; clients send it back in If-None-Match to revalidate.',
      reference: { label: 'RFC 9110, Section 15.3.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1' },
    },
    {
      name: 'Last-Modified',
      in: 'response',
      requirement: 'SHOULD',
      when: 'answering GET or HEAD, if the server knows the modification date',
      note: 'Lets clients revalidate with If-Modified-Since, and is what caches use to estimate freshness when no explicit lifetime is given.',
      reference: { label: 'RFC 9110, Section 15.3.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Heuristically cacheable (RFC 9110 §15.1): without Cache-Control or Expires, a cache may assign its own freshness lifetime, often a fraction of the time since Last-Modified.',
    },
    body: {
      value: 'allowed',
      note: 'Expected to carry content (except for CONNECT and HEAD); an empty 200 needs Content-Length: 0 or equivalent framing.',
    },
    retry: {
      value: 'yes',
      note: 'Repeating a safe request such as GET just fetches the resource again; repeating a POST may perform the action twice.',
    },
    seen: { value: 'wire', note: 'The most common status on the web, from every kind of server, cache and CDN.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/api/v2/orders/58213',
      headers: [
        ['Host', 'shop.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'application/json'],
        ['Content-Length', '74'],
        ['ETag', '"o58213-r4"'],
        ['Last-Modified', 'Fri, 27 Nov 2026 14:03:51 GMT'],
        ['Cache-Control', 'private, max-age=0, must-revalidate'],
      ],
      body: '{"id":58213,"status":"shipped","items":3,"total":"84.50","currency":"EUR"}',
    },
  },
  faq: [
    {
      question: 'Why does DevTools show "200 (from disk cache)"?',
      answer:
        'The browser reused a stored copy of an earlier 200 response and did not contact the server at all. The status is the original one kept with the cached response. To see what the server would say now, disable the cache in DevTools or do a hard reload.',
    },
    {
      question: 'Should an API return 200 or 201 after a POST?',
      answer:
        'Return 201 Created when the POST created a new resource, with a Location header naming it. Use 200 when the POST performed an action or returned a result without creating anything addressable, such as a search or a calculation.',
    },
    {
      question: 'Is it wrong to return 200 with an error message in the body?',
      answer:
        'It defeats the purpose of status codes. Clients, caches, retry logic and monitoring all read the status first, so a failure labelled 200 may be cached, counted as success or indexed by search engines as a real page. Send a 4xx or 5xx and put the details in the body.',
    },
    {
      question: 'Can a 200 response have an empty body?',
      answer:
        'Yes, as long as the framing says so, for example Content-Length: 0. When you have nothing to return on purpose, 204 No Content states that more clearly and tells the client not to expect any content.',
    },
  ],
  related: ['201', '204', '304', '206'],
});

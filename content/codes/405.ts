import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 405,
  slug: '405',
  name: 'Method Not Allowed',
  aliases: [{ name: 'Not Allowed', note: 'nginx status line and default error page ("405 Not Allowed")' }],
  emoji: '🙅',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6' },
  summary:
    'The server knows the HTTP method you used, but this URL does not accept it; the Allow header lists the methods that would work.',
  gist: 'This URL does not accept that HTTP method',
  explanation: [
    'Every request names an action, called the method: GET to read, POST to submit, PUT to replace, DELETE to remove, and a handful of others. A 405 means the server recognised the action, but the address you aimed it at does not support it, rather like pushing on a door marked "pull".',
    'The server has to say which doors do open: it lists the accepted methods in a response header called Allow. The fix nearly always lies with whatever built the request, such as a form that submits to the wrong URL or an app that calls an endpoint with the wrong verb.',
  ],
  definition:
    'The method in the request line is known to the origin server but is not supported by the target resource. The origin server MUST send an Allow header field listing the methods the resource currently supports; an empty Allow value is legal and means the resource accepts no methods at the moment, for instance because it was disabled by configuration. 405 is a statement about one resource: when the server does not implement the method for any resource, 501 Not Implemented is the correct answer. It is not a permission decision either: a supported method that this particular client may not use calls for 403. A 405 response is heuristically cacheable.',
  causes: [
    'An HTML form POSTs to a static file or to a page that only serves GET, which nginx answers with "405 Not Allowed"',
    'A REST client sends the wrong verb, such as PUT to a collection URL that only takes GET and POST',
    'The router matches the path but has no handler for the method: Spring, Django class-based views, Flask and FastAPI answer 405 by themselves (Express, by contrast, falls through to a 404)',
    'A browser\'s CORS preflight (OPTIONS) reaches an endpoint with no OPTIONS handler, so the preflight fails and the real request is never sent',
    'A static host or CDN that serves only GET and HEAD receives a form submission or a webhook POST',
    'A WebDAV or less common method (PROPFIND, MKCOL, PATCH) reaches a server or location that is not configured for it',
    'An API makes a resource deliberately read-only, for example refusing DELETE on records that may only be archived',
  ],
  fix: {
    visitor: [
      'If a form submission failed, go back, reload the form page and submit again; the page you started from may have been stale.',
      'If you opened a saved link, load it normally in the address bar instead of resubmitting data to it.',
      'Tell the site owner which page and which button produced the error, since the fix is on their side.',
    ],
    owner: [
      'Read the Allow header in the 405 and compare it with the method your client sends; the mismatch is usually obvious.',
      'Point forms and API clients at the endpoint that actually handles the method, or add a handler for that method to the route.',
      'When you send 405 from your own code, always include Allow: frameworks add it for you, hand-written handlers often forget.',
      'Answer OPTIONS on endpoints that browsers call cross-origin, or let your CORS middleware do it, so preflights do not end in 405.',
      'Use 501 instead when the server does not implement the method anywhere, and 403 when the method exists but this caller may not use it.',
    ],
  },
  headers: [
    {
      name: 'Allow',
      in: 'response',
      requirement: 'MUST',
      note: 'Lists the methods the target resource currently supports, for example "GET, HEAD". An empty value means the resource accepts no methods for now.',
      reference: { label: 'RFC 9110, Section 15.5.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6' },
    },
  ],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'One of the codes RFC 9110 §15.1 makes heuristically cacheable, so a cache may keep a 405 without explicit freshness; send Cache-Control if the set of methods may change soon.',
    },
    body: { value: 'allowed', note: 'Typically a short error page or a JSON error naming the rejected method.' },
    retry: {
      value: 'after-change',
      note: 'The same method on the same URL will keep failing; change the method or the target to one listed in Allow.',
    },
    seen: { value: 'wire', note: 'Sent by web servers, application frameworks and API gateways.' },
  },
  example: {
    request: {
      method: 'DELETE',
      target: '/api/invoices/2024-0117',
      headers: [
        ['Host', 'api.example.com'],
        ['Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.example'],
      ],
    },
    response: {
      headers: [
        ['Allow', 'GET, HEAD, PATCH'],
        ['Content-Type', 'application/problem+json'],
        ['Content-Length', '207'],
      ],
      body: '{\n  "type": "https://api.example.com/problems/method-not-allowed",\n  "title": "Invoices cannot be deleted",\n  "status": 405,\n  "detail": "Issued invoices are kept for audit; use PATCH to mark one as void."\n}',
    },
    note: 'The invoice exists, but the API refuses DELETE on it, and Allow tells the client which methods it will take.',
  },
  faq: [
    {
      question: 'Should my server return 405 or 501 for a method it does not support?',
      answer:
        'Return 405 when the server knows the method and other resources support it, but this one does not; include Allow. Return 501 when the server does not implement the method at all, for any URL. In short, 405 is about the resource and 501 is about the server.',
    },
    {
      question: 'Why does nginx say "405 Not Allowed" when I POST to a page?',
      answer:
        'nginx serves static files only to GET and HEAD, so a POST aimed at a static file or directory index gets a 405 with nginx\'s own wording, "Not Allowed". The real fix is to send the form to an application endpoint (proxy_pass or fastcgi_pass) that processes POST. Tricks that remap the 405 to a 200 hide the problem rather than solve it.',
    },
    {
      question: 'Does a 405 response have to include the Allow header?',
      answer:
        'Yes. RFC 9110 says the origin server MUST send Allow in a 405, listing the methods the resource currently supports. Clients and tools rely on it to correct themselves, so a 405 without Allow is a bug even if browsers do not complain.',
    },
    {
      question: 'How can a client find out which methods a URL supports before trying?',
      answer:
        'Send an OPTIONS request: many servers answer it with an Allow header listing the supported methods. Browsers do something similar automatically for cross-origin calls with a CORS preflight, which is why a missing OPTIONS handler can surface as a 405 in the browser console.',
    },
  ],
  related: ['501', '403', '404', '400'],
});

import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 431,
  slug: '431',
  name: 'Request Header Fields Too Large',
  aliases: [],
  emoji: '🍪',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 6585, Section 5', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-5' },
  summary: 'The server refuses the request because its header fields, taken together or one of them (often Cookie), are too large.',
  gist: 'Request headers (often cookies) too large',
  explanation: [
    'Every request carries a block of header fields ahead of any content: cookies, sign-in tokens, details about your browser and so on. This time that block was bigger than the server is prepared to read, so it stopped before doing anything with the request.',
    'The usual culprit is cookies. A site that keeps adding cookies, or a pile of local projects all setting cookies on localhost, can push the Cookie header past the limit, after which every page of that site fails in the same way.',
    'Clearing that one site\'s cookies almost always fixes it for a visitor; the site\'s owner should find out what keeps growing.',
  ],
  definition:
    'RFC 6585, Section 5: the server is unwilling to process the request because its header fields are too large, either all of them together or a single field. The request MAY be resubmitted after the header fields are reduced, and when one field is at fault the response SHOULD say which. Servers need not use 431 (under attack, simply closing the connection can be wiser), and a cache MUST NOT store the response. HTTP/2 (RFC 9113, Section 10.5.1) also points to 431 for a header section larger than the server is willing to handle. The code is about header fields only: an over-long URI is 414, and oversized content is 413.',
  causes: [
    'Cookies have piled up for the domain: analytics, A/B tests, consent records, and cookies set on a parent domain that are sent to every subdomain',
    'Local development on localhost, where cookies from every project reach every other one (cookies ignore the port) until the dev server\'s limit is hit',
    'A very large Authorization bearer token, such as a JWT stuffed with roles and group memberships',
    'Node.js\'s header size limit (16 KiB by default in current versions, set with --max-http-header-size or the maxHeaderSize option) reached by an API or a framework\'s dev server',
    'A proxy chain that appends to X-Forwarded-For or adds tracing headers at every hop',
    'A redirect loop that sets one more cookie on every pass until the Cookie header overflows',
  ],
  fix: {
    visitor: [
      'Clear the cookies for this one site (not your whole browser), then reload the page.',
      'Try a private window: if the page works there, stored cookies or site data are the cause.',
      'During development on localhost, clear the cookies for localhost, since projects on different ports share them.',
      'Sign out and back in if the trouble started after a login, so that a fresh, smaller token is issued.',
    ],
    owner: [
      'Find the oversized field: log request header sizes at the edge and look at Cookie and Authorization first.',
      'Set fewer and smaller cookies, scope them to the exact host and path that need them, and give them expiry dates.',
      'Keep tokens lean: send a reference and look roles up on the server instead of embedding them all in a JWT.',
      'If large headers are legitimate, raise the limit on every layer (CDN, load balancer, proxy, application server), because the smallest limit in the chain wins.',
      'Name the offending field in the response body, as RFC 6585 recommends, so the fix is obvious.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'never',
      note: 'Caches are forbidden to store a 431 (RFC 6585): the problem lies in one request\'s headers, not in the resource.',
    },
    body: {
      value: 'allowed',
      note: 'Should say which header field was too large when a single one is to blame.',
    },
    retry: {
      value: 'after-change',
      note: 'Resend only once the headers are smaller, which for visitors usually means clearing cookies.',
    },
    seen: {
      value: 'wire',
      note: 'Sent by Node.js and other servers; nginx and Apache report the same problem as 400 Bad Request instead.',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/account',
      headers: [
        ['Host', 'www.example.com'],
        ['Cookie', 'session=7c1e0d9a4b; ab_home=variant-b; ab_checkout=variant-a; consent=eyJhbmFseXRpY3MiOnRydWV9; … (about 20 KB more)'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '183'],
      ],
      body: '<!doctype html>\n<title>Request headers too large</title>\n<h1>Request headers too large</h1>\n<p>Your Cookie header is over our 16 KB limit. Clear this site\'s cookies and try again.</p>',
    },
    note: 'The Cookie header is shortened here for display; in the real request it was roughly 20 KB, well past the server\'s limit.',
  },
  faq: [
    {
      question: 'How do I fix a 431 error on localhost?',
      answer:
        'Clear the cookies stored for localhost in your browser\'s site settings or developer tools. Cookies are not separated by port, so every app you have ever run on localhost:3000, :5173, :8080 and so on sends its cookies to all the others, and a Node.js dev server with its default limit soon refuses them. Raising the limit with --max-http-header-size helps too, but clearing the cookies addresses the cause.',
    },
    {
      question: 'How big can request headers be?',
      answer:
        'There is no protocol-wide number; each server sets its own. Node.js allows 16 KiB in total by default in current versions. nginx fits each header line into one of its large_client_header_buffers (8 KB each by default), and Apache limits each field to 8190 bytes with LimitRequestFieldSize; both of those answer with 400 rather than 431.',
    },
    {
      question: 'Is 431 the same as nginx\'s "Request Header Or Cookie Too Large"?',
      answer:
        'They describe the same problem, but nginx does not send 431 by default. Internally it uses its own code 494 and sends the client a 400 Bad Request page with that message; only an error_page 494 =431 rule pointing at a custom error page makes it answer 431. The fix is the same either way: shrink the headers, or raise the buffer size if large headers are legitimate.',
    },
    {
      question: 'How is 431 different from 414 and 413?',
      answer:
        'They cover three different parts of a request. 414 URI Too Long is about the request target, 413 Content Too Large about the body, and 431 about the header fields. A long query string gives 414, a huge upload 413, and an overgrown Cookie header 431.',
    },
  ],
  related: ['494', '414', '413', '400'],
});

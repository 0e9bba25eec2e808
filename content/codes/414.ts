import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 414,
  slug: '414',
  name: 'URI Too Long',
  aliases: [
    {
      name: 'Request-URI Too Long',
      note: 'RFC 2616 (Section 10.4.15); Python http.HTTPStatus phrase up to 3.12; Go net/http prints it without the hyphen, "Request URI Too Long"',
    },
    { name: 'Request-URI Too Large', note: 'The wording in RFC 2616\'s Status-Code list (Section 6.1.1), which differs from its own Section 10.4.15; nginx status line' },
  ],
  emoji: '📜',
  category: 'client-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.5.15', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15' },
  summary:
    'The address you requested is longer than the server is willing to read, usually because of a huge query string or a redirect loop that keeps growing the URL.',
  gist: 'URL longer than the server will read',
  explanation: [
    'Every web address has a practical length limit, and a 414 means this one went past the server\'s. Nobody types a URL that long by hand: software builds it, for instance a search page that packs every selected filter into the query string, or a form that sends its data in the address.',
    'Sometimes the culprit is a redirect loop that tacks a bit more onto the address on every hop until it balloons. Either way, a shorter address, or sending the data in the request body instead, puts things right.',
  ],
  definition:
    'The server refuses to service the request because the target URI is longer than it is willing to interpret. RFC 9110 lists the usual ways this happens: a client that converted a POST into a GET carrying long query data, a client caught in a redirect loop that keeps extending the URI (for example a redirected prefix that points to a suffix of itself), or an attacker probing for security holes. HTTP sets no maximum URI length, but RFC 9110 recommends that all senders and recipients support URIs of at least 8000 octets. A 414 is heuristically cacheable. Oversized header fields are reported with 431 and oversized bodies with 413.',
  causes: [
    'A GET request carries bulky data in the query string: a long list of IDs, an encoded filter object, or a serialised form',
    'A redirect rule appends to the path or query on every pass (a ?next= parameter that wraps itself, say), growing the URL until it passes the limit',
    'The request line does not fit in one of nginx\'s large_client_header_buffers (4 buffers of 8k by default)',
    'Apache\'s LimitRequestLine, 8190 bytes by default, is exceeded',
    'A single sign-on or tracking parameter, such as a SAML request or an encoded state blob, grows past what a proxy or CDN in front of the site allows',
    'Scanners and attack tools send deliberately oversized URLs to probe for buffer overflows',
  ],
  fix: {
    visitor: [
      'Go to the site\'s home page and navigate again instead of reusing the long link; a redirect loop may have inflated it.',
      'If the error comes back, clear the site\'s cookies, since a stale cookie often keeps a redirect loop going.',
      'Select fewer filters or search terms at once if the error appears after you picked many options.',
    ],
    owner: [
      'Move large inputs out of the URL: accept them in a POST body for complex searches and bulk lookups.',
      'Trace the redirect chain (for example with curl -IL) and fix any rule that adds to the URL on each pass.',
      'If long URLs are legitimate, raise large_client_header_buffers in nginx or LimitRequestLine in Apache, and check the limits of every proxy and CDN in front of them.',
      'Keep URLs comfortably under 8000 octets, the minimum RFC 9110 recommends everyone support, so they survive every intermediary.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'heuristic',
      note: 'Listed in RFC 9110 §15.1 as heuristically cacheable: the same over-long URI will be refused again, so caches may keep the answer without explicit freshness.',
    },
    body: { value: 'allowed', note: 'Usually a short error page from the web server or proxy.' },
    retry: { value: 'after-change', note: 'Only a shorter URI, or moving the data into a request body, will succeed.' },
    seen: { value: 'wire', note: 'Sent by web servers, proxies and CDNs that enforce a request-line limit.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/products?ids=10412,10413,10418,10427,10431,10440,10452,10467,[…about 11,600 more characters…]',
      headers: [
        ['Host', 'shop.example.com'],
        ['Accept', 'text/html'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '142'],
      ],
      body: '<!doctype html>\n<title>Address too long</title>\n<h1>Address too long</h1>\n<p>The requested URL exceeds the 8190-byte limit of this server.</p>',
    },
    note: 'The real target ran to about 12,000 characters (shortened here); the server\'s request-line limit is 8190 bytes.',
  },
  faq: [
    {
      question: 'What is the maximum length of a URL?',
      answer:
        'HTTP itself sets no maximum. RFC 9110 recommends supporting at least 8000 octets, and real limits come from software: Apache allows a request line of 8190 bytes by default, nginx 8 KB per buffer, and CDNs and browsers have their own ceilings. Staying well under 8000 characters is the safe choice.',
    },
    {
      question: 'Should I switch from GET to POST to avoid a 414?',
      answer:
        'If a query genuinely needs that much input, yes: put the parameters in a POST body. You lose GET\'s cacheability and bookmarkable URLs, so reserve this for heavy searches and bulk operations and keep simple lookups as GET.',
    },
    {
      question: 'Why would a 414 be cacheable?',
      answer:
        'Because the verdict does not depend on timing: the same over-long URI will always be too long for that server. RFC 9110 therefore lets caches keep a 414 by default, sparing the origin from rejecting the same oversized URL over and over.',
    },
  ],
  related: ['413', '431', '400', '301'],
});

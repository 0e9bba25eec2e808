import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 494,
  slug: '494',
  name: 'Request Header Too Large',
  aliases: [
    { name: 'Request Header Or Cookie Too Large', note: 'Title and text of the 400 error page nginx serves for this condition' },
  ],
  emoji: '🍪',
  category: 'nginx',
  standing: 'unofficial',
  vendor: { name: 'nginx' },
  reference: {
    label: 'nginx source: src/http/ngx_http_special_response.c',
    url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_special_response.c',
  },
  caveat:
    'nginx has no official reason phrase for 494: the name here follows the constant NGX_HTTP_REQUEST_HEADER_TOO_LARGE (src/http/ngx_http_request.h), the comment "494, request header too large" in src/http/ngx_http_special_response.c, and the 2011 commit that introduced the code (nginx 0.9.4), and the code is not described in nginx\'s user documentation. By default nginx answers this case with 400 Bad Request and its access log records 400 as well; an error_page that serves a local page for 494 without an =code keeps that 400, so the number mainly matters to error_page. A client sees 494 only when a configuration sends it on purpose with error_page 494 =494, or on nginx releases before 1.17.9, where an error_page for 494 without an =code left the status at 494 (the commit "Added default overwrite in error_page 494", February 2020, changed that).',
  summary: 'nginx\'s internal code for a request whose header line or header block is too big; by default the client receives 400 Bad Request.',
  gist: 'nginx: request headers too big (as 400)',
  explanation: [
    'Every request carries header lines: cookies, login tokens, browser details. nginx sets aside a limited amount of memory for them, and if one line, usually the Cookie line, or the whole set is bigger than that, it refuses the request.',
    'Inside nginx this refusal is called 494, but what normally reaches your browser is a plain "400 Bad Request" page with the subtitle "Request Header Or Cookie Too Large".',
    'The most common culprit is a pile of cookies that has grown over time for one site. Clearing that site\'s cookies nearly always fixes it, at the price of being logged out.',
  ],
  definition:
    'An nginx-internal status (NGX_HTTP_REQUEST_HEADER_TOO_LARGE) raised while reading the request header when a single header field does not fit in one of the buffers set by large_client_header_buffers (8 KB each by default), or when the header as a whole needs more buffers than allowed (4 by default). Unless error_page handles 494, nginx sends the client 400 Bad Request with its "Request Header Or Cookie Too Large" page and closes the connection; the access log also shows 400. The 494 value exists so that error_page can give this case its own page: in current releases an error_page without an =code keeps the status at 400 for a local page (a full URL is sent as a 302 redirect), and with an =code, such as =431 in front of a local page, nginx sends and logs that code instead. A request line that is too long is reported differently, as 414. The standard code for this situation, 431 Request Header Fields Too Large, is never sent by nginx on its own.',
  causes: [
    'Too many or too large cookies for one site, often because several applications on subdomains set cookies on the shared parent domain',
    'A large Authorization header, typically a JSON Web Token that carries many roles or permissions inline',
    'An authentication proxy splitting a big session token across several cookies that are then sent on every request',
    'A forwarding loop between proxies (or a WAF that sends traffic back to itself) that adds to X-Forwarded-For or similar fields on every pass until the header no longer fits',
    'Browser extensions, SDKs or tracking scripts that add large custom headers',
    'large_client_header_buffers lowered below the default, or set on a virtual server although nginx applies the default server\'s value for that listening address',
  ],
  fix: {
    visitor: [
      'Clear the cookies for this site (or all its subdomains) in your browser settings, then sign in again.',
      'Try a private or incognito window: if the page loads there, stored cookies are the cause.',
      'Disable extensions that add headers to requests, such as some privacy, developer or VPN extensions, and reload.',
    ],
    owner: [
      'Find the oversized field: with error_log at info level, nginx logs "client sent too long header line" followed by the start of the offending header.',
      'Raise the limit if the header is legitimate, for example large_client_header_buffers 4 16k; at http level or in the default server for that address and port.',
      'Shrink what you send: keep session data on the server behind a short session ID, scope cookies to the subdomain that needs them, and slim down tokens.',
      'Show a helpful page with error_page 494 /header-too-large.html; that tells users to clear cookies; the status stays 400 unless you change it with =code.',
      'Break forwarding loops between proxies and check that each hop appends to X-Forwarded-For only once.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'What goes out by default is a 400, which is cacheable only with explicit freshness, and nginx adds none to this page; if error_page turns it into a 431, caches must not store it at all.',
    },
    body: { value: 'allowed', note: 'nginx\'s built-in page titled "400 Request Header Or Cookie Too Large", or your own page via error_page 494.' },
    retry: {
      value: 'after-change',
      note: 'The request will fail again until its header shrinks or the server\'s buffers grow.',
    },
    seen: {
      value: 'wire',
      note: 'By default as 400 Bad Request, in the response and in the access log alike; the number 494 goes out, and is logged, only when a configuration asks for it with error_page 494 =494 (or, before nginx 1.17.9, with an error_page for 494 that has no =code).',
    },
  },
  example: {
    request: {
      method: 'GET',
      target: '/account',
      headers: [
        ['Host', 'www.example.com'],
        ['Accept', 'text/html'],
        ['Cookie', 'session=f3a9c1…; cart=eyJpdGVtcyI6…; _ga=GA1.2.18…; (about 11 KB of cookies in total)'],
      ],
    },
    response: {
      status: 400,
      reason: 'Bad Request',
      headers: [
        ['Server', 'nginx'],
        ['Date', 'Wed, 14 May 2025 08:21:44 GMT'],
        ['Content-Type', 'text/html'],
        ['Content-Length', '217'],
        ['Connection', 'close'],
      ],
      body: '<html>\n<head><title>400 Request Header Or Cookie Too Large</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>Request Header Or Cookie Too Large</center>\n<hr><center>nginx</center>\n</body>\n</html>',
    },
    note: 'With no error_page for 494, the status line the client receives reads "HTTP/1.1 400 Bad Request": 494 is nginx\'s internal code, shown here only to label the case. The Cookie line is longer than one 8 KB buffer, so nginx rejects the request before it reaches any application.',
  },
  faq: [
    {
      question: 'What does "400 Bad Request: Request Header Or Cookie Too Large" mean?',
      answer:
        'It is nginx\'s page for its internal 494 condition. Your browser sent a header, almost always the Cookie header, that is bigger than the server is configured to accept. Clearing the site\'s cookies fixes it for you; the site owner can fix it for everyone by sending fewer cookies or raising the limit.',
    },
    {
      question: 'Why does nginx send 400 and not the standard 431?',
      answer:
        'nginx reports this case through its own internal 494 and, by default, maps it to 400 Bad Request on the wire. RFC 6585 registered 431 Request Header Fields Too Large for exactly this situation, but nginx never sends it on its own; a site can opt in with error_page 494 =431 and a page of its own. Clients should treat both the same way: make the headers smaller.',
    },
    {
      question: 'Will 494 ever appear in my access log?',
      answer:
        'Not with a default configuration. nginx logs the status it actually sent, which is 400 unless an error_page changes it, so a 494 case looks like any other bad request in the access log. The number 494 itself is logged only when it is also sent: with error_page 494 =494, or on releases before 1.17.9 with an error_page for 494 that lacks an =code. To tell the cases apart, look for "client sent too long header line" in the error log at info level, or give the case its own error_page with a distinct code such as =431.',
    },
    {
      question: 'How big can request headers be in nginx by default?',
      answer:
        'nginx first reads the header into a 1 KB buffer (client_header_buffer_size) and then moves to larger buffers: by default 4 buffers of 8 KB each. Any single header line must fit in one 8 KB buffer, and the whole request header must fit in the four together.',
    },
  ],
  related: ['431', '400', '414', '413'],
});

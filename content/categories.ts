import { defineCategories } from '@/data/define-categories';

/**
 * The groups of the site and their introductions, in site order: the five classes by number,
 * then the vendor groups. The key order here is the order of the site's lists and of each
 * code page's previous/next links.
 */
export default defineCategories({
  informational: {
    slug: 'informational',
    kind: 'class',
    statusClass: '1xx',
    name: 'Informational',
    summary: 'Interim 1xx responses: the server has the request and the final answer is still to come.',
    intro: [
      'A 1xx response is a progress report, never the end of an exchange. The server sends it while it works on a request, and a final response in the 2xx to 5xx range always follows on the same connection.',
      'Interim responses cannot carry content, and HTTP/1.0 clients do not understand them, so servers only send them to clients that speak HTTP/1.1 or later. Most are handled inside HTTP libraries and browsers; application code rarely sees one.',
    ],
  },
  success: {
    slug: 'success',
    kind: 'class',
    statusClass: '2xx',
    name: 'Success',
    summary: 'The 2xx codes: the request was received, understood and accepted.',
    intro: [
      'A 2xx response says the server did what was asked. Which 2xx it picks tells the client more: whether something new was created, whether the work is still queued, whether there is any content to read, or whether only part of a file was sent.',
      'Choosing the precise code matters to programs. A client that gets 201 looks for the Location of the new resource; one that gets 204 knows not to parse a body; a cache that sees 206 stores a range instead of the whole file.',
    ],
  },
  redirection: {
    slug: 'redirection',
    kind: 'class',
    statusClass: '3xx',
    name: 'Redirection',
    summary: 'The 3xx codes: the client must take a further step, usually a request to another URL.',
    intro: [
      'A 3xx response sends the client somewhere else, or tells it that the copy it already has is still good (304). Redirects differ on two axes: whether the move is permanent, so bookmarks and search engines should update, and whether the client may change the request method from POST to GET when it follows.',
      '301 and 302 let clients switch to GET; 307 and 308 forbid it; 303 always asks for a GET. The Location header carries the new address.',
    ],
  },
  'client-error': {
    slug: 'client-error',
    kind: 'class',
    statusClass: '4xx',
    name: 'Client Error',
    summary: 'The 4xx codes: the request has a problem the client must fix before trying again.',
    intro: [
      'A 4xx response puts the fault on the client side: the request was malformed, unauthorised, aimed at something that does not exist, or sent too often. Sending exactly the same request again will usually get the same answer, so the client must change something first: log in, fix the payload, slow down.',
      'Servers should explain the problem in the body, and the specific code lets programs react without reading it: 401 means authenticate, 404 means the URL is wrong, 429 means wait.',
    ],
  },
  'server-error': {
    slug: 'server-error',
    kind: 'class',
    statusClass: '5xx',
    name: 'Server Error',
    summary: 'The 5xx codes: the request may be fine, but the server or a gateway in front of it failed.',
    intro: [
      'A 5xx response says the server knows it could not do its job. The cause may be a bug in the application (500), an upstream that failed or timed out behind a proxy (502, 504), or planned or unplanned unavailability (503).',
      'Because the fault is not in the request, the same request may succeed later. Clients can retry idempotent requests after a pause, and should honour Retry-After when the server sends it.',
    ],
  },
  nginx: {
    slug: 'nginx',
    kind: 'vendor',
    name: 'nginx',
    summary: 'Codes nginx writes to its logs or uses internally: 444, 494 to 497 and 499.',
    intro: [
      'nginx defines a handful of numbers outside the IANA registry for situations the standard codes do not name. Most of them are internal: 444 tells nginx to close the connection without answering, and 499 records in the access log that the client gave up before nginx replied.',
      'The 494 to 497 codes mark specific kinds of bad request (oversized headers, client-certificate problems, plain HTTP sent to an HTTPS port). nginx uses them so error_page can treat each case separately, and sends the client a plain 400.',
    ],
  },
  cloudflare: {
    slug: 'cloudflare',
    kind: 'vendor',
    name: 'Cloudflare',
    summary: "Cloudflare's 52x family: errors between Cloudflare's edge and the origin server behind it.",
    intro: [
      'When a site runs behind Cloudflare, the visitor talks to a Cloudflare data centre, which in turn connects to the site\'s own server, the origin. The 520 to 527 codes (and 530) are Cloudflare\'s way of saying which step of that second hop went wrong: the origin refused the connection, timed out, broke the TLS handshake or sent back something Cloudflare could not use.',
      'None of these codes comes from the origin itself, so the origin\'s logs often show nothing at all. Diagnosing them means testing the origin directly, checking firewalls for Cloudflare\'s IP ranges, and comparing timeouts and certificates on both sides.',
    ],
  },
  'aws-elb': {
    slug: 'aws-elb',
    kind: 'vendor',
    name: 'AWS Elastic Load Balancing',
    summary: 'Codes that AWS Application Load Balancers produce themselves: 000, 460, 463, 464 and 561.',
    intro: [
      'Amazon\'s Application Load Balancer records a few numbers of its own in access logs for failures it detects itself rather than codes a target sent: a client that hung up before the answer was ready, an X-Forwarded-For header with too many addresses, a protocol the target group cannot speak, or an identity provider that failed during sign-in.',
      'AWS documents what these codes mean in its troubleshooting guides but gives most of them no reason phrase, so the names you see elsewhere are descriptions rather than official titles.',
    ],
  },
  'microsoft-iis': {
    slug: 'microsoft-iis',
    kind: 'vendor',
    name: 'Microsoft IIS',
    summary: 'Codes from Microsoft IIS, Exchange and Windows: 440, 449, 450 and the ActiveSync 451.',
    intro: [
      'Microsoft\'s web stack uses a few numbers of its own. 440 tells a client that its login session has expired and the user must sign in again; 449 asks a client to retry with more information; 451 is how Exchange ActiveSync redirects a device to a better server.',
      'These codes predate, or ignore, the IANA registry, and one of them, 451, now clashes with the registered 451 Unavailable For Legal Reasons.',
    ],
  },
  'other-vendors': {
    slug: 'other-vendors',
    kind: 'vendor',
    name: 'Other vendors',
    summary: 'Unofficial codes from frameworks, platforms and proxies: Laravel, Spring, Shopify, Twitter, Esri and more.',
    intro: [
      'Many platforms invented numbers for cases the registry did not cover, and some of those numbers spread far beyond their origin. Laravel\'s 419 for an expired CSRF token, Twitter\'s 420 for rate limiting and the proxy timeouts 598 and 599 all turn up in logs and bug reports.',
      'None of them is registered, several clash with each other, and a few lie outside the 100 to 599 range that RFC 9110 allows. Each page says who uses the code and how sure the sources are.',
    ],
  },
});

import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 499,
  slug: '499',
  name: 'Client Closed Request',
  aliases: [],
  emoji: '🚪',
  category: 'nginx',
  standing: 'unofficial',
  vendor: { name: 'nginx' },
  reference: {
    label: 'nginx source: src/http/ngx_http_request.h',
    url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
  },
  caveat:
    'nginx never sends 499, and its module documentation for users does not describe it. The name follows the constant NGX_HTTP_CLIENT_CLOSED_REQUEST: a comment beside it in src/http/ngx_http_request.h says nginx introduced the code to log a client that closed the connection before the response header was sent, and nginx\'s development guide lists it (499) among the codes that finalize a request with an error and close the client connection. The same number means something else in Esri ArcGIS, where 499 is "Token Required" (see 499-esri).',
  summary: 'Logged by nginx when the client closed the connection before nginx could send a response; nothing is ever sent with this code.',
  gist: 'Client gave up before nginx replied (log only)',
  explanation: [
    'A 499 is not an error the visitor sees. It is nginx writing in its own diary that the client hung up before the answer was ready.',
    'It usually means someone gave up waiting: a person closed the tab or clicked elsewhere, an app hit its timeout, or a load balancer in front of nginx stopped waiting. Because the client is already gone, there is nobody left to send a response to.',
    'A few 499s are normal on any busy site. Many of them, especially on the same URLs, usually mean the backend is too slow for the patience of whoever is calling it.',
  ],
  definition:
    'An nginx-internal code (NGX_HTTP_CLIENT_CLOSED_REQUEST) recorded in the access log when the client closes the connection while nginx is still processing the request, before any response header has been sent. HTTP has no status for this, so nginx introduced its own for logging. Nothing is transmitted with it: the client has left, and the body size logged is 0. It most often appears while nginx is waiting for a proxied or FastCGI upstream. With proxy_ignore_client_abort off (the default), nginx also closes the upstream connection when it notices the abort; whether the upstream had already acted on the request is not known.',
  causes: [
    'A user closed the tab, navigated away or pressed stop while a slow page was loading',
    'A client library or mobile app timed out before the backend answered, for example an HTTP client with a 30-second timeout calling a 45-second endpoint',
    'A load balancer or CDN in front of nginx gave up first: an AWS load balancer with its default 60-second idle timeout closes the connection, and nginx logs 499 for the request it was still serving',
    'A browser cancelled requests it no longer needed, such as superseded autocomplete calls or prefetches; over HTTP/2 it resets just that stream, which nginx typically logs as 499 when it was still waiting for an upstream',
    'Health checks or monitoring probes with short timeouts hitting an endpoint that is slow to respond',
    'Long polling or server-sent event requests that clients close by design when they reconnect or leave the page',
  ],
  fix: {
    visitor: [
      'There is nothing to fix on your side; if a page kept loading so long that you gave up, try again later, when the site may be less busy.',
      'If you were submitting a form when you left, check whether the action went through before repeating it.',
    ],
    owner: [
      'Add $request_time and $upstream_response_time to your log format: 499s clustered at one duration (such as exactly 30 or 60 seconds) point to a client or load-balancer timeout.',
      'Speed up the slow endpoints, or move long work to background jobs that return 202 Accepted at once.',
      'Align timeouts so the layers in front of nginx wait at least as long as nginx and its upstream need.',
      'Decide how upstream work should behave when the client leaves: proxy_ignore_client_abort on lets a request finish for its side effects, off (the default) stops waiting and frees the connection.',
      'Filter expected 499s (cancelled prefetches, closed long-poll connections) out of error-rate alerts, so they do not hide real problems.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'not-applicable',
      note: 'No response is ever sent, so nothing can be cached.',
    },
    body: { value: 'none', note: 'The client has already closed the connection; nginx sends nothing.' },
    retry: {
      value: 'yes',
      note: 'The request itself was not rejected, so a client that still wants the answer can send it again, preferably with a longer timeout; a repeated POST may duplicate work the upstream already did.',
    },
    seen: { value: 'logs', note: 'Appears only in nginx\'s access log (and in tools that read it); no client ever receives it.' },
  },
  example: {
    request: {
      method: 'POST',
      target: '/api/reports/export',
      headers: [
        ['Host', 'app.example.com'],
        ['Content-Type', 'application/json'],
        ['Content-Length', '48'],
        ['Referer', 'https://app.example.com/reports'],
      ],
      body: '{"range":"2024-01-01/2024-12-31","format":"csv"}',
    },
    log: '203.0.113.58 - - [14/May/2025:10:41:27 +0000] "POST /api/reports/export HTTP/1.1" 499 0 "https://app.example.com/reports" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"',
    note: 'The browser gave up on a slow export before the upstream answered. The combined log format shows 499 with 0 bytes sent; adding $request_time to the format would show how long the client waited.',
  },
  faq: [
    {
      question: 'Is 499 an error on my server?',
      answer:
        'Not by itself: it records the client\'s decision to leave, not a server failure. It becomes a server problem when many clients leave for the same reason, usually slow responses. Compare the request times of your 499s with your clients\' and load balancers\' timeouts.',
    },
    {
      question: 'Did the server finish processing a request that was logged as 499?',
      answer:
        'Maybe. nginx stops waiting for the upstream when it notices the client is gone (unless proxy_ignore_client_abort is on), but the application may already have done the work, for example written an order to the database. Treat non-idempotent requests logged with 499 as possibly completed.',
    },
    {
      question: 'Why do I see 499 when nginx runs behind a load balancer?',
      answer:
        'From nginx\'s point of view the load balancer is the client. When the balancer\'s timeout is shorter than your slowest requests, it closes its connection to nginx, nginx logs 499, and the visitor receives the balancer\'s own error, often a 504. Raise the balancer\'s timeout or make the request faster.',
    },
    {
      question: 'Is nginx\'s 499 the same as Esri\'s 499?',
      answer:
        'No. In Esri\'s ArcGIS Server, 499 means "Token Required": the request needed an authentication token and did not include one. The two only share a number; see the 499-esri entry for that meaning.',
    },
  ],
  related: ['499-esri', '504', '408', '444', '460'],
});

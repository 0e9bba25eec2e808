import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 504,
  slug: '504',
  name: 'Gateway Timeout',
  aliases: [{ name: 'Gateway Time-out', note: 'Spelling in RFC 2616; still the reason phrase nginx sends' }],
  emoji: '⌛',
  category: 'server-error',
  standing: 'standard',
  reference: { label: 'RFC 9110, Section 15.6.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5' },
  summary: 'A proxy or gateway gave up waiting because the server behind it did not answer in time.',
  gist: 'Proxy timed out waiting for the upstream',
  explanation: [
    'Your request reached the site\'s front door (a proxy, CDN or load balancer), which passed it on to the server that does the actual work and then waited. A 504 means the front door ran out of patience before any answer came back.',
    'The slow part is hidden from you: a heavy database query, an application buried under work, or a network path that quietly drops packets.',
    'The work may still be going on behind the scenes, which matters if you had just pressed "Pay".',
  ],
  definition:
    'The server, while acting as a gateway or proxy, did not receive a timely response from an upstream server it needed to access in order to complete the request. "Timely" is defined by the gateway\'s own configuration; HTTP sets no limit. The upstream may still finish the request after the gateway has given up. 504 differs from 502 (an invalid or failed response rather than a late one), from 408 Request Timeout (the server gave up waiting for the client), and from vendor codes such as Cloudflare\'s 524, which reports the same kind of origin timeout in its own number.',
  causes: [
    'The application takes longer than the proxy\'s read timeout: nginx\'s proxy_read_timeout and fastcgi_read_timeout both default to 60 seconds',
    'Slow database queries, lock waits or a large export generated inside the request instead of in a background job',
    'A firewall or security group silently drops packets to the upstream, so the connection attempt hangs until the connect timeout expires',
    'Proxies chained with mismatched timeouts: an outer load balancer gives up before the inner proxy or the application does',
    'The backend calls a third-party API that hangs, and sets no timeout of its own on that call',
    'Every backend worker is busy, so new requests sit in a queue until the gateway stops waiting',
    'A managed gateway enforces its own ceiling: Amazon API Gateway, for example, returns 504 when an integration does not answer within its integration timeout (29 seconds by default)',
  ],
  fix: {
    visitor: [
      'Wait a moment and try again; timeouts are often caused by a short load peak.',
      'Before repeating a purchase, booking or upload, check whether the first attempt went through, since the server may have finished it after the gateway gave up.',
      'For large reports or searches, ask for less at once (a shorter date range, fewer items) so the server can answer within its limit.',
    ],
    owner: [
      'Find out which hop timed out: compare the gateway\'s error log ("upstream timed out (110: Connection timed out) while reading response header from upstream" in nginx) with the application\'s request timings.',
      'Make the slow endpoint faster: add indexes, cache expensive results, paginate large responses.',
      'Move long-running work out of the request: accept it with 202 Accepted and let the client poll or receive a callback.',
      'Set timeouts on every outbound call your application makes, shorter than the gateway\'s timeout, so it can answer with a meaningful error instead of hanging.',
      'Align timeouts along the chain so each inner layer gives up slightly before the layer in front of it.',
      'Raise a proxy timeout only for endpoints that truly need it, not globally, or one slow path can tie up all your workers.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'Not cacheable by default; a cache stores a 504 only if explicit freshness is given, which gateways normally leave out.',
    },
    body: { value: 'allowed', note: 'Usually an error page or a problem-details object written by the gateway.' },
    retry: {
      value: 'later',
      note: 'Retry idempotent requests after a pause; for non-idempotent ones, first check whether the upstream completed the work.',
    },
    seen: { value: 'wire', note: 'Sent by reverse proxies, load balancers, API gateways and CDNs when their upstream is too slow.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/api/reports/annual?year=2024',
      headers: [
        ['Host', 'api.example.com'],
        ['Accept', 'application/json'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Proxy-Status', 'gateway.example.com; error=http_response_timeout'],
        ['Content-Length', '167'],
      ],
      body: '{"type":"https://api.example.com/problems/upstream-timeout","title":"Upstream timed out","status":504,"detail":"The reports service did not answer within 30 seconds."}',
    },
    note: 'An API gateway reports the timeout as RFC 9457 problem details and names the failing hop in a Proxy-Status field (RFC 9209).',
  },
  faq: [
    {
      question: 'Does a 504 mean my request failed?',
      answer:
        'Not necessarily. It means the gateway stopped waiting, not that the server behind it stopped working. A slow order or upload may complete a few seconds later, so check the result before sending it again.',
    },
    {
      question: 'Should I just raise the proxy timeout?',
      answer:
        'Only as a stopgap, or for the few endpoints that genuinely need long processing. Every waiting request holds a connection and often a worker, so long timeouts let a slow dependency exhaust the whole service. Making the work faster or asynchronous fixes the cause.',
    },
    {
      question: 'What is the difference between 504 and 408?',
      answer:
        'A 408 Request Timeout means the server got tired of waiting for the client to finish sending its request. A 504 means a gateway got tired of waiting for another server to answer. The first points at the client\'s connection, the second at the site\'s own infrastructure.',
    },
    {
      question: 'Why does Cloudflare show 524 instead of 504?',
      answer:
        'Cloudflare uses 524 for the specific case where it connected to your origin but the origin sent no HTTP response within Cloudflare\'s time limit. If you see a plain 504 through Cloudflare, it usually came from your own origin or a proxy behind Cloudflare and was passed through.',
    },
  ],
  related: ['502', '524', '408', '503', '499'],
});
